package watcher

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/store"
)

// childEnv makes the test binary run a watcher process instead of tests:
// the SIGKILL test needs a process it can kill.
const childEnv = "SCOPEGUARD_WATCHER_CHILD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		os.Exit(runChild(spec))
	}
	os.Exit(m.Run())
}

// childSpec configures a watcher child process.
type childSpec struct {
	Host          string
	Port          int
	User          string
	PasswordFile  string
	DB            string
	Delay         time.Duration
	CrashAppended int
	Since         time.Time // first-start baseline; zero = start time
	NoDraft       bool      // the handler drafts nothing (intake cost only)
	IdleCheck     time.Duration
}

// runChild runs a watcher over plaintext loopback IMAP with a draftHandler
// on the SQLite store at spec.DB until SIGTERM (or SIGKILL).
func runChild(spec string) int {
	var cs childSpec
	if err := json.Unmarshal([]byte(spec), &cs); err != nil {
		fmt.Fprintln(os.Stderr, "child spec:", err)
		return 2
	}
	if os.Getenv("SCOPEGUARD_CHILD_LOG") != "" {
		fmt.Fprintln(os.Stderr, "child start", time.Now().Format("15:04:05.000"))
	}
	st, err := store.Open(cs.DB)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	h := newDraftHandler(st)
	h.delay, h.crashAppended, h.noDraft = cs.Delay, cs.CrashAppended, cs.NoDraft
	var once sync.Once
	h.onHandle = func() { once.Do(func() { fmt.Println("handling") }) }
	acct := config.Account{Name: "work", Host: cs.Host, Port: cs.Port, TLS: config.TLSNone, Username: cs.User,
		Auth: config.AuthPlain, Password: config.Secret{File: cs.PasswordFile}, Since: cs.Since}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	fmt.Println("ready")
	var log *slog.Logger
	if os.Getenv("SCOPEGUARD_CHILD_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	w := New(acct, "$ScopeCreep", h, st, log, Options{MinBackoff: 10 * time.Millisecond, MaxBackoff: 100 * time.Millisecond, IdleCheck: cs.IdleCheck})
	if err := w.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// child is a watcher process.
type child struct {
	*exec.Cmd
	ready    chan struct{} // closed once it handles SIGTERM
	handling chan struct{} // closed when it starts handling its first message
}

// startChild starts a watcher process.
func startChild(t *testing.T, cs childSpec) *child { return startChildTB(t, cs) }

func startChildTB(t testing.TB, cs childSpec) *child {
	t.Helper()
	spec, _ := json.Marshal(cs)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+string(spec))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{Cmd: cmd, ready: make(chan struct{}), handling: make(chan struct{})}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			switch sc.Text() {
			case "ready":
				close(c.ready)
			case "handling":
				close(c.handling)
			}
		}
	}()
	return c
}

func (c *child) wait(t testing.TB, what string, ch <-chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("child never %s", what)
	}
}

func (c *child) kill() {
	c.Process.Kill()
	c.Wait()
}

func TestDovecotSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	t.Parallel()
	d := newDovecotRig(t)
	cs := childSpec{Host: d.dv.Host, Port: d.dv.Port, User: d.dv.Username,
		PasswordFile: filepath.Join(t.TempDir(), "pw"), DB: d.st.Path(), Delay: 3 * time.Millisecond}
	writeFile(t, cs.PasswordFile, d.dv.Password)
	state := func() (uint32, bool) {
		_, last, ok, err := d.st.MailboxState(context.Background(), "work", "INBOX")
		if err != nil {
			t.Fatal(err)
		}
		return last, ok
	}

	// First start records the baseline.
	ch := startChild(t, cs)
	waitFor(t, "baseline", func() bool { _, ok := state(); return ok })
	ch.kill()

	// A crash when the first APPEND is answered, before it is recorded:
	// the batch's other APPENDs were sent meanwhile, so several drafts are
	// in Drafts and none is recorded as appended.
	const n = 40
	for i := 1; i <= n; i++ {
		d.appendMail(i)
	}
	crash := cs
	crash.CrashAppended = 1
	startChild(t, crash).Wait()
	got := d.drafts()
	if len(got) == 0 {
		t.Fatal("after the crash: no draft in Drafts, want the APPENDs sent before it")
	}
	for id, k := range got {
		if k != 1 {
			t.Errorf("after the crash: %d drafts for %s", k, id)
		}
		if dr, err := d.st.DraftFor(context.Background(), id); err != nil || dr == nil || dr.Status == store.DraftAppended {
			t.Errorf("after the crash: %s recorded %+v, %v; want its intent only", id, dr, err)
		}
	}
	t.Logf("after the crash: %d drafts appended, none recorded", len(got))

	// SIGKILL at random points while the batch is processed.
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	kills := 0
	var progress []uint32
	for last, _ := state(); last < n && kills < 15; last, _ = state() {
		// Kill at a random point of the batch: each message takes a few ms.
		ch = startChild(t, cs)
		ch.wait(t, "started handling", ch.handling)
		time.Sleep(time.Duration(rng.IntN(40)) * time.Millisecond)
		ch.kill()
		kills++
		progress = append(progress, last)
	}
	ch = startChild(t, cs)
	ch.wait(t, "got ready", ch.ready)
	waitFor(t, "all processed", func() bool { last, _ := state(); return last == n })
	ch.Process.Signal(syscall.SIGTERM)
	if err := ch.Wait(); err != nil {
		t.Errorf("child after SIGTERM: %v", err)
	}
	t.Logf("%d kills; last UID before each: %v", kills, progress)
	d.wantOneDraftEach(n)
	for i := 1; i <= n; i++ {
		dr, err := d.st.DraftFor(context.Background(), fmt.Sprintf("msg-%d@example.net", i))
		if err != nil || dr == nil || dr.Status != store.DraftAppended {
			t.Errorf("msg-%d: draft record %+v, %v; want appended", i, dr, err)
		}
	}
}
