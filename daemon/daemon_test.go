package daemon

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/internal/memimap"
	"github.com/scopeguard/scopeguard/internal/smtpsink"
	"github.com/scopeguard/scopeguard/watcher"
)

const passEnv = "SCOPEGUARD_TEST_IMAP_PASSWORD"

type rig struct {
	dir  string
	imap *memimap.Server
	smtp *smtpsink.Sink
	mu   sync.Mutex
	seen []Event
}

func corpus(t *testing.T) string {
	dir, _ := filepath.Abs("../../shared/corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("the development corpus must be beside the repository: %v", err)
	}
	return dir
}

func newRig(t *testing.T) *rig {
	t.Helper()
	srv, err := memimap.Start(memimap.Options{TLS: "none"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	sink := smtpsink.Start(t, smtpsink.Options{})
	t.Setenv(passEnv, srv.Password)
	r := &rig{dir: t.TempDir(), imap: srv, smtp: sink}
	if err := os.Mkdir(filepath.Join(r.dir, "contracts"), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"brume-sillon-identite", "harbourpine-brightwater"} {
		b, err := os.ReadFile(filepath.Join(corpus(t), "contracts", id+".toml"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(r.dir, "contracts", id+".toml"), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	r.writeConfig(t, "")
	return r
}

func (r *rig) writeConfig(t *testing.T, extra string) {
	t.Helper()
	cfg := fmt.Sprintf(`state_dir = "state"
contracts_dir = "contracts"
[owner]
name = "Marion Lefèvre"
email = "studio@atelier-brume.fr"
language = "fr"
timezone = "Europe/Paris"
[[accounts]]
name = "work"
host = "127.0.0.1"
port = %d
tls = "none"
username = %q
password_env = %q
[digest]
schedule = "0 8 * * 1-5"
[smtp]
host = "127.0.0.1"
port = %d
tls = "none"
username = ""
%s`, r.imap.Port, r.imap.Username, passEnv, r.smtp.Port(), extra)
	if err := os.WriteFile(filepath.Join(r.dir, "scopeguard.toml"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
}

func (r *rig) start(t *testing.T) *Daemon {
	t.Helper()
	d, err := New(filepath.Join(r.dir, "scopeguard.toml"), Options{
		Log:            slog.New(slog.DiscardHandler),
		WatcherOptions: watcher.Options{MinBackoff: 50 * time.Millisecond, MaxBackoff: 200 * time.Millisecond},
		OnResult: func(e Event) {
			r.mu.Lock()
			r.seen = append(r.seen, e)
			r.mu.Unlock()
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	d.Start()
	waitUntil(t, "the watcher connects", d.Healthy)
	return d
}

func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (r *rig) deliver(t *testing.T, cases ...string) {
	t.Helper()
	for _, c := range cases {
		raw, err := os.ReadFile(filepath.Join(corpus(t), "cases", c+".eml"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.imap.Deliver("INBOX", raw, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReloadGoodAndBroken(t *testing.T) {
	r := newRig(t)
	d := r.start(t)
	defer d.Shutdown(context.Background())
	if n := len(d.Env().Book.All()); n != 2 {
		t.Fatalf("%d contracts, want 2", n)
	}

	// A good change: one more contract.
	b, _ := os.ReadFile(filepath.Join(corpus(t), "contracts", "jtsocial-northline.toml"))
	os.WriteFile(filepath.Join(r.dir, "contracts", "jtsocial-northline.toml"), b, 0o600)
	if err := d.Reload(); err != nil {
		t.Fatalf("good reload: %v", err)
	}
	if d.Env().Book.Get("jtsocial-northline") == nil {
		t.Fatal("the new contract is not in force after reload")
	}

	// A broken contract: the reload fails, naming the file, and the running
	// configuration stays.
	os.WriteFile(filepath.Join(r.dir, "contracts", "broken.toml"), []byte("id = \"Broken Id\"\n"), 0o600)
	err := d.Reload()
	if !errors.Is(err, ErrConfig) || !bytes.Contains([]byte(err.Error()), []byte("broken.toml")) {
		t.Fatalf("broken reload: %v, want a config error naming broken.toml", err)
	}
	if d.Env().Book.Get("jtsocial-northline") == nil {
		t.Fatal("the old configuration was dropped")
	}
	os.Remove(filepath.Join(r.dir, "contracts", "broken.toml"))

	// A broken config file keeps the old one too.
	os.WriteFile(filepath.Join(r.dir, "scopeguard.toml"), []byte("[owner\n"), 0o600)
	if err := d.Reload(); !errors.Is(err, ErrConfig) {
		t.Fatalf("broken config: %v", err)
	}

	// And mail still flows after the failed reloads.
	r.deliver(t, "d004")
	waitUntil(t, "the message is processed", func() bool { r.mu.Lock(); defer r.mu.Unlock(); return len(r.seen) == 1 })
}

// Shut down while mail is arriving, start again: every message is processed
// exactly once, none lost, one draft per message that needs one.
func TestShutdownWithMailInFlight(t *testing.T) {
	r := newRig(t)
	d := r.start(t)
	cases := []string{"d004", "d005", "d006", "d008", "d010", "d017", "d059", "d064", "d068", "d073"}
	r.deliver(t, cases...)
	time.Sleep(5 * time.Millisecond) // let the first fetch begin
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := d.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown: %v", err)
	}

	d2 := r.start(t)
	defer d2.Shutdown(context.Background())
	waitUntil(t, "every message is processed", func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		return len(r.seen) >= len(cases)
	})
	time.Sleep(100 * time.Millisecond)
	r.mu.Lock()
	defer r.mu.Unlock()
	ids := map[string]int{}
	drafts := 0
	for _, e := range r.seen {
		ids[e.MessageID]++
		if e.Draft {
			drafts++
		}
	}
	if len(ids) != len(cases) {
		t.Errorf("%d distinct messages processed, want %d", len(ids), len(cases))
	}
	for id, n := range ids {
		if n != 1 {
			t.Errorf("%s processed %d times", id, n)
		}
	}
	got, err := r.imap.Fetch("Drafts")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != drafts || drafts == 0 {
		t.Errorf("%d drafts in Drafts, want %d (one per message that needs one)", len(got), drafts)
	}
}
