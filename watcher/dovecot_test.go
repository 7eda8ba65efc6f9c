package watcher

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/internal/dovecottest"
	"github.com/scopeguard/scopeguard/internal/memimap"
	"github.com/scopeguard/scopeguard/store"
)

// dovecotRig is a watcher on a real Dovecot.
type dovecotRig struct {
	*rig
	dv *dovecottest.Server
	c  *imapclient.Client // the "MTA": appends client mail
}

func newDovecotRig(t *testing.T) *dovecotRig {
	t.Helper()
	dv := dovecottest.Start(t)
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	pw := filepath.Join(dir, "password")
	writeFile(t, pw, dv.Password)
	g := &rig{
		t: t, st: st, h: newDraftHandler(st),
		acct: config.Account{
			Name: "work", Host: dv.Host, Port: dv.TLSPort, TLS: config.TLSImplicit, Username: dv.Username,
			Auth: config.AuthPlain, Password: config.Secret{File: pw}, PollInterval: time.Second,
		},
		opts: Options{RootCAs: dv.RootCAs, MinBackoff: 20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond, AuthRetry: time.Hour},
		log:  testLogger(t),
	}
	d := &dovecotRig{rig: g, dv: dv}
	d.redial()
	return d
}

func (d *dovecotRig) redial() {
	d.t.Helper()
	c, err := d.dv.Dial()
	if err != nil {
		d.t.Fatal(err)
	}
	d.c = c
	d.t.Cleanup(func() { c.Close() })
}

// appendMail delivers client email n to INBOX over IMAP, as an MTA would.
func (d *dovecotRig) appendMail(n int) {
	d.t.Helper()
	if err := appendRaw(d.c, "INBOX", clientMail(n, "Website")); err != nil {
		d.t.Fatal(err)
	}
}

func appendRaw(c *imapclient.Client, mailbox string, raw []byte) error {
	cmd := c.Append(mailbox, int64(len(raw)), nil)
	if _, err := cmd.Write(raw); err != nil {
		return err
	}
	if err := cmd.Close(); err != nil {
		return err
	}
	_, err := cmd.Wait()
	return err
}

func (d *dovecotRig) drafts() map[string]int {
	d.t.Helper()
	msgs, err := memimap.FetchAll(d.c, "Drafts")
	if err != nil {
		d.t.Fatal(err)
	}
	return draftsFor(msgs)
}

// wantOneDraftEach checks exactly one draft for each of client mails 1..n.
func (d *dovecotRig) wantOneDraftEach(n int) {
	d.t.Helper()
	got := d.drafts()
	for i := 1; i <= n; i++ {
		if id := fmt.Sprintf("msg-%d@example.net", i); got[id] != 1 {
			d.t.Errorf("%s: %d drafts, want 1", id, got[id])
		}
	}
	if len(got) != n {
		d.t.Errorf("drafts for %d messages, want %d: %v", len(got), n, got)
	}
}

func TestDovecotDraftWhileIdle(t *testing.T) {
	t.Parallel()
	d := newDovecotRig(t)
	r := d.start()
	waitFor(t, "session", func() bool { return r.w.Healthy() })
	d.appendMail(1)
	waitFor(t, "draft", func() bool { return d.lastUID() == 1 })
	r.stop(t)

	msgs, err := memimap.FetchAll(d.c, "Drafts")
	if err != nil || len(msgs) != 1 {
		t.Fatalf("drafts = %d, %v", len(msgs), err)
	}
	for _, want := range []string{"In-Reply-To: <msg-1@example.net>", "References: <msg-1@example.net>", "Content-Type: application/pdf", "X-Scopeguard-Draft: <msg-1@example.net>"} {
		if !bytes.Contains(msgs[0].Raw, []byte(want)) {
			t.Errorf("draft lacks %q", want)
		}
	}
	if !hasFlag(msgs[0].Flags, imap.FlagDraft) {
		t.Errorf("draft flags %v lack \\Draft", msgs[0].Flags)
	}
	inbox, _ := memimap.FetchAll(d.c, "INBOX")
	if hasFlag(inbox[0].Flags, imap.FlagSeen) || !hasFlag(inbox[0].Flags, "$ScopeCreep") {
		t.Errorf("original flags = %v, want $ScopeCreep and not \\Seen", inbox[0].Flags)
	}

	// Restarting the watcher repeats nothing.
	d.appendMail(2)
	r = d.start()
	waitFor(t, "restart", func() bool { return d.lastUID() == 2 })
	r.stop(t)
	r = d.start()
	waitFor(t, "second restart", func() bool { return !r.w.Stats().LastSync.IsZero() })
	r.stop(t)
	d.wantOneDraftEach(2)
	if n := d.h.calls("msg-1@example.net"); n != 1 {
		t.Errorf("msg-1 handled %d times", n)
	}
}

func TestDovecotRestartWhileIdle(t *testing.T) {
	t.Parallel()
	d := newDovecotRig(t)
	r := d.start()
	waitFor(t, "session", func() bool { return r.w.Healthy() })
	d.appendMail(1)
	waitFor(t, "first", func() bool { return d.lastUID() == 1 })

	d.dv.Stop()
	waitFor(t, "disconnect", func() bool { return !r.w.Healthy() })
	// Mail delivered while the server is down for the watcher.
	for _, n := range []int{2, 3} {
		d.dv.Save(t, "INBOX", clientMail(n, "Website"))
	}
	d.dv.Restart(t)
	d.redial()
	waitFor(t, "reconnect", func() bool { return r.w.Healthy() })
	d.appendMail(4)
	waitFor(t, "backlog", func() bool { return d.lastUID() == 4 })
	r.stop(t)
	if r.w.Stats().Reconnects == 0 {
		t.Error("no reconnect counted")
	}
	d.wantOneDraftEach(4)
}

func TestDovecotUIDValidityChange(t *testing.T) {
	t.Parallel()
	d := newDovecotRig(t)
	r := d.start()
	waitFor(t, "session", func() bool { return r.w.Healthy() })
	d.appendMail(1)
	d.appendMail(2)
	waitFor(t, "two", func() bool { return d.lastUID() == 2 })

	d.dv.SetUIDValidity(t, "INBOX", 4242)
	d.appendMail(3)
	waitFor(t, "third", func() bool { return d.h.calls("msg-3@example.net") > 0 })
	r.stop(t)
	// A fresh start sees the new UIDVALIDITY whatever the old session saw.
	r = d.start()
	waitFor(t, "session", func() bool { return r.w.Healthy() })
	waitFor(t, "resync", func() bool {
		v, last, _, _ := d.st.MailboxState(context.Background(), "work", "INBOX")
		return v == 4242 && last == 3
	})
	r.stop(t)
	d.wantOneDraftEach(3)
}
