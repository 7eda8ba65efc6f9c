package store

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/scopeguard/scopeguard/contracts"
)

// processed builds a Processed for contract c with the given verdict.
func processed(id, c string, v contracts.Verdict, deliverable string, at time.Time) Processed {
	return Processed{
		MessageID: id, Account: "acct", Mailbox: "INBOX", UIDValidity: 1, UID: 1,
		From: "client@example.com", Subject: "subject " + id, Date: at, Excerpt: "excerpt of " + id,
		Result: contracts.Result{
			Verdict: v, Contract: c, Deliverable: deliverable, Language: "fr",
			Reasons: []contracts.Reason{{Cue: "cue-" + string(v), Weight: 1, Words: "some words"}},
		},
		ProcessedAt: at.Add(time.Minute),
	}
}

func revision(id, c, deliverable string, at time.Time) Processed {
	return processed(id, c, contracts.Revision, deliverable, at)
}

func TestRecordProcessed(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	day := func(d int) time.Time { return t0.AddDate(0, 0, d) }
	steps := []struct {
		name        string
		p           Processed
		wantAlready bool
		wantLedger  contracts.Ledger
		wantVerdict bool
	}{
		{"unknown sender", processed("u1", "", "", "", day(0)), false, contracts.Ledger{}, false},
		{"in scope", processed("a1", "acme", contracts.InScope, "logo", day(1)), false, contracts.Ledger{}, true},
		{"revision", revision("a2", "acme", "logo", day(2)), false, contracts.Ledger{"logo": 1}, true},
		{"revision other deliverable", revision("a3", "acme", "cards", day(3)), false, contracts.Ledger{"logo": 1, "cards": 1}, true},
		{"over limit also uses a round", processed("a4", "acme", contracts.RevisionOverLimit, "logo", day(4)), false, contracts.Ledger{"logo": 2, "cards": 1}, true},
		{"revision without deliverable", revision("a5", "acme", "", day(5)), false, contracts.Ledger{"logo": 2, "cards": 1}, true},
		{"out of scope", processed("a6", "acme", contracts.OutOfScope, "", day(6)), false, contracts.Ledger{"logo": 2, "cards": 1}, true},
		{"duplicate changes nothing", revision("a2", "acme", "logo", day(7)), true, contracts.Ledger{"logo": 2, "cards": 1}, true},
		{"duplicate of unknown", revision("u1", "acme", "logo", day(8)), true, contracts.Ledger{"logo": 2, "cards": 1}, false},
	}
	for _, st := range steps {
		already, err := s.RecordProcessed(ctx, st.p)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if already != st.wantAlready {
			t.Errorf("%s: already = %v, want %v", st.name, already, st.wantAlready)
		}
		if seen, err := s.Seen(ctx, st.p.MessageID); err != nil || !seen {
			t.Errorf("%s: Seen = %v, %v", st.name, seen, err)
		}
		l, err := s.Ledger(ctx, "acme")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(st.wantLedger, l); diff != "" {
			t.Errorf("%s: ledger (-want +got):\n%s", st.name, diff)
		}
		r, err := s.ResultFor(ctx, st.p.MessageID)
		if err != nil || (r != nil) != st.wantVerdict {
			t.Errorf("%s: ResultFor = %v, %v; want verdict %v", st.name, r, err, st.wantVerdict)
		}
	}

	want := []Round{
		{Deliverable: "logo", MessageID: "a2", Number: 1, UsedOn: time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC)},
		{Deliverable: "logo", MessageID: "a4", Number: 2, UsedOn: time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)},
	}
	got, err := s.Rounds(ctx, "acme", "logo", 0)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Rounds (-want +got):\n%s", diff)
	}
	if got, err := s.Rounds(ctx, "acme", "logo", 1); err != nil || len(got) != 1 || got[0].MessageID != "a2" {
		t.Errorf("Rounds(limit 1) = %+v, %v; want the first round only", got, err)
	}
	if seen, err := s.Seen(ctx, "never"); err != nil || seen {
		t.Errorf("Seen(never) = %v, %v", seen, err)
	}
	if l, err := s.Ledger(ctx, "other"); err != nil || len(l) != 0 {
		t.Errorf("Ledger(other) = %v, %v; want empty", l, err)
	}
}

func TestRecordProcessedKeepsResult(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	p := processed("m@x", "acme", contracts.RevisionOverLimit, "logo", t0)
	p.Result.RoundsIncluded, p.Result.RoundsUsed, p.Result.Tension = 2, 2, true
	p.Result.Request = "une autre version"
	if _, err := s.RecordProcessed(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.ResultFor(ctx, "m@x")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&p.Result, got); diff != "" {
		t.Errorf("ResultFor (-want +got):\n%s", diff)
	}
}

func TestRecordProcessedRejectsEmptyID(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	if _, err := s.RecordProcessed(ctx, processed("", "acme", contracts.InScope, "", t0)); err == nil {
		t.Error("RecordProcessed accepted an empty Message-ID")
	}
}

func TestRecordProcessedTruncatesExcerpt(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	p := processed("long@x", "acme", contracts.OutOfScope, "", t0)
	p.Excerpt = strings.Repeat("é", 5000)
	if _, err := s.RecordProcessed(ctx, p); err != nil {
		t.Fatal(err)
	}
	as, err := s.Activity(ctx, t0, t0.Add(time.Hour))
	if err != nil || len(as) != 1 {
		t.Fatalf("Activity = %v, %v", as, err)
	}
	if n := len([]rune(as[0].Excerpt)); n != maxExcerpt {
		t.Errorf("stored excerpt has %d runes, want %d", n, maxExcerpt)
	}
}

// Parallel callers recording the same message: exactly one wins.
func TestRecordProcessedIdempotentUnderRace(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	const n = 16
	var wg sync.WaitGroup
	results := make(chan bool, n)
	for range n {
		wg.Go(func() {
			already, err := s.RecordProcessed(ctx, revision("same@x", "acme", "logo", t0))
			if err != nil {
				t.Error(err)
			}
			results <- already
		})
	}
	wg.Wait()
	close(results)
	fresh := 0
	for already := range results {
		if !already {
			fresh++
		}
	}
	if fresh != 1 {
		t.Errorf("%d callers recorded the message, want 1", fresh)
	}
	if l, _ := s.Ledger(ctx, "acme"); l["logo"] != 1 {
		t.Errorf("ledger = %v, want logo:1", l)
	}
}

// Two processes recording revisions of one deliverable at once get rounds
// 1..n without gaps or duplicates.
func TestRoundsUnderConcurrency(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.db")
	stores := openPair(t, path)
	const perStore = 20
	var wg sync.WaitGroup
	for i, s := range stores {
		for j := range perStore {
			wg.Go(func() {
				id := fmt.Sprintf("s%d-%d@x", i, j)
				if _, err := s.RecordProcessed(ctx, revision(id, "acme", "logo", t0)); err != nil {
					t.Error(err)
				}
			})
		}
	}
	wg.Wait()
	rounds, err := stores[0].Rounds(ctx, "acme", "logo", 0)
	if err != nil {
		t.Fatal(err)
	}
	var nums []int
	for _, r := range rounds {
		nums = append(nums, r.Number)
	}
	sort.Ints(nums)
	for i, n := range nums {
		if n != i+1 {
			t.Fatalf("round numbers %v, want 1..%d", nums, 2*perStore)
		}
	}
	if len(nums) != 2*perStore {
		t.Errorf("%d rounds, want %d", len(nums), 2*perStore)
	}
}

func openPair(t *testing.T, path string) []*Store {
	t.Helper()
	var out []*Store
	for range 2 {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		out = append(out, s)
	}
	return out
}

func TestTruncate(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"ééééé", 4, "ééé…"},
		{"日本語テキスト", 2, "日…"},
	} {
		if got := truncate(c.in, c.n); got != c.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func BenchmarkRecordProcessed(b *testing.B) {
	s := openTest(b)
	p := revision("", "acme", "logo", t0)
	p.Result.Reasons = append(p.Result.Reasons, contracts.Reason{Cue: "tension", Weight: 0.5, Words: "urgent"})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p.MessageID = fmt.Sprintf("bench-%d@x", i)
		i++
		if _, err := s.RecordProcessed(ctx, p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/msg")
}

func BenchmarkRecordProcessedParallel(b *testing.B) {
	s := openTest(b)
	var mu sync.Mutex
	next := 0
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			next++
			id := fmt.Sprintf("par-%d@x", next)
			mu.Unlock()
			if _, err := s.RecordProcessed(ctx, processed(id, "acme", contracts.InScope, "logo", t0)); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func FuzzTruncate(f *testing.F) {
	for _, s := range []string{"", "abc", "ééééé", "日本語テキスト", "\xff\xfeabc"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 1 || n > 1000 {
			return
		}
		got := truncate(s, n)
		if c := utf8.RuneCountInString(got); c > n {
			t.Errorf("truncate(%q, %d) = %q: %d runes", s, n, got, c)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("truncate(%q, %d) = %q: invalid UTF-8", s, n, got)
		}
		if !strings.HasPrefix(s, strings.TrimSuffix(got, "…")) {
			t.Errorf("truncate(%q, %d) = %q: not a prefix", s, n, got)
		}
	})
}
