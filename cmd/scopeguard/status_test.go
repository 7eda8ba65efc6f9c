package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/store"
)

// status reads the state the daemon keeps: mailbox positions, rounds per
// deliverable, change orders and skipped messages.
func TestStatus(t *testing.T) {
	cfg, _, db := digestTestSetup(t)
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := st.SetMailboxState(ctx, "work", "INBOX", 7, 12); err != nil {
		t.Fatal(err)
	}
	if err := st.RecordFailure(ctx, store.Failure{Account: "work", Mailbox: "INBOX", UIDValidity: 7, UID: 11,
		Subject: "Facture", Error: "unreadable", At: time.Now().Add(-time.Hour)}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if code, _, errs := runCorrect(t, cfg, "--deliverable", "affiche", "x1@exemple.test", "revision_over_limit"); code != 0 {
		t.Fatalf("correct: %s", errs)
	}
	var out, errb bytes.Buffer
	if code := realMain([]string{"status", "-c", cfg}, &out, &errb); code != 0 {
		t.Fatalf("status exit %d: %s", code, errb.String())
	}
	for _, want := range []string{
		"work/INBOX: up to uid 12 (uidvalidity 7)",
		"exemple-fr (",
		"affiche: 1 of 1 revision rounds used (all used)",
		"plaquette: 0 of 2 revision rounds used",
		"Messages skipped in the last 7 days: 1",
		`"Facture": unreadable`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("status lacks %q:\n%s", want, out.String())
		}
	}
}
