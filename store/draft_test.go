package store

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestDrafts(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	raw := []byte("From: owner@example.com\r\nSubject: Re: logo\r\n\r\nBonjour,\r\n")
	d1 := Draft{MessageID: "m1", Account: "work", DraftID: "<sg-1@scopeguard>", Raw: raw, CreatedAt: t0}
	d2 := Draft{MessageID: "m2", Account: "work", DraftID: "<sg-2@scopeguard>", Raw: []byte("x"), CreatedAt: t0.Add(time.Minute)}
	d3 := Draft{MessageID: "m3", Account: "home", DraftID: "<sg-3@scopeguard>", Raw: []byte("y"), CreatedAt: t0.Add(-time.Minute)}
	for _, d := range []Draft{d1, d2, d3} {
		if err := s.RecordDraftIntent(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	// A second intent for the same message keeps the first draft.
	again := d1
	again.DraftID, again.Raw = "<sg-other@scopeguard>", []byte("other")
	if err := s.RecordDraftIntent(ctx, again); err != nil {
		t.Fatal(err)
	}
	got, err := s.DraftFor(ctx, "m1")
	if err != nil {
		t.Fatal(err)
	}
	want := d1
	want.Status = DraftPending
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("DraftFor after a second intent (-want +got):\n%s", diff)
	}

	pendingIDs := func(account string) []string {
		t.Helper()
		ds, err := s.PendingDrafts(ctx, account)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, d := range ds {
			ids = append(ids, d.MessageID)
		}
		return ids
	}
	for _, c := range []struct {
		account string
		want    []string
	}{
		{"work", []string{"m1", "m2"}},
		{"home", []string{"m3"}},
		{"", []string{"m3", "m1", "m2"}},
		{"nobody", nil},
	} {
		if diff := cmp.Diff(c.want, pendingIDs(c.account)); diff != "" {
			t.Errorf("PendingDrafts(%q) (-want +got):\n%s", c.account, diff)
		}
	}

	at := t0.Add(2 * time.Minute)
	if err := s.MarkDraftAppended(ctx, "m1", 17, at); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"m2"}, pendingIDs("work")); diff != "" {
		t.Errorf("PendingDrafts after append (-want +got):\n%s", diff)
	}
	got, _ = s.DraftFor(ctx, "m1")
	want.Status, want.DraftUID, want.AppendedAt = DraftAppended, 17, at
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("DraftFor after append (-want +got):\n%s", diff)
	}
	// The intent stays recorded once appended: no second draft.
	if err := s.RecordDraftIntent(ctx, again); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.DraftFor(ctx, "m1"); got.Status != DraftAppended {
		t.Errorf("a new intent reset an appended draft to %q", got.Status)
	}

	if err := s.MarkDraftAppended(ctx, "none", 1, at); !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkDraftAppended(none) = %v, want ErrNotFound", err)
	}
	if got, err := s.DraftFor(ctx, "none"); got != nil || err != nil {
		t.Errorf("DraftFor(none) = %v, %v; want nil, nil", got, err)
	}
	if err := s.RecordDraftIntent(ctx, Draft{MessageID: "m9", Account: "work"}); err == nil {
		t.Error("RecordDraftIntent accepted an empty DraftID")
	}
}
