package watcher

import (
	"context"
	"testing"
	"time"
)

// Two sessions of one account meeting the same message (one message in
// two folders): the second waits for the first one's APPEND and then finds
// the draft, or takes the id over if that APPEND failed.
func TestClaimWaitsForOtherSession(t *testing.T) {
	w := &Watcher{}
	w.drafts.ids = map[string]uint32{}
	w.drafts.inflight = map[string]*inflight{}
	a, b := &session{w: w}, &session{w: w}
	ctx := context.Background()

	if _, found, err := a.claim(ctx, nil, "x@y"); found || err != nil {
		t.Fatalf("first claim: found %v, %v", found, err)
	}
	type result struct {
		uid   uint32
		found bool
		err   error
	}
	got := make(chan result, 1)
	go func() {
		uid, found, err := b.claim(ctx, nil, "x@y")
		got <- result{uid, found, err}
	}()
	select {
	case r := <-got:
		t.Fatalf("the second session did not wait: %+v", r)
	case <-time.After(50 * time.Millisecond):
	}
	w.drafts.release("x@y", 7, true)
	if r := <-got; r.uid != 7 || !r.found || r.err != nil {
		t.Errorf("after the APPEND: %+v, want uid 7 found", r)
	}

	// A failed APPEND leaves the id to the next claimant.
	if _, found, _ := a.claim(ctx, nil, "z@y"); found {
		t.Fatal("z found")
	}
	go func() {
		uid, found, err := b.claim(ctx, nil, "z@y")
		got <- result{uid, found, err}
	}()
	time.Sleep(20 * time.Millisecond)
	w.drafts.release("z@y", 0, false)
	if r := <-got; r.found || r.err != nil {
		t.Errorf("after a failed APPEND: %+v, want the id claimed", r)
	}
	if f := w.drafts.inflight["z@y"]; f == nil || f.owner != b {
		t.Errorf("z@y in flight for %v, want the second session", f)
	}
}
