package watcher

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/internal/memimap"
)

func TestNewMailBecomesDraft(t *testing.T) {
	for _, mode := range []string{"starttls", "implicit", "none"} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			g := newRig(t, memimap.Options{TLS: mode})
			g.deliver(1, time.Time{}) // before the first start: baseline
			r := g.start()
			waitFor(t, "baseline", func() bool { return g.lastUID() == 1 })
			uid := g.deliver(2, time.Time{})
			waitFor(t, "draft", func() bool { return g.lastUID() == uid })
			r.stop(t)

			drafts := g.fetch("Drafts")
			if got := draftsFor(drafts); len(got) != 1 || got["msg-2@example.net"] != 1 {
				t.Fatalf("drafts per message = %v, want one for msg-2", got)
			}
			d := drafts[0]
			if !hasFlag(d.Flags, imap.FlagDraft) || !hasFlag(d.Flags, imap.FlagSeen) {
				t.Errorf("draft flags = %v, want \\Draft and \\Seen", d.Flags)
			}
			for _, want := range []string{"In-Reply-To: <msg-2@example.net>", "application/pdf", "change-order.pdf"} {
				if !contains(d.Raw, want) {
					t.Errorf("draft lacks %q", want)
				}
			}
			inbox := g.fetch("INBOX")
			if hasFlag(inbox[1].Flags, imap.FlagSeen) {
				t.Errorf("original was marked \\Seen: %v", inbox[1].Flags)
			}
			if !hasFlag(inbox[1].Flags, "$ScopeCreep") {
				t.Errorf("original flags = %v, want the keyword", inbox[1].Flags)
			}
			if hasFlag(inbox[0].Flags, "$ScopeCreep") {
				t.Errorf("baseline message was tagged")
			}
			if g.h.calls("msg-1@example.net") != 0 {
				t.Errorf("baseline message was handled")
			}
		})
	}
}

func TestSinceBaseline(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	since := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	g.deliver(1, since.Add(-48*time.Hour))
	g.deliver(2, since.Add(-time.Minute))
	g.deliver(3, since.Add(time.Minute)) // after since: processed on first start
	g.deliver(4, since.Add(time.Hour))
	g.acct.Since = since
	r := g.start()
	waitFor(t, "backlog", func() bool { return g.lastUID() == 4 })
	r.stop(t)
	want := map[string]int{"msg-3@example.net": 1, "msg-4@example.net": 1}
	if got := draftsFor(g.fetch("Drafts")); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("drafts = %v, want %v", got, want)
	}
}

func TestRestartRepeatsNothing(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	r := g.start()
	waitFor(t, "baseline", func() bool { return r.w.Stats().Connected == 1 })
	g.deliver(1, time.Time{})
	waitFor(t, "first", func() bool { return g.lastUID() == 1 })
	r.stop(t)

	// Mail arriving while down is processed on restart, and only that.
	g.deliver(2, time.Time{})
	g.deliver(3, time.Time{})
	r = g.start()
	waitFor(t, "downtime mail", func() bool { return g.lastUID() == 3 })
	r.stop(t)
	r = g.start()
	waitFor(t, "third start", func() bool { return r.w.Stats().LastSync != (time.Time{}) })
	r.stop(t)

	got := draftsFor(g.fetch("Drafts"))
	for i := 1; i <= 3; i++ {
		id := fmt.Sprintf("msg-%d@example.net", i)
		if got[id] != 1 || g.h.calls(id) != 1 {
			t.Errorf("%s: %d drafts, %d Handle calls; want 1 and 1", id, got[id], g.h.calls(id))
		}
	}
}

func TestUIDValidityChange(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	r := g.start()
	waitFor(t, "baseline", func() bool { return r.w.Stats().Connected == 1 })
	g.deliver(1, time.Time{})
	g.deliver(2, time.Time{})
	waitFor(t, "two", func() bool { return g.lastUID() == 2 })
	r.stop(t)

	// The server rebuilds INBOX: same mail, new UIDVALIDITY, plus one new.
	if err := g.srv.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2, 3} {
		g.deliver(n, time.Time{})
	}
	r = g.start()
	waitFor(t, "resync", func() bool { return g.lastUID() == 3 && g.h.calls("msg-3@example.net") == 1 })
	r.stop(t)
	want := map[string]int{"msg-1@example.net": 1, "msg-2@example.net": 1, "msg-3@example.net": 1}
	if got := draftsFor(g.fetch("Drafts")); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("drafts = %v, want %v", got, want)
	}
}

func TestPermanentErrorSkips(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	r := g.start()
	waitFor(t, "baseline", func() bool { return r.w.Stats().Connected == 1 })
	if _, err := g.srv.Deliver("INBOX", []byte("Subject: no id\r\n\r\nbody\r\n"), time.Time{}); err != nil {
		t.Fatal(err)
	}
	g.deliver(2, time.Time{})
	waitFor(t, "both", func() bool { return g.lastUID() == 2 })
	r.stop(t)
	if s := r.w.Stats(); s.Skipped != 1 || s.Processed != 1 {
		t.Errorf("stats = %+v, want 1 skipped and 1 processed", s)
	}
	if got := draftsFor(g.fetch("Drafts")); len(got) != 1 {
		t.Errorf("drafts = %v, want one", got)
	}
}

func TestTemporaryErrorRetries(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	g.h.failHandle["msg-1@example.net"] = 2
	// A crash-like failure after APPEND: the draft is in Drafts but not yet
	// recorded as appended. The retry must find it rather than append again.
	g.h.failAppended["msg-2@example.net"] = 1
	r := g.start()
	waitFor(t, "baseline", func() bool { return r.w.Stats().Connected == 1 })
	g.deliver(1, time.Time{})
	g.deliver(2, time.Time{})
	waitFor(t, "both", func() bool { return g.lastUID() == 2 })
	r.stop(t)
	if n := g.h.calls("msg-1@example.net"); n != 3 {
		t.Errorf("msg-1 handled %d times, want 3 (two failures, one success)", n)
	}
	want := map[string]int{"msg-1@example.net": 1, "msg-2@example.net": 1}
	if got := draftsFor(g.fetch("Drafts")); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("drafts = %v, want %v", got, want)
	}
	if s := r.w.Stats(); s.Retries != 3 || s.Drafts != 2 {
		t.Errorf("stats = %+v, want 3 retries, 2 drafts", s)
	}
	d, err := g.st.DraftFor(context.Background(), "msg-2@example.net")
	if err != nil || d == nil || d.Status != "appended" {
		t.Errorf("msg-2 draft record = %+v, %v; want appended", d, err)
	}
}

func TestPollingWithoutIdle(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{NoIdle: true, NoUIDPlus: true})
	r := g.start()
	waitFor(t, "baseline", func() bool { return r.w.Stats().Connected == 1 })
	g.deliver(1, time.Time{})
	waitFor(t, "poll", func() bool { return g.lastUID() == 1 })
	r.stop(t)
	if got := draftsFor(g.fetch("Drafts")); got["msg-1@example.net"] != 1 {
		t.Errorf("drafts = %v", got)
	}
}

func TestGracefulStopFinishesInFlight(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	g.h.block = make(chan struct{})
	g.h.entered = make(chan string, 10)
	r := g.start()
	waitFor(t, "baseline", func() bool { return r.w.Stats().Connected == 1 })
	g.deliver(1, time.Time{})
	g.deliver(2, time.Time{})
	<-g.h.entered // msg-1 is in flight
	r.cancel()    // stop intake
	select {
	case <-r.done:
		t.Fatal("Run returned while a message was in flight")
	case <-time.After(50 * time.Millisecond):
	}
	close(g.h.block)
	r.stop(t)
	if last := g.lastUID(); last != 1 {
		t.Errorf("lastUID = %d, want 1 (the in-flight message finishes, the next waits)", last)
	}
	if got := draftsFor(g.fetch("Drafts")); got["msg-1@example.net"] != 1 || len(got) != 1 {
		t.Errorf("drafts = %v, want only msg-1", got)
	}
}

func TestLoginRefusedIsSlow(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	g.acct.Password = config.Secret{Command: "echo wrong"}
	r := g.start()
	waitFor(t, "refusal", func() bool { return r.w.Stats().AuthFails == 1 })
	time.Sleep(100 * time.Millisecond) // room for a spinning loop to show itself
	if got := g.srv.AuthLog(); len(got) != 1 || got[0] != "PLAIN-" {
		t.Errorf("auth attempts = %v, want one refused PLAIN", got)
	}
	if s := r.w.Stats(); !strings.Contains(s.LastError, "login refused") || r.w.Healthy() {
		t.Errorf("stats = %+v, want login refused and unhealthy", s)
	}
}

func TestCertificateVerified(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{TLS: "implicit"})
	g.opts.RootCAs = nil // the self-signed certificate is not trusted
	r := g.start()
	waitFor(t, "failure", func() bool { return r.w.Stats().LastError != "" })
	if s := r.w.Stats(); !strings.Contains(s.LastError, "certificate") {
		t.Errorf("last error = %q, want a certificate error", s.LastError)
	}
	if len(g.srv.AuthLog()) != 0 {
		t.Error("logged in over an unverified connection")
	}
}

func TestPlaintextOnlyToLoopback(t *testing.T) {
	acct := config.Account{Name: "x", Host: "192.0.2.1", TLS: config.TLSNone, Username: "u",
		Auth: config.AuthPlain, Password: config.Secret{Env: "X"}}
	w := New(acct, "", nil, nil, nil, Options{})
	err := w.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "not a loopback address") {
		t.Fatalf("Run = %v, want a refusal", err)
	}
}

func TestXOAuth2TokenRenewedWhenRefused(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	dir := t.TempDir()
	tokFile, runs := dir+"/token", dir+"/runs"
	writeFile(t, tokFile, "tok-1")
	g.srv.SetToken("tok-1")
	g.acct.Auth = config.AuthXOAuth2
	g.acct.Token = config.Secret{Command: fmt.Sprintf("echo run >> %s; cat %s", runs, tokFile)}
	w := New(g.acct, "", g.h, g.st, g.log, g.opts)
	c, err := w.connect(context.Background(), func() {})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	// The provider rotates the token: the cached one is refused once, the
	// command runs again and the new token is accepted.
	g.srv.SetToken("tok-2")
	writeFile(t, tokFile, "tok-2")
	c, err = w.connect(context.Background(), func() {})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if got, want := strings.Join(g.srv.AuthLog(), " "), "XOAUTH2+ XOAUTH2- XOAUTH2+"; got != want {
		t.Errorf("auth log = %q, want %q", got, want)
	}
	if n := strings.Count(readFile(t, runs), "run"); n != 2 {
		t.Errorf("token command ran %d times, want 2", n)
	}
	// A token the server keeps refusing is a login failure, not a loop.
	g.srv.SetToken("tok-3")
	if _, err := w.connect(context.Background(), func() {}); err == nil || !strings.Contains(err.Error(), "login refused") {
		t.Errorf("connect = %v, want login refused", err)
	}
}

func TestOAuthBearer(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	g.srv.SetToken("tok-1")
	g.acct.Auth = config.AuthOAuthBearer
	g.acct.Token = config.Secret{Command: "echo tok-1"}
	w := New(g.acct, "", g.h, g.st, g.log, g.opts)
	c, err := w.connect(context.Background(), func() {})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if got := strings.Join(g.srv.AuthLog(), " "); got != "OAUTHBEARER+" {
		t.Errorf("auth log = %q", got)
	}
}

func TestSeveralFolders(t *testing.T) {
	t.Parallel()
	g := newRig(t, memimap.Options{})
	if err := g.srv.CreateMailbox("Clients"); err != nil {
		t.Fatal(err)
	}
	g.acct.Folders = []string{"INBOX", "Clients"}
	r := g.start()
	waitFor(t, "both sessions", r.w.Healthy)
	g.deliver(1, time.Time{})
	// The same message in both folders (as Gmail labels show it) and one
	// only in the second.
	for _, raw := range [][]byte{clientMail(1, "Website"), clientMail(2, "Logo")} {
		if _, err := g.srv.Deliver("Clients", raw, time.Time{}); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "both folders", func() bool {
		_, l1, _, _ := g.st.MailboxState(context.Background(), "work", "INBOX")
		_, l2, _, _ := g.st.MailboxState(context.Background(), "work", "Clients")
		return l1 == 1 && l2 == 2
	})
	r.stop(t)
	want := map[string]int{"msg-1@example.net": 1, "msg-2@example.net": 1}
	if got := draftsFor(g.fetch("Drafts")); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("drafts = %v, want %v", got, want)
	}
	if s := r.w.Stats(); s.Connected != 0 || s.Processed != 3 {
		t.Errorf("stats after stop = %+v", s)
	}
}
