package store

import (
	"errors"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/contracts"
)

func TestCorrectVerdict(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	day := func(d int) time.Time { return t0.AddDate(0, 0, d) }
	// Three logo rounds (days 0, 2, 4) and an out-of-scope message on day 3.
	for _, p := range []Processed{
		revision("r1", "acme", "logo", day(0)),
		revision("r2", "acme", "logo", day(2)),
		processed("oos", "acme", contracts.OutOfScope, "", day(3)),
		processed("r3", "acme", contracts.RevisionOverLimit, "logo", day(4)),
	} {
		if _, err := s.RecordProcessed(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	rounds := func(d string) []string {
		t.Helper()
		rs, err := s.Rounds(ctx, "acme", d, 0)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for i, r := range rs {
			if r.Number != i+1 {
				t.Errorf("round %d of %s is numbered %d", i+1, d, r.Number)
			}
			ids = append(ids, r.MessageID)
		}
		return ids
	}

	// r2 was not a change after all: its round goes, r3 becomes round 2.
	got, err := s.CorrectVerdict(ctx, Correction{MessageID: "r2", Verdict: contracts.InScope})
	if err != nil {
		t.Fatal(err)
	}
	if !got.RoundRemoved || got.RoundAdded || got.OldVerdict != contracts.Revision || got.Ledger["logo"] != 2 {
		t.Errorf("correction of r2 = %+v", got)
	}
	if ids := rounds("logo"); len(ids) != 2 || ids[0] != "r1" || ids[1] != "r3" {
		t.Errorf("logo rounds = %v, want r1 r3", ids)
	}
	if r, _ := s.ResultFor(ctx, "r2"); r == nil || r.Verdict != contracts.InScope || r.Reasons[len(r.Reasons)-1].Cue != "owner_correction" {
		t.Errorf("stored result of r2 = %+v", r)
	}

	// The out-of-scope message was a logo revision: its round takes its
	// place by date, between r1 (day 0) and r3 (day 4).
	if got, err = s.CorrectVerdict(ctx, Correction{MessageID: "oos", Verdict: contracts.Revision, Deliverable: "logo"}); err != nil {
		t.Fatal(err)
	}
	if !got.RoundAdded || got.Ledger["logo"] != 3 {
		t.Errorf("correction of oos = %+v", got)
	}
	if ids := rounds("logo"); len(ids) != 3 || ids[1] != "oos" {
		t.Errorf("logo rounds = %v, want r1 oos r3", ids)
	}

	// Moving a round to another deliverable renumbers both.
	if _, err = s.CorrectVerdict(ctx, Correction{MessageID: "r1", Verdict: contracts.Revision, Deliverable: "site"}); err != nil {
		t.Fatal(err)
	}
	if ids := rounds("logo"); len(ids) != 2 || ids[0] != "oos" {
		t.Errorf("logo rounds = %v, want oos r3", ids)
	}
	if ids := rounds("site"); len(ids) != 1 || ids[0] != "r1" {
		t.Errorf("site rounds = %v, want r1", ids)
	}

	if _, err := s.CorrectVerdict(ctx, Correction{MessageID: "never", Verdict: contracts.InScope}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown message: %v, want ErrNotFound", err)
	}
	if _, err := s.CorrectVerdict(ctx, Correction{MessageID: "r1", Verdict: "maybe"}); err == nil {
		t.Error("a verdict outside the closed set was accepted")
	}
}
