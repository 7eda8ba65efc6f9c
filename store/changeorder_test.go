package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestNextChangeOrderNumber(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	for _, c := range []struct {
		year int
		want string
	}{
		{2026, "CO-2026-001"},
		{2026, "CO-2026-002"},
		{2027, "CO-2027-001"},
		{2026, "CO-2026-003"},
		{999, "CO-0999-001"},
	} {
		got, err := s.NextChangeOrderNumber(ctx, c.year)
		if err != nil || got != c.want {
			t.Errorf("NextChangeOrderNumber(%d) = %q, %v; want %q", c.year, got, err, c.want)
		}
	}
	for _, y := range []int{0, -1, 10000} {
		if n, err := s.NextChangeOrderNumber(ctx, y); err == nil {
			t.Errorf("NextChangeOrderNumber(%d) = %q, want an error", y, n)
		}
	}
}

func TestNextChangeOrderNumberPastThousand(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	if _, err := s.DB().Exec(`INSERT INTO change_order_counters VALUES (2026, 999)`); err != nil {
		t.Fatal(err)
	}
	n, err := s.NextChangeOrderNumber(ctx, 2026)
	if err != nil || n != "CO-2026-1000" {
		t.Fatalf("got %q, %v; want CO-2026-1000", n, err)
	}
	if err := s.AddChangeOrder(ctx, ChangeOrder{Number: n, Contract: "acme", MessageID: "m", Currency: "EUR"}); err != nil {
		t.Error(err)
	}
}

// Numbers are unique across goroutines and across two Stores on one file.
func TestNextChangeOrderNumberConcurrent(t *testing.T) {
	t.Parallel()
	stores := openPair(t, filepath.Join(t.TempDir(), "state.db"))
	const perStore, each = 16, 8
	var mu sync.Mutex
	var got []string
	var wg sync.WaitGroup
	start := make(chan struct{}) // release every caller at once
	for _, s := range stores {
		for range perStore {
			wg.Go(func() {
				<-start
				for range each {
					n, err := s.NextChangeOrderNumber(ctx, 2026)
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					got = append(got, n)
					mu.Unlock()
				}
			})
		}
	}
	close(start)
	wg.Wait()
	sort.Strings(got)
	var want []string
	for i := 1; i <= 2*perStore*each; i++ {
		want = append(want, fmt.Sprintf("CO-2026-%03d", i))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("numbers (-want +got):\n%s", diff)
	}
}

// A number whose change order failed to be stored is still never reused.
func TestChangeOrderNumberSurvivesFailedUse(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	n1, err := s.NextChangeOrderNumber(ctx, 2026)
	if err != nil {
		t.Fatal(err)
	}
	bad := ChangeOrder{Number: n1, Contract: "acme", MessageID: "m1", Currency: "EUR", Status: "maybe"}
	if err := s.AddChangeOrder(ctx, bad); err == nil {
		t.Fatal("AddChangeOrder accepted status maybe")
	}
	n2, err := s.NextChangeOrderNumber(ctx, 2026)
	if err != nil || n2 != "CO-2026-002" {
		t.Errorf("after a failed use: %q, %v; want CO-2026-002", n2, err)
	}
}

func TestAddChangeOrder(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	for range 3 {
		if _, err := s.NextChangeOrderNumber(ctx, 2026); err != nil {
			t.Fatal(err)
		}
	}
	co := func(number, msg string) ChangeOrder {
		return ChangeOrder{Number: number, Contract: "acme", MessageID: msg, Currency: "EUR", Amount: 350,
			PDFPath: "/var/lib/scopeguard/" + number + ".pdf", CreatedAt: t0}
	}
	steps := []struct {
		name    string
		co      ChangeOrder
		wantErr error // nil, ErrConflict, or errAny
	}{
		{"first", co("CO-2026-001", "m1"), nil},
		{"same again is a no-op", co("CO-2026-001", "m1"), nil},
		{"number taken by another message", co("CO-2026-001", "m2"), ErrConflict},
		{"message already has an order", co("CO-2026-002", "m1"), ErrConflict},
		{"second", co("CO-2026-002", "m2"), nil},
		{"never allocated", co("CO-2026-004", "m4"), errAny},
		{"other year never allocated", co("CO-2025-001", "m5"), errAny},
		{"malformed", co("CO-26-1", "m6"), errAny},
		{"trailing text", co("CO-2026-003x", "m6"), errAny},
		{"bad status", ChangeOrder{Number: "CO-2026-003", Contract: "acme", MessageID: "m3", Status: "paid"}, errAny},
	}
	for _, st := range steps {
		err := s.AddChangeOrder(ctx, st.co)
		switch {
		case st.wantErr == nil && err != nil:
			t.Errorf("%s: %v", st.name, err)
		case st.wantErr == errAny && err == nil, st.wantErr == ErrConflict && !errors.Is(err, ErrConflict):
			t.Errorf("%s: err = %v, want %v", st.name, err, st.wantErr)
		}
	}

	got, err := s.ChangeOrderFor(ctx, "m1")
	want := co("CO-2026-001", "m1")
	want.Status = COProposed
	if err != nil || got == nil {
		t.Fatalf("ChangeOrderFor(m1) = %v, %v", got, err)
	}
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("ChangeOrderFor (-want +got):\n%s", diff)
	}
	if got, err := s.ChangeOrderFor(ctx, "none"); got != nil || err != nil {
		t.Errorf("ChangeOrderFor(none) = %v, %v; want nil, nil", got, err)
	}
	all, err := s.ChangeOrders(ctx, "acme")
	if err != nil || len(all) != 2 || all[0].Number != "CO-2026-001" || all[1].Number != "CO-2026-002" {
		t.Errorf("ChangeOrders = %+v, %v", all, err)
	}

	sum := func(except string) float64 {
		t.Helper()
		v, err := s.ChangeOrderTotal(ctx, "acme", except)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	both := all[0].Amount + all[1].Amount
	if got := sum("none"); got != both {
		t.Errorf("ChangeOrderTotal = %v, want %v", got, both)
	}
	if got := sum("m1"); got != all[1].Amount {
		t.Errorf("ChangeOrderTotal except m1 = %v, want %v", got, all[1].Amount)
	}
	if err := s.SetChangeOrderStatus(ctx, "CO-2026-001", CODeclined); err != nil {
		t.Error(err)
	}
	if got := sum("none"); got != all[1].Amount {
		t.Errorf("ChangeOrderTotal with m1 declined = %v, want %v", got, all[1].Amount)
	}
	if err := s.SetChangeOrderStatus(ctx, "CO-2026-002", COAccepted); err != nil {
		t.Error(err)
	}
	if co, _ := s.ChangeOrderFor(ctx, "m2"); co == nil || co.Status != COAccepted {
		t.Errorf("status after SetChangeOrderStatus = %+v", co)
	}
	if err := s.SetChangeOrderStatus(ctx, "CO-2026-009", COAccepted); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetChangeOrderStatus(unknown) = %v, want ErrNotFound", err)
	}
	if err := s.SetChangeOrderStatus(ctx, "CO-2026-001", "paid"); err == nil {
		t.Error("SetChangeOrderStatus accepted status paid")
	}
}

var errAny = errors.New("any error")

func TestChangeOrdersBetween(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	for i, at := range []time.Time{t0.Add(-time.Hour), t0, t0.Add(23 * time.Hour), t0.Add(24 * time.Hour)} {
		n, err := s.NextChangeOrderNumber(ctx, 2026)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.AddChangeOrder(ctx, ChangeOrder{Number: n, Contract: "acme", MessageID: fmt.Sprint("m", i),
			Currency: "EUR", CreatedAt: at}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.ChangeOrdersBetween(ctx, t0, t0.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	var nums []string
	for _, co := range got {
		nums = append(nums, co.Number)
	}
	if diff := cmp.Diff([]string{"CO-2026-002", "CO-2026-003"}, nums); diff != "" {
		t.Errorf("ChangeOrdersBetween (-want +got):\n%s", diff)
	}
}

func TestParseCONumber(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in        string
		year, seq int
		ok        bool
	}{
		{"CO-2026-001", 2026, 1, true},
		{"CO-2026-1234", 2026, 1234, true},
		{"CO-2026-1", 0, 0, false},
		{"CO-2026-000", 0, 0, false},
		{"CO-2026-+01", 0, 0, false},
		{"co-2026-001", 0, 0, false},
		{"CO-2026-001 ", 0, 0, false},
		{"", 0, 0, false},
	} {
		y, n, err := parseCONumber(c.in)
		if (err == nil) != c.ok || y != c.year || n != c.seq {
			t.Errorf("parseCONumber(%q) = %d, %d, %v; want %d, %d, ok=%v", c.in, y, n, err, c.year, c.seq, c.ok)
		}
	}
}

func FuzzParseCONumber(f *testing.F) {
	for _, s := range []string{"CO-2026-001", "CO-2026-1000", "CO--1-001", "CO-2026-", "CO-9999-999999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, n, err := parseCONumber(s)
		if err != nil {
			return
		}
		if formatCONumber(y, n) != s {
			t.Errorf("parseCONumber(%q) = %d, %d, which formats differently", s, y, n)
		}
	})
}

func BenchmarkNextChangeOrderNumber(b *testing.B) {
	s := openTest(b)
	for b.Loop() {
		if _, err := s.NextChangeOrderNumber(ctx, 2026); err != nil {
			b.Fatal(err)
		}
	}
}
