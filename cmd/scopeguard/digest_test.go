package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/internal/smtpsink"
	"github.com/scopeguard/scopeguard/store"
)

const digestTestConfig = `state_dir = %q
contracts_dir = %q
[owner]
name = "Owner Test"
email = "owner@studio.test"
language = "en"
timezone = "Europe/Paris"
[digest]
enabled = true
[smtp]
host = "127.0.0.1"
port = %d
tls = "none"
username = ""
[[accounts]]
name = "work"
host = "imap.example.com"
username = "u"
password_env = "PW"
`

// digestTestSetup writes a config pointing at an SMTP sink and a state
// database holding one out-of-scope request from the last hour.
func digestTestSetup(t *testing.T) (cfgPath string, sink *smtpsink.Sink, stateDB string) {
	t.Helper()
	dir := t.TempDir()
	sink = smtpsink.Start(t, smtpsink.Options{})
	contractsDir, err := filepath.Abs(filepath.Join("..", "..", "schedule", "testdata", "contracts"))
	if err != nil {
		t.Fatal(err)
	}
	stateDir := filepath.Join(dir, "state")
	cfgPath = filepath.Join(dir, "config.toml")
	body := fmt.Sprintf(digestTestConfig, stateDir, contractsDir, sink.Port())
	if err := os.WriteFile(cfgPath, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	stateDB = filepath.Join(stateDir, "scopeguard.db")
	st, err := store.Open(stateDB)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	at := time.Now().Add(-time.Hour)
	_, err = st.RecordProcessed(context.Background(), store.Processed{
		MessageID: "x1@exemple.test", Account: "work", Mailbox: "INBOX", UIDValidity: 1, UID: 1,
		From: "anne@exemple.test", Subject: "Une vidéo <en plus>", Date: at, Excerpt: "Pouvez-vous faire une vidéo ?",
		Result:      contracts.Result{Contract: "exemple-fr", Verdict: contracts.OutOfScope},
		ProcessedAt: at,
	})
	if err != nil {
		t.Fatal(err)
	}
	return cfgPath, sink, stateDB
}

func digestTestLast(t *testing.T, path string) *store.DigestRun {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l, err := st.LastDigest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestDigestDryRun(t *testing.T) {
	cfg, sink, db := digestTestSetup(t)
	var out, errb bytes.Buffer
	if code := realMain([]string{"digest", "-c", cfg, "--dry-run"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"Subject: scopeguard — digest for ", ": 1 out of scope", "Une vidéo <en plus>", "Exemple SARL"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if n := len(sink.Messages()); n != 0 {
		t.Errorf("dry run sent %d messages", n)
	}
	if l := digestTestLast(t, db); l != nil {
		t.Errorf("dry run recorded %+v", l)
	}
}

func TestDigestNow(t *testing.T) {
	cfg, sink, db := digestTestSetup(t)
	var out, errb bytes.Buffer
	if code := realMain([]string{"digest", "-c", cfg, "--now"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := sink.Messages()
	if len(got) != 1 || len(got[0].To) != 1 || got[0].To[0] != "owner@studio.test" {
		t.Fatalf("sink got %+v, want one message to the owner", got)
	}
	if !strings.Contains(out.String(), "sent to owner@studio.test") {
		t.Errorf("output %q", out.String())
	}
	l := digestTestLast(t, db)
	if l == nil || l.Status != store.DigestSent {
		t.Fatalf("last run %+v, want a sent run", l)
	}
	// Again at once: an empty period, still sent since it was asked for.
	out.Reset()
	if code := realMain([]string{"digest", "-c", cfg, "--now"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if n := len(sink.Messages()); n != 2 {
		t.Errorf("sink has %d messages, want 2", n)
	}
	if !strings.Contains(out.String(), "nothing to report") {
		t.Errorf("second run output %q", out.String())
	}
}

func TestDigestUsage(t *testing.T) {
	cfg, _, _ := digestTestSetup(t)
	for _, args := range [][]string{
		{"digest", "-c", cfg},
		{"digest", "-c", cfg, "--now", "--dry-run"},
		{"digest", "-c", cfg, "--now", "extra"},
		{"digest", "-c", filepath.Join(t.TempDir(), "missing.toml"), "--now"},
	} {
		var out, errb bytes.Buffer
		if code := realMain(args, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2 (%s)", args, code, errb.String())
		}
	}
}
