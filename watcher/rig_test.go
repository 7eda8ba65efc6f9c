package watcher

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/internal/memimap"
	"github.com/scopeguard/scopeguard/store"
)

// rig is a watcher wired to an in-memory IMAP server and a SQLite store.
type rig struct {
	t    *testing.T
	srv  *memimap.Server
	st   *store.Store
	h    *draftHandler
	acct config.Account
	opts Options
	log  *slog.Logger
}

func newRig(t *testing.T, mo memimap.Options) *rig {
	t.Helper()
	srv, err := memimap.Start(mo)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte(srv.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tlsMode := config.TLSMode(mo.TLS)
	if tlsMode == "" {
		tlsMode = config.TLSStartTLS
	}
	return &rig{
		t: t, srv: srv, st: st, h: newDraftHandler(st),
		acct: config.Account{
			Name: "work", Host: srv.Host, Port: srv.Port, TLS: tlsMode, Username: srv.Username,
			Auth: config.AuthPlain, Password: config.Secret{File: pw}, PollInterval: 50 * time.Millisecond,
		},
		opts: Options{RootCAs: srv.RootCAs, MinBackoff: 10 * time.Millisecond, MaxBackoff: 100 * time.Millisecond, AuthRetry: time.Hour},
		log:  testLogger(t),
	}
}

func testLogger(t *testing.T) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// running is a watcher started by rig.start.
type running struct {
	w      *Watcher
	cancel context.CancelFunc
	done   chan error
	once   sync.Once
}

// stop ends intake and waits for Run to return.
func (r *running) stop(t *testing.T) {
	t.Helper()
	r.once.Do(func() {
		r.cancel()
		select {
		case err := <-r.done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Run did not return after cancel")
		}
	})
}

func (g *rig) start() *running {
	g.t.Helper()
	w := New(g.acct, "$ScopeCreep", g.h, g.st, g.log, g.opts)
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{w: w, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- w.Run(ctx) }()
	g.t.Cleanup(func() { r.stop(g.t) })
	return r
}

// deliver puts client email n into INBOX, dated date (zero = now).
func (g *rig) deliver(n int, date time.Time) uint32 {
	g.t.Helper()
	uid, err := g.srv.Deliver("INBOX", clientMail(n, "Website"), date)
	if err != nil {
		g.t.Fatal(err)
	}
	return uid
}

func (g *rig) fetch(mailbox string) []memimap.Message {
	g.t.Helper()
	msgs, err := g.srv.Fetch(mailbox)
	if err != nil {
		g.t.Fatal(err)
	}
	return msgs
}

// draftsFor counts the drafts in Drafts per client Message-ID.
func draftsFor(msgs []memimap.Message) map[string]int {
	m := map[string]int{}
	for _, d := range msgs {
		m[messageID(headerValue(d.Raw, DraftHeader))]++
	}
	return m
}

func (g *rig) lastUID() uint32 {
	g.t.Helper()
	_, last, _, err := g.st.MailboxState(context.Background(), g.acct.Name, "INBOX")
	if err != nil {
		g.t.Fatal(err)
	}
	return last
}

// waitFor polls cond until it holds or 10 s pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func hasFlag(flags []imap.Flag, f imap.Flag) bool {
	for _, x := range flags {
		if strings.EqualFold(string(x), string(f)) {
			return true
		}
	}
	return false
}

func contains(raw []byte, s string) bool { return bytes.Contains(raw, []byte(s)) }

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
