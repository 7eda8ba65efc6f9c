package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/scopeguard/scopeguard/internal/dovecottest"
	"github.com/scopeguard/scopeguard/store"
)

const (
	daemonBenchBackfill = 5000
	daemonBenchLatency  = 200
)

// BenchmarkDaemonDovecot measures the real daemon (scopeguard run, with the
// demo's contracts: real parsing, classification, SQLite, replies and
// change-order PDFs) against a Dovecot on loopback, in one run:
//
//   - latency from the APPEND of a client email into INBOX to its draft in
//     Drafts, p50 and p99 over 200 out-of-scope emails, with the default
//     configuration (idle_check 400ms on loopback) and with IDLE alone;
//   - a backfill of 5,000 client emails (the six demo emails in turn, each
//     with its own Message-ID) that arrived while the daemon was down, beside
//     a raw login + UID FETCH 1:* BODY.PEEK[] of the same mailbox (median of
//     three, the mailbox settled first: see dovecottest.Settle):
//     observe-only (replies.drafts = false: every email read, routed,
//     classified and recorded) and with drafts (every reply and change
//     order drafted and appended);
//   - the same for 5,000 emails of which one in ten is a client's and the
//     rest newsletters, colleagues, notifications and receipts (mixed_),
//     with drafts;
//   - the daemon's peak RSS during each backfill, its RSS when idle, and the
//     CPU it uses while idling with the default configuration.
//
// One iteration is the whole scenario (about four minutes).
func BenchmarkDaemonDovecot(b *testing.B) {
	for i := 0; i < b.N; i++ {
		benchDaemonDovecotOnce(b)
	}
}

type benchDaemon struct {
	b   testing.TB
	bin string
	dv  *dovecottest.Server
}

// start runs scopeguard run on a fresh state directory, or the given one.
func (bd *benchDaemon) start(dir string, drafts bool, idleCheck string) *exec.Cmd {
	b := bd.b
	if err := os.MkdirAll(filepath.Join(dir, "contracts"), 0o700); err != nil {
		b.Fatal(err)
	}
	names, _ := fs.Glob(demoData, "demodata/contracts/*.toml")
	for _, n := range names {
		raw, _ := demoData.ReadFile(n)
		if err := os.WriteFile(filepath.Join(dir, "contracts", filepath.Base(n)), raw, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	check := ""
	if idleCheck != "" {
		check = fmt.Sprintf("idle_check = %q\n", idleCheck)
	}
	cfg := fmt.Sprintf(`state_dir = "state"
contracts_dir = "contracts"
log_level = "warn"
[owner]
name = "Léa Martin"
email = "lea@atelier-lune.example"
language = "fr"
timezone = "Europe/Paris"
[replies]
drafts = %v
vat_rate = 0.2
[[accounts]]
name = "work"
host = %q
port = %d
tls = "none"
username = %q
password_env = %q
%s[digest]
enabled = false
`, drafts, bd.dv.Host, bd.dv.Port, bd.dv.Username, demoPasswordEnv, check)
	path := filepath.Join(dir, "scopeguard.toml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		b.Fatal(err)
	}
	if bd.bin == "" {
		return nil
	}
	cmd := exec.Command(bd.bin, "run", "-c", path)
	cmd.Env = append(os.Environ(), demoPasswordEnv+"="+bd.dv.Password)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd
}

func stopDaemon(cmd *exec.Cmd) {
	cmd.Process.Signal(os.Interrupt)
	cmd.Wait()
}

// openState opens the daemon's database beside it (SQLite WAL allows it).
func openState(b testing.TB, dir string) *store.Store {
	st, err := store.Open(filepath.Join(dir, "state", "scopeguard.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// demoMails are the demo's client emails; withID gives one a new Message-ID.
func demoMails(b testing.TB) [][]byte {
	names, _ := fs.Glob(demoData, "demodata/mail/*.eml")
	sort.Strings(names)
	var out [][]byte
	for _, n := range names {
		raw, _ := demoData.ReadFile(n)
		out = append(out, raw)
	}
	if len(out) == 0 {
		b.Fatal("no demo mail")
	}
	return out
}

var messageIDLine = regexp.MustCompile(`(?mi)^Message-ID: <[^>]*>`)

func withID(raw []byte, n int) []byte {
	return messageIDLine.ReplaceAll(raw, fmt.Appendf(nil, "Message-ID: <bench-%d@stillwater-yoga.example>", n))
}

func benchDaemonDovecotOnce(b *testing.B) {
	dv := dovecottest.Start(b)
	work := b.TempDir()
	bd := &benchDaemon{b: b, bin: filepath.Join(work, "scopeguard"), dv: dv}
	if out, err := exec.Command("go", "build", "-o", bd.bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	mails := demoMails(b)
	var outOfScope []byte
	for _, m := range mails {
		if bytes.Contains(m, []byte("<demo-4@")) {
			outOfScope = m
		}
	}
	if outOfScope == nil {
		b.Fatal("the demo's out-of-scope email is missing")
	}
	mta, err := dv.Dial()
	if err != nil {
		b.Fatal(err)
	}
	defer mta.Close()
	next := 0 // Message-ID counter

	// Latency, default configuration, then IDLE alone.
	for _, mode := range []struct{ name, idleCheck string }{{"default", ""}, {"idle_only", "0s"}} {
		dir := filepath.Join(work, "latency-"+mode.name)
		cmd := bd.start(dir, true, mode.idleCheck)
		waitDaemon(b, 30*time.Second, func() bool { return daemonWatching(b, dir) })
		time.Sleep(time.Second) // the session reaches IDLE
		var ms []float64
		for i := 0; i < daemonBenchLatency; i++ {
			next++
			took := timeToDraft(b, dv, mta, withID(outOfScope, next))
			ms = append(ms, float64(took.Microseconds())/1000)
		}
		stopDaemon(cmd)
		slices.Sort(ms)
		b.ReportMetric(ms[len(ms)/2], "p50_"+mode.name+"_ms")
		b.ReportMetric(ms[len(ms)*99/100], "p99_"+mode.name+"_ms")
	}

	// Backfill: 5,000 client emails arrive while the daemon is down; then
	// 5,000 emails of which one in ten is a client's.
	clients := make([][]byte, daemonBenchBackfill)
	for i := range clients {
		next++
		clients[i] = withID(mails[i%len(mails)], next)
	}
	bd.backfill(b, "", clients, []bool{false, true})
	mixed := make([][]byte, daemonBenchBackfill)
	for i := range mixed {
		next++
		if i%10 == 0 {
			mixed[i] = withID(mails[i/10%len(mails)], next)
		} else {
			mixed[i] = otherMail(i, next)
		}
	}
	dv.Empty(b, "INBOX")
	bd.backfill(b, "mixed_", mixed, []bool{true})

	// Idle: a fresh daemon with the default configuration.
	dir := filepath.Join(work, "idle")
	cmd := bd.start(dir, true, "")
	waitDaemon(b, 30*time.Second, func() bool { return daemonWatching(b, dir) })
	time.Sleep(2 * time.Second)
	cpu0 := procCPU(b, cmd.Process.Pid)
	time.Sleep(30 * time.Second)
	cpu1 := procCPU(b, cmd.Process.Pid)
	b.ReportMetric(procKB(cmd.Process.Pid, "VmRSS")/1024, "idleRSS_MB")
	b.ReportMetric(float64((cpu1-cpu0).Milliseconds())*2, "idleCPU_ms_per_min")
	stopDaemon(cmd)
}

// backfill delivers mails to INBOX while no daemon runs, times a raw fetch
// of the mailbox (median of three), then times a daemon catching up from
// the state before them, once per drafts setting. Metrics are prefixed.
func (bd *benchDaemon) backfill(b *testing.B, prefix string, mails [][]byte, modes []bool) {
	dv := bd.dv
	_, startUID := dv.Status(b, "INBOX")
	for _, m := range mails {
		dv.Save(b, "INBOX", m)
	}
	dv.Settle(b, "INBOX")
	dv.RawFetch(b, "INBOX") // warm the page cache
	var raws []time.Duration
	for i := 0; i < 3; i++ {
		took, _ := dv.RawFetch(b, "INBOX")
		raws = append(raws, took)
	}
	slices.Sort(raws)
	raw := raws[1]
	b.ReportMetric(raw.Seconds(), prefix+"rawfetch_s")
	uidv, uidNext := dv.Status(b, "INBOX")
	lastUID := uidNext - 1
	for _, drafts := range modes {
		name := prefix + map[bool]string{false: "observe", true: "drafts"}[drafts]
		dir := filepath.Join(b.TempDir(), "backfill-"+name)
		if err := os.MkdirAll(filepath.Join(dir, "state"), 0o700); err != nil {
			b.Fatal(err)
		}
		// The state says everything before the backfill was processed.
		st := openState(b, dir)
		if err := st.SetMailboxState(context.Background(), "work", "INBOX", uidv, startUID-1); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		cmd := bd.start(dir, drafts, "")
		var peak float64
		waitDaemon(b, 300*time.Second, func() bool {
			peak = max(peak, procKB(cmd.Process.Pid, "VmHWM"))
			_, last, _, _ := st.MailboxState(context.Background(), "work", "INBOX")
			return last >= lastUID
		})
		took := time.Since(start)
		peak = max(peak, procKB(cmd.Process.Pid, "VmHWM"))
		b.ReportMetric(took.Seconds(), "backfill_"+name+"_s")
		b.ReportMetric(took.Seconds()/raw.Seconds(), "ratio_"+name)
		b.ReportMetric(peak/1024, "peakRSS_"+name+"_MB")
		if drafts {
			var n int
			if err := st.DB().QueryRow(`SELECT count(*) FROM drafts`).Scan(&n); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(n), "backfill_"+name)
			if prefix == "" {
				time.Sleep(3 * time.Second)
				b.ReportMetric(procKB(cmd.Process.Pid, "VmRSS")/1024, "idleRSS_after_backfill_MB")
			}
		}
		stopDaemon(cmd)
	}
}

// otherMail is mail from someone who is not a client, most of a real
// mailbox: a newsletter (HTML, List-Id), a colleague's note, an automatic
// notification, a shop's receipt.
func otherMail(i, id int) []byte {
	date := "Mon, 23 Nov 2026 09:00:00 +0100"
	switch i % 4 {
	case 0:
		var html bytes.Buffer
		for range 40 {
			html.WriteString("<p>Cette semaine : nos conseils pour mieux organiser vos projets, trois outils que nous aimons et un atelier en ligne.</p>\r\n")
		}
		return fmt.Appendf(nil, "From: Lettre des indépendants <news@lettre-independants.example>\r\nTo: lea@atelier-lune.example\r\n"+
			"Subject: Les nouvelles de la semaine n°%d\r\nDate: %s\r\nMessage-ID: <news-%d@lettre-independants.example>\r\n"+
			"List-Id: <hebdo.lettre-independants.example>\r\nList-Unsubscribe: <mailto:unsubscribe@lettre-independants.example>\r\n"+
			"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"+
			"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCette semaine : nos conseils, nos outils, notre atelier.\r\n"+
			"--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>%s</body></html>\r\n--b1--\r\n", i, date, id, html.String())
	case 1:
		return fmt.Appendf(nil, "From: Karim Benali <karim@collectif-graphique.example>\r\nTo: lea@atelier-lune.example\r\n"+
			"Subject: Déjeuner jeudi ?\r\nDate: %s\r\nMessage-ID: <note-%d@collectif-graphique.example>\r\n"+
			"Content-Type: text/plain; charset=utf-8\r\n\r\nSalut Léa,\r\n\r\nOn se retrouve jeudi midi pour parler du salon ? "+
			"J'apporte les épreuves de l'affiche.\r\n\r\nKarim\r\n", date, id)
	case 2:
		return fmt.Appendf(nil, "From: Agenda <noreply@agenda.example>\r\nTo: lea@atelier-lune.example\r\n"+
			"Subject: Rappel : point hebdomadaire demain à 10:00\r\nDate: %s\r\nMessage-ID: <reminder-%d@agenda.example>\r\n"+
			"Auto-Submitted: auto-generated\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+
			"Ceci est un rappel automatique de votre agenda.\r\n", date, id)
	default:
		return fmt.Appendf(nil, "From: Papeterie du Marais <commandes@papeterie-marais.example>\r\nTo: lea@atelier-lune.example\r\n"+
			"Subject: Votre commande n°%d est expédiée\r\nDate: %s\r\nMessage-ID: <order-%d@papeterie-marais.example>\r\n"+
			"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"+
			"Bonjour,\r\n\r\nVotre commande de papier coton 300 g/m=C2=B2 est exp=C3=A9di=C3=A9e.\r\n\r\nMerci !\r\n", i, date, id)
	}
}

// daemonWatching reports whether the daemon has recorded its INBOX baseline.
func daemonWatching(b *testing.B, dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, "state", "scopeguard.db")); err != nil {
		return false
	}
	st, err := store.Open(filepath.Join(dir, "state", "scopeguard.db"))
	if err != nil {
		return false
	}
	defer st.Close()
	_, _, ok, _ := st.MailboxState(context.Background(), "work", "INBOX")
	return ok
}

// timeToDraft appends raw to INBOX and waits for one more message in
// Drafts, polling STATUS (an idling probe would itself hear 0.5 s late).
func timeToDraft(b *testing.B, dv *dovecottest.Server, mta *imapclient.Client, raw []byte) time.Duration {
	before := draftsCount(b, mta)
	start := time.Now()
	cmd := mta.Append("INBOX", int64(len(raw)), nil)
	if _, err := cmd.Write(raw); err != nil {
		b.Fatal(err)
	}
	if err := cmd.Close(); err != nil {
		b.Fatal(err)
	}
	if _, err := cmd.Wait(); err != nil {
		b.Fatal(err)
	}
	for draftsCount(b, mta) == before {
		if time.Since(start) > 10*time.Second {
			b.Fatal("no draft after 10s")
		}
		time.Sleep(time.Millisecond)
	}
	return time.Since(start)
}

func draftsCount(b *testing.B, c *imapclient.Client) uint32 {
	st, err := c.Status("Drafts", &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		b.Fatal(err)
	}
	return *st.NumMessages
}

func waitDaemon(b testing.TB, limit time.Duration, cond func() bool) {
	b.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			b.Fatal("timed out")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// procKB reads a field such as VmRSS or VmHWM (kB) of a process.
func procKB(pid int, field string) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	var v float64
	for _, line := range bytes.Split(data, []byte("\n")) {
		if rest, ok := bytes.CutPrefix(line, []byte(field+":")); ok {
			fmt.Sscan(string(rest), &v)
		}
	}
	return v
}
