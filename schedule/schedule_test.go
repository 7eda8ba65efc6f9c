package schedule

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/internal/smtpsink"
	"github.com/scopeguard/scopeguard/notify"
	"github.com/scopeguard/scopeguard/store"
)

var paris = func() *time.Location {
	l, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	return l
}()

// Monday 16 November 2026 08:00, Paris: the slot of the last digest sent in
// most tests.
var monday8 = time.Date(2026, 11, 16, 8, 0, 0, 0, paris)

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

var owner = config.Owner{Name: "Camille Test", Email: "owner@studio.test", Language: "fr", Location: paris}

// env is one daemon's world: a store file, the contracts, an SMTP sink.
type env struct {
	t     *testing.T
	path  string
	store *store.Store
	book  *contracts.Book
	sink  *smtpsink.Sink
	mail  *notify.OwnerMailer
	clock *clock
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, path: filepath.Join(t.TempDir(), "scopeguard.db"), clock: &clock{}}
	e.store = e.open()
	b, err := contracts.LoadDir(filepath.Join("testdata", "contracts"))
	if err != nil {
		t.Fatal(err)
	}
	e.book = b
	srvTLS, roots, err := smtpsink.SelfSigned()
	if err != nil {
		t.Fatal(err)
	}
	e.sink = smtpsink.Start(t, smtpsink.Options{TLS: srvTLS, Username: "owner", Password: "pw"})
	t.Setenv("SCHEDULE_TEST_SMTP_PASSWORD", "pw")
	e.mail, err = notify.NewOwnerMailer(config.SMTP{Host: e.sink.Host(), Port: e.sink.Port(), TLS: config.TLSStartTLS,
		Username: "owner", Password: config.Secret{Env: "SCHEDULE_TEST_SMTP_PASSWORD"}}, owner)
	if err != nil {
		t.Fatal(err)
	}
	e.mail.RootCAs = roots
	return e
}

// open opens the store file again, as a restarted (or second) process.
func (e *env) open() *store.Store {
	e.t.Helper()
	s, err := store.Open(e.path)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { s.Close() })
	return s
}

func (e *env) runner(s *store.Store, dg config.Digest) *Runner {
	e.t.Helper()
	dg.Enabled = true
	r, err := New(Options{Store: s, Book: e.book, Owner: owner, Digest: dg, Send: e.mail.Send, Now: e.clock.Now})
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// message records one out-of-scope request processed at t.
func (e *env) message(id string, t time.Time) {
	e.t.Helper()
	_, err := e.store.RecordProcessed(context.Background(), store.Processed{
		MessageID: id, Account: "main", Mailbox: "INBOX", UIDValidity: 1, UID: uint32(t.Unix() % 100000),
		From: "anne@exemple.test", Subject: "Demande " + id, Date: t, Excerpt: "Pouvez-vous aussi faire une vidéo ?",
		Result:      contracts.Result{Contract: "exemple-fr", Verdict: contracts.OutOfScope},
		ProcessedAt: t,
	})
	if err != nil {
		e.t.Fatal(err)
	}
}

// sent records a digest period already sent.
func (e *env) sent(start, end time.Time) {
	e.t.Helper()
	ctx := context.Background()
	run, err := e.store.RecordDigest(ctx, start, end, end)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.store.MarkDigestSent(ctx, run.ID, end); err != nil {
		e.t.Fatal(err)
	}
}

// runStartup runs Run until its catch-up is over, then stops it.
func (e *env) runStartup(r *Runner) {
	e.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	// Run finishes its catch-up before it looks at ctx, so cancelling at
	// once runs exactly the start-up part.
	cancel()
	if err := <-done; err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) last() *store.DigestRun {
	e.t.Helper()
	l, err := e.store.LastDigest(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return l
}

func (e *env) wantMessages(n int) []smtpsink.Message {
	e.t.Helper()
	got := e.sink.Messages()
	if len(got) != n {
		e.t.Fatalf("owner got %d digests, want %d", len(got), n)
	}
	return got
}

func subject(t *testing.T, m smtpsink.Message) string {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	s, _ := r.Header.Subject()
	return s
}

func TestCatchUpAfterDowntime(t *testing.T) {
	e := newEnv(t)
	e.sent(monday8.Add(-72*time.Hour), monday8)
	e.message("a@exemple.test", monday8.Add(2*time.Hour))
	e.message("b@exemple.test", monday8.Add(50*time.Hour))
	// Down from Monday 09:00 to Thursday 10:30: Tuesday, Wednesday and
	// Thursday's slots were missed.
	thursday := time.Date(2026, 11, 19, 10, 30, 0, 0, paris)
	e.clock.Set(thursday)
	e.runStartup(e.runner(e.store, config.Digest{}))

	got := e.wantMessages(1)
	if want := "scopeguard — résumé du 19 novembre : 2 hors périmètre"; subject(t, got[0]) != want {
		t.Errorf("subject %q, want %q", subject(t, got[0]), want)
	}
	l := e.last()
	if !l.PeriodStart.Equal(monday8) || !l.PeriodEnd.Equal(thursday) || l.Status != store.DigestSent {
		t.Errorf("last run %+v, want %v to %v, sent", l, monday8, thursday)
	}
	// A restart an hour later has nothing to catch up.
	e.clock.Set(thursday.Add(time.Hour))
	e.runStartup(e.runner(e.open(), config.Digest{}))
	e.wantMessages(1)
}

func TestNoCatchUpWhenNothingMissed(t *testing.T) {
	e := newEnv(t)
	e.sent(monday8.Add(-72*time.Hour), monday8)
	e.clock.Set(monday8.Add(23 * time.Hour)) // Tuesday 07:00, before the slot
	e.runStartup(e.runner(e.store, config.Digest{SendEmpty: true}))
	e.wantMessages(0)
}

// TestCrashBeforeMarkSent: a period recorded but not marked sent (the
// process died in between) is sent again at start, once.
func TestCrashBeforeMarkSent(t *testing.T) {
	e := newEnv(t)
	e.sent(monday8.Add(-72*time.Hour), monday8)
	e.message("a@exemple.test", monday8.Add(time.Hour))
	tuesday8 := monday8.Add(24 * time.Hour)
	if _, err := e.store.RecordDigest(context.Background(), monday8, tuesday8, tuesday8); err != nil {
		t.Fatal(err)
	}
	// The crash: nothing sent, nothing marked. A restart at 08:02 leaves
	// the run alone: it may be in flight in another process.
	e.clock.Set(tuesday8.Add(2 * time.Minute))
	e.runStartup(e.runner(e.open(), config.Digest{}))
	e.wantMessages(0)
	// Once older than a run can take, it is sent again.
	e.clock.Set(tuesday8.Add(jobTimeout))
	e.runStartup(e.runner(e.open(), config.Digest{}))
	e.wantMessages(1)
	l := e.last()
	if !l.PeriodStart.Equal(monday8) || !l.PeriodEnd.Equal(tuesday8) || l.Status != store.DigestSent {
		t.Errorf("last run %+v, want the crashed period, sent", l)
	}
	// Another restart sends nothing.
	e.runStartup(e.runner(e.open(), config.Digest{}))
	e.wantMessages(1)
}

// TestSendFailureRetried: the SMTP server is down during the slot; the
// recorded period goes out on the next run, before the new one.
func TestSendFailureRetried(t *testing.T) {
	e := newEnv(t)
	e.sent(monday8.Add(-72*time.Hour), monday8)
	e.message("a@exemple.test", monday8.Add(time.Hour))
	tuesday8 := monday8.Add(24 * time.Hour)
	e.clock.Set(tuesday8)
	r := e.runner(e.store, config.Digest{})
	fail := true
	send := r.opts.Send
	r.opts.Send = func(ctx context.Context, msg []byte) error {
		if fail {
			return errors.New("connection refused")
		}
		return send(ctx, msg)
	}
	if _, err := r.run(context.Background(), runScheduled); err == nil {
		t.Fatal("run with a failing server: no error")
	}
	if l := e.last(); l.Status != store.DigestRecorded {
		t.Fatalf("after a failed send the run is %q, want recorded", l.Status)
	}
	fail = false
	wednesday8 := tuesday8.Add(24 * time.Hour)
	// The failed run is older than jobTimeout by the next slot.
	e.message("b@exemple.test", tuesday8.Add(time.Hour))
	e.clock.Set(wednesday8)
	ds, err := r.run(context.Background(), runScheduled)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 || !ds[0].Retry || !ds[0].End.Equal(tuesday8) || ds[1].Retry || !ds[1].Start.Equal(tuesday8) {
		t.Errorf("deliveries %+v, want the retry then Tuesday to Wednesday", ds)
	}
	got := e.wantMessages(2)
	id0, id1 := messageID(t, got[0]), messageID(t, got[1])
	if id0 == id1 {
		t.Errorf("two periods share Message-ID %s", id0)
	}
}

func messageID(t *testing.T, m smtpsink.Message) string {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := r.Header.MessageID()
	return id
}

// TestSameSlotTwice: the slot fires twice in one process, concurrently, and
// in a second process sharing the database: one digest.
func TestSameSlotTwice(t *testing.T) {
	e := newEnv(t)
	e.sent(monday8.Add(-72*time.Hour), monday8)
	e.message("a@exemple.test", monday8.Add(time.Hour))
	e.clock.Set(monday8.Add(24*time.Hour + 300*time.Millisecond))
	r1 := e.runner(e.store, config.Digest{})
	r2 := e.runner(e.open(), config.Digest{})
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for _, r := range []*Runner{r1, r1, r2, r2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := r.run(context.Background(), runScheduled)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	e.wantMessages(1)
	// The same slot once more, a little later.
	e.clock.Set(monday8.Add(24*time.Hour + 2*time.Second))
	if _, err := r1.run(context.Background(), runScheduled); err != nil {
		t.Fatal(err)
	}
	e.wantMessages(1)
}

func TestFirstRunWithoutHistory(t *testing.T) {
	e := newEnv(t)
	e.message("old@exemple.test", monday8.Add(-30*time.Hour))
	e.message("new@exemple.test", monday8.Add(-2*time.Hour))
	e.clock.Set(monday8.Add(-time.Hour))
	r := e.runner(e.store, config.Digest{})
	e.runStartup(r)
	e.wantMessages(0) // no history: nothing was missed
	e.clock.Set(monday8)
	ds, err := r.run(context.Background(), runScheduled)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || !ds[0].Start.Equal(monday8.Add(-FirstPeriod)) || !ds[0].End.Equal(monday8) {
		t.Fatalf("deliveries %+v, want the 24 hours before the slot", ds)
	}
	if want := "scopeguard — résumé du 16 novembre : 1 hors périmètre"; subject(t, e.wantMessages(1)[0]) != want {
		t.Errorf("subject %q, want %q", subject(t, e.sink.Messages()[0]), want)
	}
}

func TestEmptyPeriod(t *testing.T) {
	for _, sendEmpty := range []bool{false, true} {
		e := newEnv(t)
		e.sent(monday8.Add(-72*time.Hour), monday8)
		e.clock.Set(monday8.Add(24 * time.Hour))
		ds, err := e.runner(e.store, config.Digest{SendEmpty: sendEmpty}).run(context.Background(), runScheduled)
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) != 1 || ds[0].Skipped == sendEmpty {
			t.Errorf("send_empty %v: deliveries %+v", sendEmpty, ds)
		}
		n := 0
		if sendEmpty {
			n = 1
		}
		got := e.wantMessages(n)
		if sendEmpty && subject(t, got[0]) != "scopeguard — résumé du 17 novembre : rien à signaler" {
			t.Errorf("subject %q", subject(t, got[0]))
		}
		if l := e.last(); l.Status != store.DigestSent {
			t.Errorf("send_empty %v: run is %q, want sent (handled)", sendEmpty, l.Status)
		}
	}
}

func TestRunNow(t *testing.T) {
	e := newEnv(t)
	e.sent(monday8.Add(-72*time.Hour), monday8)
	e.message("a@exemple.test", monday8.Add(time.Hour))
	e.clock.Set(monday8.Add(3 * time.Hour)) // not due
	ds, err := e.runner(e.store, config.Digest{}).RunNow(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || !ds[0].Start.Equal(monday8) || !ds[0].End.Equal(monday8.Add(3*time.Hour)) {
		t.Errorf("deliveries %+v", ds)
	}
	e.wantMessages(1)
}

// TestStopWaitsForJob: a shutdown during a delivery lets it finish.
func TestStopWaitsForJob(t *testing.T) {
	e := newEnv(t)
	e.sent(monday8.Add(-72*time.Hour), monday8)
	e.message("a@exemple.test", monday8.Add(time.Hour))
	e.clock.Set(monday8.Add(30 * time.Hour))
	r := e.runner(e.store, config.Digest{})
	started, release := make(chan struct{}), make(chan struct{})
	send := r.opts.Send
	r.opts.Send = func(ctx context.Context, msg []byte) error {
		close(started)
		<-release
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return send(ctx, msg)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	<-started
	cancel()
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	e.wantMessages(1)
	if l := e.last(); l.Status != store.DigestSent {
		t.Errorf("run is %q after shutdown, want sent", l.Status)
	}
}

func TestDisabled(t *testing.T) {
	e := newEnv(t)
	e.sent(monday8.Add(-72*time.Hour), monday8)
	e.clock.Set(monday8.Add(72 * time.Hour))
	r, err := New(Options{Store: e.store, Owner: owner, Send: e.mail.Send, Now: e.clock.Now, Digest: config.Digest{SendEmpty: true}})
	if err != nil {
		t.Fatal(err)
	}
	e.runStartup(r)
	e.wantMessages(0)
}

func TestNewErrors(t *testing.T) {
	s := newEnv(t).store
	send := func(context.Context, []byte) error { return nil }
	for _, tc := range []struct {
		name string
		o    Options
		want string
	}{
		{"bad spec", Options{Store: s, Send: send, Owner: owner, Digest: config.Digest{Schedule: "0 8 * *"}},
			`digest.schedule "0 8 * *": expected exactly 5 fields, found 4: [0 8 * *]`},
		{"no store", Options{Send: send, Owner: owner}, "schedule: no store"},
		{"no send", Options{Store: s, Owner: owner}, "schedule: no send function"},
		{"no owner", Options{Store: s, Send: send}, "schedule: owner email is empty"},
	} {
		if _, err := New(tc.o); err == nil || err.Error() != tc.want {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestParseInOwnerZone(t *testing.T) {
	for _, tc := range []struct {
		spec  string
		after time.Time
		want  time.Time
	}{
		// Friday evening: next is Monday 08:00 Paris.
		{DefaultSchedule, time.Date(2026, 11, 20, 18, 0, 0, 0, paris), monday8.Add(7 * 24 * time.Hour)},
		// Exactly on a slot: the next one.
		{DefaultSchedule, monday8, monday8.Add(24 * time.Hour)},
		// Summer time ends on 25 October 2026: 08:00 local is 07:00 UTC after.
		{"0 8 * * *", time.Date(2026, 10, 24, 9, 0, 0, 0, paris), time.Date(2026, 10, 25, 8, 0, 0, 0, paris)},
		// An explicit CRON_TZ wins.
		{"CRON_TZ=UTC 0 8 * * *", monday8, time.Date(2026, 11, 16, 8, 0, 0, 0, time.UTC)},
	} {
		s, err := Parse(tc.spec, paris)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Next(tc.after); !got.Equal(tc.want) {
			t.Errorf("%q after %v: %v, want %v", tc.spec, tc.after, got, tc.want)
		}
	}
}

func TestPreview(t *testing.T) {
	e := newEnv(t)
	e.sent(monday8.Add(-72*time.Hour), monday8)
	e.message("a@exemple.test", monday8.Add(time.Hour))
	e.clock.Set(monday8.Add(3 * time.Hour))
	d, err := e.runner(e.store, config.Digest{}).Preview(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !d.Since.Equal(monday8) || !d.Until.Equal(monday8.Add(3*time.Hour)) || d.OutOfScope != 1 {
		t.Errorf("preview %v to %v with %d out of scope, want %v to %v with 1", d.Since, d.Until, d.OutOfScope, monday8, monday8.Add(3*time.Hour))
	}
	if l := e.last(); !l.PeriodEnd.Equal(monday8) {
		t.Errorf("preview recorded a run: %+v", l)
	}
	e.wantMessages(0)
}

// TestRunFollowsCron runs the real cron with a one-second schedule and the
// real clock: the catch-up at start, then digests from the cron slots.
func TestRunFollowsCron(t *testing.T) {
	e := newEnv(t)
	now := time.Now()
	e.sent(now.Add(-3*time.Hour), now.Add(-2*time.Hour))
	r, err := New(Options{Store: e.store, Book: e.book, Owner: owner, Send: e.mail.Send,
		Digest: config.Digest{Enabled: true, SendEmpty: true, Schedule: "@every 1s"}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	wctx, wcancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer wcancel()
	if _, err := e.sink.Wait(wctx, 3); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	// Periods follow each other without gap or overlap.
	rows, err := e.store.DB().Query(`SELECT period_start, period_end, status FROM digest_runs ORDER BY period_start`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var prevEnd, status string
	n := 0
	for rows.Next() {
		var start, end string
		if err := rows.Scan(&start, &end, &status); err != nil {
			t.Fatal(err)
		}
		if n > 0 && start != prevEnd {
			t.Errorf("period %d starts at %s, previous ended at %s", n, start, prevEnd)
		}
		if status != store.DigestSent {
			t.Errorf("period %d is %s", n, status)
		}
		prevEnd = end
		n++
	}
	if n < 4 { // the seeded one, the catch-up, two cron slots
		t.Errorf("%d runs recorded, want at least 4", n)
	}
}
