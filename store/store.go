// Package store owns scopeguard's state: one SQLite file (pure Go driver)
// holding mailbox sync positions, processed messages and their verdicts, the
// revision-round ledger, change orders, reply drafts and digest runs.
//
// It owns its schema and migrations and nothing else: it never touches the
// network, never decides anything about scope, and never logs message text.
// A Store is safe for concurrent use, and several processes (or several
// Stores) may share one file: writes take the lock at BEGIN and wait for it.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"time"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// Sentinel errors callers test with errors.Is.
var (
	// ErrSchemaTooNew: the file was written by a newer scopeguard.
	ErrSchemaTooNew = errors.New("database schema is newer than this binary")
	// ErrNotFound: the row an update names does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict: the row exists with different content.
	ErrConflict = errors.New("conflicting row")
	// ErrOverlap: a digest period overlaps one already recorded.
	ErrOverlap = errors.New("digest period overlaps a recorded one")
	// ErrAlreadySent: the digest run was already sent.
	ErrAlreadySent = errors.New("digest already sent")
)

//go:embed schema/*.sql
var schemaFS embed.FS

// migrations are applied in order; migrations[i] brings the schema from
// user_version i to i+1. Never edit or reorder one: append.
var migrations = loadMigrations()

func loadMigrations() []string {
	names, err := fs.Glob(schemaFS, "schema/*.sql")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	out := make([]string, len(names))
	for i, n := range names {
		b, err := schemaFS.ReadFile(n)
		if err != nil {
			panic(err)
		}
		out[i] = string(b)
	}
	return out
}

// SchemaVersion is the schema version this binary writes.
func SchemaVersion() int { return len(migrations) }

// Store is the state database.
type Store struct {
	db   *sql.DB
	path string
	c    conn // db, or a Batch's transaction
}

// Open opens (creating if needed) the database at path and brings its schema
// up to date. The parent directory is created 0700 and the file 0600. A file
// whose schema is newer than this binary knows is refused with
// ErrSchemaTooNew.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	// Create the file ourselves so SQLite never creates it with the umask's
	// mode; SQLite gives the -wal and -shm files the database file's mode.
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	f.Close()

	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	s := &Store{db: db, path: abs, c: conn{db: db, stmts: &stmtCache{}}}
	if err := s.migrateRetrying(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	return s, nil
}

// dsn builds the driver's connection string; the path is escaped so that
// '?', '#' and '%' in directory names stay part of the path. busy_timeout
// comes first so that switching a fresh file to WAL waits for other openers.
func dsn(abs string) string {
	u := url.URL{Path: abs}
	return "file:" + u.EscapedPath() +
		"?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)" +
		"&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_txlock=immediate"
}

// Close closes the database; a Batch cannot.
func (s *Store) Close() error {
	if s.c.tx != nil {
		return errors.New("closing the store from a batch")
	}
	s.c.stmts.close()
	return s.db.Close()
}

// DB returns the underlying handle, for read-only reporting and tests.
func (s *Store) DB() *sql.DB { return s.db }

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// migrateRetrying runs migrate, retrying while SQLite reports the file
// busy: when several processes open a fresh file at once, BEGIN can fail
// without waiting while another one switches the file to WAL.
func (s *Store) migrateRetrying(ctx context.Context) error {
	delay := 10 * time.Millisecond
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := s.migrate(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(delay)
		delay = min(2*delay, 500*time.Millisecond)
	}
}

// isBusy reports whether err is SQLITE_BUSY (or an extended form of it).
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// migrate applies every missing migration in one transaction. The version is
// read inside the write transaction so two processes opening a fresh file
// at once cannot both apply the same migration.
func (s *Store) migrate(ctx context.Context) error {
	return s.tx(ctx, func(tx conn) error {
		var v int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			return fmt.Errorf("reading schema version: %w", err)
		}
		if v > len(migrations) {
			return fmt.Errorf("%w: file has version %d, this scopeguard knows up to %d: upgrade scopeguard",
				ErrSchemaTooNew, v, len(migrations))
		}
		for i := v; i < len(migrations); i++ {
			if err := tx.execScript(ctx, migrations[i]); err != nil {
				return fmt.Errorf("migrating schema to version %d: %w", i+1, err)
			}
		}
		if v == len(migrations) {
			return nil
		}
		// PRAGMA takes no placeholders; the value is our own integer.
		if err := tx.execScript(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
			return fmt.Errorf("setting schema version: %w", err)
		}
		return nil
	})
}

// tx runs fn in a write transaction (BEGIN IMMEDIATE, from the DSN) and
// commits if fn returns nil. In a Batch, fn runs in a savepoint of the
// batch's transaction instead: on error it leaves nothing behind either.
func (s *Store) tx(ctx context.Context, fn func(conn) error) error {
	if s.c.tx != nil {
		if _, err := s.c.ExecContext(ctx, "SAVEPOINT sg"); err != nil {
			return fmt.Errorf("beginning savepoint: %w", err)
		}
		if err := fn(s.c); err != nil {
			s.c.execScript(ctx, "ROLLBACK TO sg; RELEASE sg")
			return err
		}
		if _, err := s.c.ExecContext(ctx, "RELEASE sg"); err != nil {
			return fmt.Errorf("releasing savepoint: %w", err)
		}
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("beginning transaction: %w", err)
	}
	if err := fn(conn{db: s.db, tx: tx, stmts: s.c.stmts}); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}

// timeLayout is fixed width so stored times compare correctly as strings.
const timeLayout = "2006-01-02T15:04:05.000Z"

const dayLayout = "2006-01-02"

// dbTime formats t for storage; the zero time is NULL.
func dbTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeLayout)
}

// parseTime reads a stored time; NULL is the zero time.
func parseTime(ns sql.NullString) (time.Time, error) {
	if !ns.Valid || ns.String == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(timeLayout, ns.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("reading stored time %q: %w", ns.String, err)
	}
	return t, nil
}

// orNow returns t, or the current time when t is zero.
func orNow(t time.Time) time.Time {
	if t.IsZero() {
		return time.Now()
	}
	return t
}
