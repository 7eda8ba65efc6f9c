package watcher

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/internal/memimap"
)

// batchingHandler is draftHandler as a Batcher: it records what each Begin
// was given, checks that every message is handled through its batch, and
// its End can fail.
type batchingHandler struct {
	*draftHandler
	mu       sync.Mutex
	begun    [][]uint32 // UIDs per Begin
	ended    [][]uint32 // UIDs per End
	failEnd  int        // End calls left to fail
	progress []uint32
	st       State
	acct     string
}

type handlerBatch struct {
	*batchingHandler
	uids map[uint32]bool
	list []uint32
	over bool
}

func (h *batchingHandler) Begin(ctx context.Context, batch []Incoming) (BatchHandler, error) {
	b := &handlerBatch{batchingHandler: h, uids: map[uint32]bool{}}
	var uids []uint32
	for _, in := range batch {
		uids = append(uids, in.UID)
		b.uids[in.UID] = true
	}
	h.mu.Lock()
	h.begun = append(h.begun, uids)
	h.mu.Unlock()
	b.list = uids
	return b, nil
}

func (b *handlerBatch) Handle(ctx context.Context, in Incoming) (Outcome, error) {
	if !b.uids[in.UID] || b.over {
		return Outcome{}, fmt.Errorf("uid %d handled outside its batch", in.UID)
	}
	return b.draftHandler.Handle(ctx, in)
}

func (b *handlerBatch) End(ctx context.Context) error {
	b.over = true
	// What the watcher had recorded when the batch ended: never past it.
	_, last, _, err := b.st.MailboxState(ctx, b.acct, "INBOX")
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.ended = append(b.ended, b.list)
	b.progress = append(b.progress, last)
	if b.failEnd > 0 {
		b.failEnd--
		return errors.New("commit failed (injected)")
	}
	return nil
}

// Mail that waited is handed over in batches; progress is recorded only
// after End, and a failed End is not progress: the batch is handled again,
// with no second draft.
func TestBatcher(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	since := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	for n := 1; n <= 7; n++ {
		g.deliver(n, since.Add(time.Duration(n)*time.Minute))
	}
	g.acct.Since = since
	g.opts.BatchSize = 3
	h := &batchingHandler{draftHandler: g.h, st: g.st, acct: g.acct.Name, failEnd: 1}
	w := New(g.acct, "$ScopeCreep", h, g.st, g.log, g.opts)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	waitFor(t, "backlog", func() bool { return g.lastUID() == 7 })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	h.mu.Lock()
	defer h.mu.Unlock()
	// The first batch's End failed: it was fetched and handled again.
	// (The next batch is begun while one is handled, so one begun may be
	// dropped by the session that fails.)
	want := "[[1 2 3] [1 2 3] [4 5 6] [7]]"
	if got := fmt.Sprint(h.ended); got != want {
		t.Errorf("batches handled = %s, want %s", got, want)
	}
	for _, uids := range h.begun {
		if s := fmt.Sprint(uids); s != "[1 2 3]" && s != "[4 5 6]" && s != "[7]" {
			t.Errorf("batch begun with %s", s)
		}
	}
	if want := "[0 0 3 6]"; fmt.Sprint(h.progress) != want {
		t.Errorf("progress recorded at each End = %v, want %v", h.progress, want)
	}
	got := draftsFor(g.fetch("Drafts"))
	for n := 1; n <= 7; n++ {
		if id := fmt.Sprintf("msg-%d@example.net", n); got[id] != 1 {
			t.Errorf("%s: %d drafts, want 1", id, got[id])
		}
	}
}
