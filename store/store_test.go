package store

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var ctx = context.Background()

// t0 is a fixed instant; stored times keep milliseconds.
var t0 = time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "state", "scopeguard.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func userVersion(t testing.TB, db *sql.DB) int {
	t.Helper()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestOpenCreatesPrivateFiles(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "a", "b")
	path := filepath.Join(dir, "state.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct {
		path string
		mode os.FileMode
	}{{dir, 0o700}, {path, 0o600}, {path + "-wal", 0o600}} {
		fi, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != c.mode {
			t.Errorf("%s: mode %o, want %o", c.path, got, c.mode)
		}
	}
	if got := userVersion(t, s.DB()); got != SchemaVersion() {
		t.Errorf("user_version = %d, want %d", got, SchemaVersion())
	}
	var mode string
	if err := s.DB().QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := s.DB().QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
}

func TestOpenOddPath(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "dir with space?#%", "state.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at %s: %v", path, err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	newer := SchemaVersion() + 1
	if _, err := s.DB().Exec("PRAGMA user_version = " + strconv.Itoa(newer)); err != nil {
		t.Fatal(err)
	}
	s.Close()

	_, err = Open(path)
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("Open = %v, want ErrSchemaTooNew", err)
	}
	for _, want := range []string{path, "version " + strconv.Itoa(newer), "upgrade scopeguard"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestOpenNotADatabase(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("not sqlite ", 100)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("Open = %v, want an error naming %s", err, path)
	}
}

// The first migration is frozen: databases in the field were made from it.
func TestFirstMigrationFrozen(t *testing.T) {
	t.Parallel()
	frozen, err := os.ReadFile("testdata/v1.sql")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(frozen), migrations[0]); diff != "" {
		t.Errorf("schema/001_base.sql changed; add a migration instead (-frozen +now):\n%s", diff)
	}
}

func TestMigrateFromV1(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "old.db")
	v1, err := os.ReadFile("testdata/v1.sql")
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		string(v1),
		"PRAGMA user_version = 1",
		`INSERT INTO messages VALUES ('m1@x', 'acct', 'INBOX', 7, 42, 'a@client.fr', 'Logo', '2026-10-01T10:00:00.000Z', 'acme', '2026-10-01T10:01:00.000Z')`,
		`INSERT INTO verdicts VALUES ('m1@x', 'acme', 'revision', 'logo', '', 'fr', '[{"cue":"revision","weight":2,"words":"encore une modif"}]', 'extrait', 0, '2026-10-01T10:01:00.000Z')`,
		`INSERT INTO revision_rounds VALUES ('acme', 'logo', 'm1@x', '2026-10-01', 1)`,
		`INSERT INTO change_order_counters VALUES (2026, 4)`,
		`INSERT INTO mailboxes VALUES ('acct', 'INBOX', 7, 42)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%.40s: %v", q, err)
		}
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := userVersion(t, s.DB()); got != SchemaVersion() {
		t.Errorf("user_version = %d, want %d", got, SchemaVersion())
	}
	l, err := s.Ledger(ctx, "acme")
	if err != nil || l["logo"] != 1 {
		t.Errorf("Ledger = %v, %v; want logo:1", l, err)
	}
	if v, u, ok, err := s.MailboxState(ctx, "acct", "INBOX"); err != nil || !ok || v != 7 || u != 42 {
		t.Errorf("MailboxState = %d %d %v %v", v, u, ok, err)
	}
	if n, err := s.NextChangeOrderNumber(ctx, 2026); err != nil || n != "CO-2026-005" {
		t.Errorf("NextChangeOrderNumber = %q, %v; want CO-2026-005", n, err)
	}
	as, err := s.Activity(ctx, t0.AddDate(0, -3, 0), t0)
	if err != nil || len(as) != 1 || as[0].Reason != `encore une modif` {
		t.Errorf("Activity = %+v, %v", as, err)
	}

	var check string
	if err := s.DB().QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
	rows, err := s.DB().Query("PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Error("foreign_key_check found violations")
	}
	rows.Close()

	// The migrated schema is exactly a fresh one.
	fresh := openTest(t)
	if diff := cmp.Diff(schemaOf(t, fresh.DB()), schemaOf(t, s.DB())); diff != "" {
		t.Errorf("migrated schema differs from fresh (-fresh +migrated):\n%s", diff)
	}
}

func schemaOf(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

func TestReopenKeepsState(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetMailboxState(ctx, "a", "INBOX", 3, 99); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordProcessed(ctx, revision("r1@x", "acme", "logo", t0)); err != nil {
		t.Fatal(err)
	}
	n1, err := s.NextChangeOrderNumber(ctx, 2026)
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.FirstStarted(ctx, t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, u, ok, err := s.MailboxState(ctx, "a", "INBOX"); err != nil || !ok || v != 3 || u != 99 {
		t.Errorf("MailboxState = %d %d %v %v; want 3 99 true", v, u, ok, err)
	}
	if seen, err := s.Seen(ctx, "r1@x"); err != nil || !seen {
		t.Errorf("Seen = %v, %v; want true", seen, err)
	}
	if l, err := s.Ledger(ctx, "acme"); err != nil || l["logo"] != 1 {
		t.Errorf("Ledger = %v, %v", l, err)
	}
	if n2, err := s.NextChangeOrderNumber(ctx, 2026); err != nil || n1 != "CO-2026-001" || n2 != "CO-2026-002" {
		t.Errorf("numbers %q then %q (%v); want CO-2026-001 then CO-2026-002", n1, n2, err)
	}
	if again, err := s.FirstStarted(ctx, t0.Add(time.Hour)); err != nil || !again.Equal(first) || !first.Equal(t0) {
		t.Errorf("FirstStarted = %v then %v (%v); want %v twice", first, again, err, t0)
	}
}

func TestMailboxState(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	if _, _, ok, err := s.MailboxState(ctx, "a", "INBOX"); err != nil || ok {
		t.Fatalf("fresh MailboxState ok=%v err=%v; want false, nil", ok, err)
	}
	steps := []struct {
		account, mailbox string
		validity, last   uint32
	}{
		{"a", "INBOX", 1, 10},
		{"a", "INBOX", 1, 25},
		{"a", "INBOX", 2, 3}, // UIDVALIDITY changed: start over
		{"b", "INBOX", 9, 4294967295},
		{"a", "Archive", 5, 0},
	}
	for _, st := range steps {
		if err := s.SetMailboxState(ctx, st.account, st.mailbox, st.validity, st.last); err != nil {
			t.Fatal(err)
		}
		v, u, ok, err := s.MailboxState(ctx, st.account, st.mailbox)
		if err != nil || !ok || v != st.validity || u != st.last {
			t.Errorf("after set %+v: got %d %d %v %v", st, v, u, ok, err)
		}
	}
	if v, u, _, _ := s.MailboxState(ctx, "a", "INBOX"); v != 2 || u != 3 {
		t.Errorf("a/INBOX = %d %d; want 2 3", v, u)
	}
}

// Several processes starting at once on a fresh file all open it, and the
// schema is created once.
func TestOpenConcurrentFresh(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.db")
	const n = 8
	var wg sync.WaitGroup
	stores := make([]*Store, n)
	errs := make([]error, n)
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			stores[i], errs[i] = Open(path)
		})
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open #%d: %v", i, err)
			continue
		}
		if v := userVersion(t, stores[i].DB()); v != SchemaVersion() {
			t.Errorf("Open #%d: user_version %d", i, v)
		}
		stores[i].Close()
	}
}

func TestConnectionPragmas(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	s.DB().SetMaxIdleConns(4)
	// Hold several connections so the pragmas are checked on more than one.
	conns := make([]*sql.Conn, 4)
	for i := range conns {
		c, err := s.DB().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns[i] = c
	}
	for i, c := range conns {
		for _, p := range []struct {
			pragma string
			want   string
		}{{"journal_mode", "wal"}, {"busy_timeout", "5000"}, {"foreign_keys", "1"}, {"synchronous", "1"}} {
			var got string
			if err := c.QueryRowContext(ctx, "PRAGMA "+p.pragma).Scan(&got); err != nil || got != p.want {
				t.Errorf("conn %d: PRAGMA %s = %q, %v; want %q", i, p.pragma, got, err, p.want)
			}
		}
	}
}

var update = flag.Bool("update", false, "rewrite testdata/schema.golden")

// The whole current schema, so a review sees every change to it.
func TestSchemaGolden(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	got := strings.Join(schemaOf(t, s.DB()), "\n") + "\n"
	const golden = "testdata/schema.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		os.WriteFile(golden+".got", []byte(got), 0o644)
		t.Errorf("schema differs from %s (-want +got), rerun with -update if intended:\n%s", golden, diff)
	}
}
