package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// conn runs statements on the database, or on a transaction when tx is
// set. Each statement is prepared once per connection and reused: with the
// pure Go SQLite, parsing a statement costs more than running most of
// scopeguard's, and a backfill runs the same few thousands of times.
type conn struct {
	db    *sql.DB
	tx    *sql.Tx
	stmts *stmtCache
}

// stmtCache holds one prepared statement per query text. database/sql
// prepares it again on each pooled connection that runs it, once.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

func (c *stmtCache) get(ctx context.Context, db *sql.DB, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.m[query]; ok {
		return st, nil
	}
	st, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	c.m[query] = st
	return st, nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

// stmt returns the prepared statement for query, bound to the transaction
// if there is one.
// stmtContext is the context a statement runs under. Inside a transaction
// a statement runs to its end (the transaction itself still ends with its
// context): with a context that can be cancelled, the SQLite driver
// starts a goroutine to watch it for every statement, which a batch of
// hundreds of statements pays for each.
func (c conn) stmtContext(ctx context.Context) context.Context {
	if c.tx != nil {
		return context.WithoutCancel(ctx)
	}
	return ctx
}

func (c conn) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	st, err := c.stmts.get(ctx, c.db, query)
	if err != nil {
		return nil, err
	}
	if c.tx != nil {
		// Reuses the statement prepared on the transaction's connection;
		// the transaction closes its handle when it ends.
		return c.tx.StmtContext(ctx, st), nil
	}
	return st, nil
}

// ExecContext runs one statement (scripts of several go through execScript).
func (c conn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	ctx = c.stmtContext(ctx)
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (c conn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	ctx = c.stmtContext(ctx)
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// rowErr is a Row whose Scan returns err: QueryRowContext cannot return an
// error itself.
type rowErr struct{ err error }

func (r rowErr) Scan(...any) error { return r.err }

// row is what QueryRowContext returns: *sql.Row, or rowErr.
type row interface{ Scan(...any) error }

func (c conn) QueryRowContext(ctx context.Context, query string, args ...any) row {
	ctx = c.stmtContext(ctx)
	st, err := c.stmt(ctx, query)
	if err != nil {
		return rowErr{err}
	}
	return st.QueryRowContext(ctx, args...)
}

// execScript runs SQL text that may hold several statements (migrations,
// PRAGMAs); it is not cached.
func (c conn) execScript(ctx context.Context, script string) error {
	ctx = c.stmtContext(ctx)
	var err error
	if c.tx != nil {
		_, err = c.tx.ExecContext(ctx, script)
	} else {
		_, err = c.db.ExecContext(ctx, script)
	}
	return err
}

// Batch is a Store bound to one write transaction: its methods read what
// the batch wrote and write into it, and nothing is visible to others
// until Commit. The watcher's pipeline groups the messages of one fetched
// batch this way: one commit instead of one per message. Each method's own
// transaction becomes a savepoint, so a method that fails still leaves
// nothing behind.
//
// The batch holds SQLite's write lock until it ends: other writers wait
// (busy_timeout), so a batch must be short and must not wait on the
// network. A Batch is for one goroutine.
type Batch struct {
	*Store
	tx *sql.Tx
}

// Begin starts a batch.
func (s *Store) Begin(ctx context.Context) (*Batch, error) {
	if s.c.tx != nil {
		return nil, errors.New("beginning a batch: already in one")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("beginning batch: %w", err)
	}
	bound := *s
	bound.c = conn{db: s.db, tx: tx, stmts: s.c.stmts}
	return &Batch{Store: &bound, tx: tx}, nil
}

// Commit makes the batch's writes durable and visible.
func (b *Batch) Commit() error {
	if err := b.tx.Commit(); err != nil {
		return fmt.Errorf("committing batch: %w", err)
	}
	return nil
}

// Rollback drops the batch's writes; after Commit it does nothing.
func (b *Batch) Rollback() error {
	if err := b.tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return fmt.Errorf("rolling back batch: %w", err)
	}
	return nil
}
