package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/store"
	"github.com/scopeguard/scopeguard/watcher"
)

var _ watcher.Batcher = (*Pipeline)(nil)

// Begin implements watcher.Batcher. The batch's messages are read, routed
// and analysed in parallel, on every core; then each is decided in UID
// order against the ledger the ones before it left, and the batch's
// writes go into one SQLite transaction instead of one per write.
//
// The transaction is committed before a draft is returned (its intent must
// be durable before the APPEND that the watcher then makes, so that a crash
// cannot produce a second draft) and at End; it is opened again on the
// next write.
func (p *Pipeline) Begin(ctx context.Context, ins []watcher.Incoming) (watcher.BatchHandler, error) {
	b := &batch{p: p, env: p.env(), pre: make(map[uint32]*prepared, len(ins))}
	pres := make([]*prepared, len(ins))
	workers := min(runtime.GOMAXPROCS(0), len(ins))
	if workers <= 1 {
		for i, in := range ins {
			pres[i] = p.prepare(b.env, in)
		}
	} else {
		var wg sync.WaitGroup
		next := make(chan int)
		for range workers {
			wg.Go(func() {
				for i := range next {
					pres[i] = p.prepare(b.env, ins[i])
				}
			})
		}
		for i := range ins {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	for i, in := range ins {
		b.pre[in.UID] = pres[i]
	}
	return b, nil
}

// batch handles the messages of one fetched batch; it is used by one
// watcher session at a time.
type batch struct {
	p   *Pipeline
	env *Env // the environment of the whole batch, even across a reload
	pre map[uint32]*prepared
	tx  *store.Batch // open transaction; nil between writes
	// ledgers are the ledgers read in tx, kept up to date by the jobs;
	// dropped with tx, since others may write between transactions.
	ledgers map[string]contracts.Ledger
	// known are the batch's Message-IDs already recorded, read in tx
	// (others may write between transactions).
	known map[string]bool

	// writes are verdicts to record in tx, in order, on the writer
	// goroutine, while the next messages are decided; written is its
	// first error when writes is closed. Nil when no writer runs.
	writes  chan store.Processed
	written chan error
	// failed is a deferred write's error: the transaction is rolled back.
	failed error
}

// later records p on the batch's writer, started on the first write.
func (b *batch) later(ctx context.Context, p store.Processed) {
	if b.writes == nil {
		b.writes, b.written = make(chan store.Processed, 128), make(chan error, 1)
		go write(context.WithoutCancel(ctx), b.tx.Store, b.writes, b.written)
	}
	b.writes <- p
}

// write records the verdicts it is given in order, until ps is closed;
// after an error (or a panic, which must not take the daemon down) it
// only drains ps.
func write(ctx context.Context, st *store.Store, ps <-chan store.Processed, done chan<- error) {
	var first error
	record := func(p store.Processed) {
		defer func() {
			if r := recover(); r != nil {
				first = fmt.Errorf("recording message %s: internal error: %v", p.MessageID, r)
			}
		}()
		_, first = st.RecordProcessed(ctx, p)
	}
	for p := range ps {
		if first == nil {
			record(p)
		}
	}
	done <- first
}

// flush waits for the deferred writes, so that the transaction can be
// used again; once one has failed, the batch has failed.
func (b *batch) flush() error {
	if b.writes != nil {
		close(b.writes)
		if err := <-b.written; err != nil && b.failed == nil {
			b.failed = err
		}
		b.writes, b.written = nil, nil
	}
	return b.failed
}

// store returns the batch's transaction, beginning one if none is open.
func (b *batch) store(ctx context.Context) (*store.Store, error) {
	if b.tx == nil {
		tx, err := b.p.st.Begin(ctx)
		if err != nil {
			return nil, err
		}
		b.tx = tx
		b.ledgers = map[string]contracts.Ledger{}
		ids := make([]string, 0, len(b.pre))
		for _, pre := range b.pre {
			if pre.id != "" {
				ids = append(ids, pre.id)
			}
		}
		if b.known, err = tx.Known(ctx, ids); err != nil {
			b.commit()
			return nil, err
		}
	}
	return b.tx.Store, nil
}

func (b *batch) commit() error {
	if b.tx == nil {
		return nil
	}
	failed := b.flush()
	tx := b.tx
	b.tx, b.ledgers, b.known, b.failed = nil, nil, nil, nil
	if failed != nil {
		tx.Rollback()
		return failed
	}
	if err := tx.Commit(); err != nil {
		tx.Rollback()
		return err
	}
	return nil
}

// Handle implements watcher.Handler for a message of the batch.
func (b *batch) Handle(ctx context.Context, in watcher.Incoming) (watcher.Outcome, error) {
	st, err := b.store(ctx)
	if err != nil {
		return watcher.Outcome{}, err
	}
	pre := b.pre[in.UID]
	delete(b.pre, in.UID) // an Analysis is decided once
	j := &job{p: b.p, st: st, env: b.env, in: in, pre: pre, ledgers: b.ledgers, known: b.known,
		later: func(p store.Processed) { b.later(ctx, p) }, flush: b.flush}
	if pre == nil {
		j.known = nil // not looked up with the batch
	}
	out, err := j.run(ctx)
	if err == nil && out.Draft != nil && !out.Done {
		err = b.commit() // the intent is durable before the APPEND
	}
	return out, err
}

// Appended implements watcher.Handler.
func (b *batch) Appended(ctx context.Context, in watcher.Incoming, out watcher.Outcome, draftUID uint32) error {
	st, err := b.store(ctx)
	if err != nil {
		return err
	}
	if err := b.flush(); err != nil {
		return err
	}
	return st.MarkDraftAppended(ctx, out.MessageID, draftUID, b.p.now())
}

// End implements watcher.BatchHandler.
func (b *batch) End(ctx context.Context) error {
	clear(b.pre)
	return b.commit()
}
