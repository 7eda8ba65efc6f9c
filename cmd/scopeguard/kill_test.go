package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/scopeguard/scopeguard/internal/dovecottest"
	"github.com/scopeguard/scopeguard/watcher"
)

// The real daemon (scopeguard run: batches analysed in parallel, one
// transaction per batch, drafts and change orders) is SIGKILLed at random
// points of a backfill against Dovecot, then restarted until it is done:
// every email is recorded once, each round is counted once, and every
// email that calls for a reply has exactly one draft in Drafts.
func TestDaemonKilledDuringBackfill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs Dovecot")
	}
	dv := dovecottest.Start(t)
	work := t.TempDir()
	bd := &benchDaemon{b: t, bin: filepath.Join(work, "scopeguard"), dv: dv}
	if out, err := exec.Command("go", "build", "-o", bd.bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	mails := demoMails(t)
	const n = 300
	_, startUID := dv.Status(t, "INBOX")
	for i := range n {
		dv.Save(t, "INBOX", withID(mails[i%len(mails)], i))
	}
	uidv, uidNext := dv.Status(t, "INBOX")
	dir := filepath.Join(work, "daemon")
	st := openState(t, dir)
	ctx := context.Background()
	if err := st.SetMailboxState(ctx, "work", "INBOX", uidv, startUID-1); err != nil {
		t.Fatal(err)
	}
	done := func() bool {
		_, last, _, err := st.MailboxState(ctx, "work", "INBOX")
		return err == nil && last >= uidNext-1
	}

	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 1))
	t.Logf("seed %d", seed)
	kills := 0
	for range 8 {
		if done() {
			break
		}
		cmd := bd.start(dir, true, "")
		time.Sleep(time.Duration(30+rng.IntN(300)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		kills++
		_, last, _, _ := st.MailboxState(ctx, "work", "INBOX")
		var drafts int
		st.DB().QueryRow(`SELECT count(*) FROM drafts`).Scan(&drafts)
		t.Logf("kill %d: progress recorded to uid %d of %d, %d drafts recorded", kills, last, uidNext-1, drafts)
	}
	cmd := bd.start(dir, true, "")
	waitDaemon(t, 60*time.Second, done)
	time.Sleep(500 * time.Millisecond) // the last batch's drafts
	stopDaemon(cmd)
	t.Logf("%d kills", kills)

	// Every email recorded once (message_id is the key) and none lost.
	var recorded, roundsN, revisions, gaps int
	db := st.DB()
	if err := db.QueryRow(`SELECT count(*) FROM messages`).Scan(&recorded); err != nil {
		t.Fatal(err)
	}
	if recorded != n {
		t.Errorf("%d emails recorded, want %d", recorded, n)
	}
	// Each revision verdict uses one round, numbered without gaps.
	db.QueryRow(`SELECT count(*) FROM revision_rounds`).Scan(&roundsN)
	db.QueryRow(`SELECT count(*) FROM verdicts WHERE verdict IN ('revision', 'revision_over_limit') AND deliverable != ''`).Scan(&revisions)
	db.QueryRow(`SELECT count(*) FROM (SELECT contract, deliverable FROM revision_rounds
		GROUP BY contract, deliverable HAVING MAX(round) != COUNT(*))`).Scan(&gaps)
	if roundsN != revisions || gaps != 0 || revisions == 0 {
		t.Errorf("%d rounds for %d revision verdicts, %d ledgers with gaps", roundsN, revisions, gaps)
	}
	// Exactly one draft in Drafts per draft recorded, all of them saved.
	var want, pending int
	db.QueryRow(`SELECT count(*) FROM drafts`).Scan(&want)
	db.QueryRow(`SELECT count(*) FROM drafts WHERE status != 'appended'`).Scan(&pending)
	if want == 0 || pending != 0 {
		t.Errorf("%d drafts recorded, %d not saved", want, pending)
	}
	got := draftHeaders(t, dv)
	if len(got) != want {
		t.Errorf("%d emails have drafts in Drafts, %d drafts recorded", len(got), want)
	}
	for id, k := range got {
		if k != 1 {
			t.Errorf("%s: %d drafts in Drafts", id, k)
		}
	}
}

// draftHeaders counts the messages in Drafts per scopeguard draft header.
func draftHeaders(t *testing.T, dv *dovecottest.Server) map[string]int {
	t.Helper()
	c, err := dv.Dial()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Select("Drafts", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	section := &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, HeaderFields: []string{watcher.DraftHeader}, Peek: true}
	var set imap.SeqSet
	set.AddRange(1, 0)
	msgs, err := c.Fetch(set, &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, m := range msgs {
		out[fmt.Sprintf("%q", m.FindBodySection(section))]++
	}
	return out
}
