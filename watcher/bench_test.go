package watcher

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/scopeguard/scopeguard/internal/dovecottest"
	"github.com/scopeguard/scopeguard/store"
)

const (
	benchBackfill = 5000
	benchLatency  = 200
)

// sizedClientMail is client email n with a body of about size bytes, in
// the range of real client mail (text with a quoted history).
func sizedClientMail(n, size int) []byte {
	var b bytes.Buffer
	b.Write(clientMail(n, fmt.Sprintf("Website, request %d", n)))
	line := "> On the previous call we agreed the home page, the contact form and two rounds of revisions.\r\n"
	for b.Len() < size {
		b.WriteString(line)
	}
	return b.Bytes()
}

// procKB reads a field such as VmRSS or VmHWM (kB) of a process.
func procKB(pid int, field string) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			n, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return n
		}
	}
	return 0
}

// BenchmarkDovecot measures the watcher on its own, in one run against a
// Dovecot on loopback, with the small test Handler of handler_test.go (it
// parses each message and, unless told not to, drafts a fixed reply): the
// arrival-to-draft latency (p50, p99; with IDLE alone and with a 200 ms
// check while idling), a 5,000-message backfill beside a raw login + UID
// FETCH 1:* BODY.PEEK[] of the same mailbox (medians of three), and the
// watcher process's peak and idle RSS. It isolates the IMAP side; the
// daemon's figures, with real classification, replies and change orders,
// come from BenchmarkDaemonDovecot in cmd/scopeguard. One iteration is the
// whole scenario (about 2.5 minutes).
func BenchmarkDovecot(b *testing.B) {
	for i := 0; i < b.N; i++ {
		benchDovecotOnce(b)
	}
}

func benchDovecotOnce(b *testing.B) {
	dv := dovecottest.Start(b)
	dir := b.TempDir()
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte(dv.Password), 0o600); err != nil {
		b.Fatal(err)
	}
	const size = 8 << 10
	for n := 1; n <= benchBackfill; n++ {
		dv.Save(b, "INBOX", sizedClientMail(n, size))
	}
	dv.RawFetch(b, "INBOX") // index the Maildir and warm the page cache
	var raws []time.Duration
	var bytes int64
	for i := 0; i < 3; i++ {
		took, n := dv.RawFetch(b, "INBOX")
		raws, bytes = append(raws, took), n
	}
	raw := median(raws)
	b.ReportMetric(raw.Seconds(), "rawfetch_s")
	b.ReportMetric(float64(bytes)/float64(benchBackfill), "msg_bytes")

	// The watcher alone (the Handler only parses): three runs, each a fresh
	// process and store.
	var intakes []time.Duration
	var peak float64
	for i := 0; i < 3; i++ {
		took, kb, ch, st := backfill(b, dv, filepath.Join(dir, fmt.Sprintf("intake%d.db", i)), pw, true)
		intakes, peak = append(intakes, took), max(peak, kb)
		ch.kill()
		st.Close()
	}
	intake := median(intakes)
	b.ReportMetric(intake.Seconds(), "backfill_watcher_s")
	b.ReportMetric(intake.Seconds()/raw.Seconds(), "ratio_watcher")
	b.ReportMetric(peak/1024, "peakRSS_watcher_MB")

	// The full path: a draft, a PDF and a keyword for every message.
	took, kb, ch, st := backfill(b, dv, filepath.Join(dir, "drafts.db"), pw, false)
	b.ReportMetric(took.Seconds(), "backfill_drafts_s")
	b.ReportMetric(took.Seconds()/raw.Seconds(), "ratio_drafts")
	b.ReportMetric(kb/1024, "peakRSS_drafts_MB")

	// Idle, then latency with the same process (IDLE only).
	time.Sleep(3 * time.Second)
	b.ReportMetric(procKB(ch.Process.Pid, "VmRSS")/1024, "idleRSS_after_MB")
	p50, p99 := latency(b, dv, benchBackfill+1)
	b.ReportMetric(p50, "p50_idle_ms")
	b.ReportMetric(p99, "p99_idle_ms")
	ch.kill()

	// The same with a 200 ms check while idling.
	cs := childSpec{Host: dv.Host, Port: dv.Port, User: dv.Username, PasswordFile: pw, DB: st.Path(), IdleCheck: 200 * time.Millisecond}
	ch = startChildB(b, cs)
	ch.wait(b, "got ready", ch.ready)
	time.Sleep(time.Second) // session up
	p50, p99 = latency(b, dv, benchBackfill+benchLatency+1)
	b.ReportMetric(p50, "p50_check200_ms")
	b.ReportMetric(p99, "p99_check200_ms")
	ch.kill()
	st.Close()

	// A fresh process that has only taken its baseline: idle RSS.
	db := filepath.Join(dir, "idle.db")
	ch = startChildB(b, childSpec{Host: dv.Host, Port: dv.Port, User: dv.Username, PasswordFile: pw, DB: db})
	st, err := store.Open(db)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	waitForB(b, 30*time.Second, func() bool {
		_, _, ok, _ := st.MailboxState(context.Background(), "work", "INBOX")
		return ok
	})
	time.Sleep(2 * time.Second)
	b.ReportMetric(procKB(ch.Process.Pid, "VmRSS")/1024, "idleRSS_MB")
	ch.kill()
}

// backfill starts a watcher process whose state says nothing of the 5,000
// messages was processed (it was down while they arrived) and times it
// until it has processed them all; it returns the process's peak RSS (kB).
func backfill(b *testing.B, dv *dovecottest.Server, db, pw string, noDraft bool) (time.Duration, float64, *child, *store.Store) {
	st, err := store.Open(db)
	if err != nil {
		b.Fatal(err)
	}
	uidv, _ := dv.Status(b, "INBOX")
	if err := st.SetMailboxState(context.Background(), "work", "INBOX", uidv, 0); err != nil {
		b.Fatal(err)
	}
	cs := childSpec{Host: dv.Host, Port: dv.Port, User: dv.Username, PasswordFile: pw, DB: db, NoDraft: noDraft}
	ch := startChildB(b, cs)
	ch.wait(b, "got ready", ch.ready) // process started, store open
	start := time.Now()
	var peak float64
	waitForB(b, 120*time.Second, func() bool {
		peak = max(peak, procKB(ch.Process.Pid, "VmHWM"))
		_, last, _, _ := st.MailboxState(context.Background(), "work", "INBOX")
		return last == benchBackfill
	})
	return time.Since(start), peak, ch, st
}

func median(d []time.Duration) time.Duration {
	slices.Sort(d)
	return d[len(d)/2]
}

// latency appends client mail one at a time and times each until its draft
// is in Drafts. It polls STATUS rather than idling on Drafts, since Dovecot
// announces changes to idling clients only after 0.5 s.
func latency(b *testing.B, dv *dovecottest.Server, first int) (p50, p99 float64) {
	mta, err := dv.Dial()
	if err != nil {
		b.Fatal(err)
	}
	defer mta.Close()
	probe, err := dv.Dial()
	if err != nil {
		b.Fatal(err)
	}
	defer probe.Close()
	drafts := func() uint32 {
		st, err := probe.Status("Drafts", &imap.StatusOptions{NumMessages: true}).Wait()
		if err != nil {
			b.Fatal(err)
		}
		return *st.NumMessages
	}
	var ms []float64
	for n := 0; n < benchLatency; n++ {
		before := drafts()
		raw := sizedClientMail(first+n, 8<<10)
		start := time.Now()
		if err := appendRaw(mta, "INBOX", raw); err != nil {
			b.Fatal(err)
		}
		for drafts() == before {
			if time.Since(start) > 10*time.Second {
				b.Fatalf("draft %d not seen after 10s", n)
			}
			time.Sleep(time.Millisecond)
		}
		ms = append(ms, float64(time.Since(start).Microseconds())/1000)
	}
	slices.Sort(ms)
	return ms[len(ms)/2], ms[len(ms)*99/100]
}

func startChildB(b *testing.B, cs childSpec) *child {
	ch := startChildTB(b, cs)
	b.Cleanup(ch.kill)
	return ch
}

func waitForB(b *testing.B, max time.Duration, cond func() bool) {
	b.Helper()
	deadline := time.Now().Add(max)
	for !cond() {
		if time.Now().After(deadline) {
			b.Fatal("timed out")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
