package store

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/scopeguard/scopeguard/contracts"
)

// A batch reads its own writes, others see them only after Commit, and a
// method that fails inside the batch leaves nothing behind (its savepoint)
// while what the batch wrote before it stays.
func TestBatchCommit(t *testing.T) {
	s := openTest(t)
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	if _, err := b.RecordProcessed(ctx, revision("a@x", "acme", "logo", t0)); err != nil {
		t.Fatal(err)
	}
	if l, err := b.Ledger(ctx, "acme"); err != nil || l["logo"] != 1 {
		t.Fatalf("ledger inside the batch = %v, %v; want logo 1", l, err)
	}
	// Other connections read the last commit (WAL): not the batch yet.
	if seen, err := s.Seen(ctx, "a@x"); err != nil || seen {
		t.Fatalf("seen outside the batch before commit = %v, %v", seen, err)
	}
	// NaN cannot be encoded: the verdict insert fails after the message
	// row was written, and the savepoint takes that row back.
	bad := revision("b@x", "acme", "logo", t0)
	bad.Result.Reasons = []contracts.Reason{{Cue: "x", Weight: math.NaN()}}
	if _, err := b.RecordProcessed(ctx, bad); err == nil {
		t.Fatal("recording an unencodable result succeeded")
	}
	if seen, err := b.Seen(ctx, "b@x"); err != nil || seen {
		t.Fatalf("failed message left its row: seen = %v, %v", seen, err)
	}
	if _, err := b.RecordProcessed(ctx, revision("c@x", "acme", "logo", t0)); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err == nil {
		t.Error("a batch closed the store")
	}
	if _, err := b.Begin(ctx); err == nil {
		t.Error("a batch began a batch")
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]bool{"a@x": true, "b@x": false, "c@x": true} {
		if seen, err := s.Seen(ctx, id); err != nil || seen != want {
			t.Errorf("after commit, seen %s = %v, %v; want %v", id, seen, err, want)
		}
	}
	rounds, err := s.Rounds(ctx, "acme", "logo", 0)
	if err != nil || len(rounds) != 2 || rounds[1].MessageID != "c@x" || rounds[1].Number != 2 {
		t.Errorf("rounds after commit = %+v, %v; want a@x 1, c@x 2", rounds, err)
	}
	if err := b.Rollback(); err != nil {
		t.Errorf("rollback after commit: %v", err)
	}
}

func TestBatchRollback(t *testing.T) {
	s := openTest(t)
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.RecordProcessed(ctx, revision("a@x", "acme", "logo", t0)); err != nil {
		t.Fatal(err)
	}
	if err := b.Rollback(); err != nil {
		t.Fatal(err)
	}
	if seen, err := s.Seen(ctx, "a@x"); err != nil || seen {
		t.Errorf("seen after rollback = %v, %v", seen, err)
	}
	// The lock is released: a plain write goes through at once.
	if _, err := s.RecordProcessed(ctx, revision("b@x", "acme", "logo", t0)); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkRecordProcessedBatch records messages in batches of 100, one
// commit each, as the watcher's pipeline does with a fetched batch, under
// a context that can be cancelled, as the daemon's is.
func BenchmarkRecordProcessedBatch(b *testing.B) {
	s := openTest(b)
	p := revision("", "acme", "logo", t0)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	b.ReportAllocs()
	i := 0
	var batch *Batch
	for b.Loop() {
		if batch == nil {
			var err error
			if batch, err = s.Begin(ctx); err != nil {
				b.Fatal(err)
			}
		}
		p.MessageID = fmt.Sprintf("bench-%d@x", i)
		i++
		if _, err := batch.RecordProcessed(ctx, p); err != nil {
			b.Fatal(err)
		}
		if i%100 == 0 {
			if err := batch.Commit(); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	if batch != nil {
		batch.Commit()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/msg")
}

func TestKnown(t *testing.T) {
	s := openTest(t)
	if _, err := s.RecordProcessed(ctx, revision("a@x", "acme", "logo", t0)); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordDraftIntent(ctx, Draft{MessageID: "d@x", Account: "acct", DraftID: "<d@x>", Raw: []byte("x")}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Known(ctx, []string{"a@x", "b@x", "d@x", `"quoted"@x`})
	if err != nil {
		t.Fatal(err)
	}
	if want := "map[a@x:true d@x:true]"; fmt.Sprint(got) != want {
		t.Errorf("Known = %v, want %v", got, want)
	}
	if got, err := s.Known(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("Known(nil) = %v, %v", got, err)
	}
}

// Statements in a batch run without watching its context, but the batch
// still ends with it: a cancelled batch commits nothing.
func TestBatchEndsWithItsContext(t *testing.T) {
	s := openTest(t)
	bctx, cancel := context.WithCancel(ctx)
	batch, err := s.Begin(bctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := batch.RecordProcessed(bctx, revision("cancelled@x", "acme", "logo", t0)); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := batch.Commit(); err == nil {
		t.Fatal("a batch whose context was cancelled committed")
	}
	if seen, err := s.Seen(ctx, "cancelled@x"); err != nil || seen {
		t.Fatalf("a cancelled batch's message is recorded: %v, %v", seen, err)
	}
}
