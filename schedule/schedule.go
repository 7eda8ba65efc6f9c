// Package schedule sends the owner's digest on a cron schedule, in the
// owner's time zone, durably.
//
// Each digest covers a period [start, end) that starts where the previous
// digest's period ended, so no stretch of time is skipped or told twice. The
// period is recorded in the store before the digest is sent and marked sent
// after; a period recorded but never marked (a crash or an SMTP failure in
// between) is sent again, with the same Message-ID, before anything else:
// the owner may then get a duplicate, never a gap. Such a period is left
// alone while younger than jobTimeout, as another process (scopeguard digest
// --now beside the daemon) may still be sending it; a failed run is tried
// again after retryDelay. A period the store refuses as overlapping
// (another process got there first) is left alone.
//
// Slots missed while the daemon was down give ONE catch-up digest at start,
// covering everything since the last digest's end. With no digest history,
// nothing is sent at start and the first scheduled digest covers the
// 24 hours before its slot.
//
// An empty period is recorded and marked like a sent one; it is mailed only
// when config digest.send_empty is set. The package only ever mails the
// owner, through the Send function it is given.
package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/notify"
	"github.com/scopeguard/scopeguard/store"
)

// DefaultSchedule is the digest time when the config gives none: 08:00 on
// working days.
const DefaultSchedule = "0 8 * * 1-5"

// FirstPeriod is the length of the first digest's period, when there is no
// digest history.
const FirstPeriod = 24 * time.Hour

// jobTimeout bounds one digest run (build, record, send). A run recorded
// less than this long ago and not yet marked sent may still be in flight in
// another process (scopeguard digest --now beside the daemon): it is left
// alone until it is older.
const jobTimeout = 5 * time.Minute

// retryDelay is how long after a failed run (SMTP down) the runner tries
// again, rather than waiting for the next slot.
const retryDelay = 15 * time.Minute

// Store is the part of the store the schedule uses. *store.Store
// implements it.
type Store interface {
	notify.DigestSource
	LastDigest(ctx context.Context) (*store.DigestRun, error)
	RecordDigest(ctx context.Context, start, end, at time.Time) (*store.DigestRun, error)
	MarkDigestSent(ctx context.Context, id int64, at time.Time) error
}

// Options configures a Runner. Store, Book, Owner and Send are required.
type Options struct {
	Store  Store
	Book   *contracts.Book
	Owner  config.Owner
	Digest config.Digest
	From   string                                      // From header; "" = the owner
	Send   func(ctx context.Context, msg []byte) error // delivers to the owner only
	Now    func() time.Time                            // nil = time.Now
	Log    *slog.Logger                                // nil = discard
}

// Runner runs the digest schedule.
type Runner struct {
	opts  Options
	book  atomic.Pointer[contracts.Book]
	sched cron.Schedule
	loc   *time.Location
	mu    sync.Mutex    // one digest run at a time
	wake  chan struct{} // a deferred retry is due
}

// Delivery is what one run did with one period.
type Delivery struct {
	Start, End time.Time
	Subject    string
	Retry      bool // a recorded, unsent period sent again
	Skipped    bool // empty period, not mailed (send_empty off)
}

// New checks the options and parses the schedule in the owner's time zone.
func New(o Options) (*Runner, error) {
	switch {
	case o.Store == nil:
		return nil, errors.New("schedule: no store")
	case o.Send == nil:
		return nil, errors.New("schedule: no send function")
	case o.Owner.Email == "":
		return nil, errors.New("schedule: owner email is empty")
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	loc := o.Owner.Location
	if loc == nil {
		loc = time.Local
	}
	spec := o.Digest.Schedule
	if spec == "" {
		spec = DefaultSchedule
	}
	sched, err := Parse(spec, loc)
	if err != nil {
		return nil, err
	}
	r := &Runner{opts: o, sched: sched, loc: loc, wake: make(chan struct{}, 1)}
	r.book.Store(o.Book)
	return r, nil
}

// Parse reads a 5-field cron spec (or a descriptor such as @daily) in loc,
// unless the spec names its own CRON_TZ.
func Parse(spec string, loc *time.Location) (cron.Schedule, error) {
	p := cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)
	s, err := p.Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("digest.schedule %q: %w", spec, err)
	}
	if ss, ok := s.(*cron.SpecSchedule); ok && ss.Location == time.Local {
		ss.Location = loc
	}
	return s, nil
}

// SetBook swaps the contracts used from the next run on (config reload).
func (r *Runner) SetBook(b *contracts.Book) { r.book.Store(b) }

// Next returns the next scheduled digest after t.
func (r *Runner) Next(t time.Time) time.Time { return r.sched.Next(t) }

// Run sends a catch-up digest if one is due, then follows the schedule
// until ctx ends. A digest being sent when ctx ends is finished first. With
// the digest disabled in the config, Run only waits for ctx.
func (r *Runner) Run(ctx context.Context) error {
	if !r.opts.Digest.Enabled {
		r.opts.Log.Info("digest disabled")
		<-ctx.Done()
		return nil
	}
	r.job(ctx, runStartup)
	c := cron.New(cron.WithLocation(r.loc))
	c.Schedule(r.sched, cron.FuncJob(func() { r.job(ctx, runScheduled) }))
	c.Start()
	r.opts.Log.Info("digest scheduled", "next", r.sched.Next(r.opts.Now()).Format(time.RFC3339))
	for {
		select {
		case <-r.wake:
			r.job(ctx, runStartup)
		case <-ctx.Done():
			<-c.Stop().Done()
			return nil
		}
	}
}

// RunNow sends the digest of the period since the last digest's end (24
// hours when there is none) until now, whatever the schedule, after
// retrying a recorded, unsent period if there is one.
func (r *Runner) RunNow(ctx context.Context) ([]Delivery, error) {
	return r.run(ctx, runManual)
}

// Preview builds the digest RunNow would send for a new period, without
// recording or sending anything (scopeguard digest --dry-run).
func (r *Runner) Preview(ctx context.Context) (*notify.Digest, error) {
	last, err := r.opts.Store.LastDigest(ctx)
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	now := r.opts.Now()
	start := now.Add(-FirstPeriod)
	if last != nil {
		start = last.PeriodEnd
	}
	if !now.After(start) {
		start = now.Add(-time.Millisecond) // a digest just went out: an empty period
	}
	return notify.BuildDigest(ctx, r.opts.Store, r.book.Load(), r.opts.Owner, start, now)
}

// runKind says why a run happens, which decides whether a new period is due.
type runKind int

const (
	runStartup   runKind = iota // catch-up at start: only if a slot was missed
	runScheduled                // a cron slot fired
	runManual                   // RunNow: always
)

// job runs in the background: it outlives ctx (bounded by jobTimeout) so a
// shutdown never cuts a delivery in half.
func (r *Runner) job(ctx context.Context, kind runKind) {
	jctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), jobTimeout)
	defer cancel()
	if _, err := r.run(jctx, kind); err != nil {
		r.opts.Log.Error("digest failed", "err", err, "retry_in", retryDelay.String())
		time.AfterFunc(retryDelay, r.wakeUp)
	}
}

func (r *Runner) run(ctx context.Context, kind runKind) ([]Delivery, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []Delivery
	last, err := r.opts.Store.LastDigest(ctx)
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	now := r.opts.Now()
	if last != nil && last.Status != store.DigestSent {
		if age := now.Sub(last.RecordedAt); age < jobTimeout {
			r.opts.Log.Info("digest run in flight, checking later", "run", last.ID)
			time.AfterFunc(jobTimeout-age, r.wakeUp)
			return nil, nil
		}
		// An unsent period goes out before a new one is stacked on it.
		d, err := r.retry(ctx, last)
		if err != nil {
			return out, err
		}
		out = append(out, d)
	}
	if !r.due(last, now, kind) {
		return out, nil
	}
	start := now.Add(-FirstPeriod)
	if last != nil {
		start = last.PeriodEnd
	}
	// The store keeps milliseconds: the period must read back identical, as
	// the retried digest's Message-ID derives from it.
	start, end := start.Truncate(time.Millisecond), now.Truncate(time.Millisecond)
	if !end.After(start) {
		return out, nil
	}
	d, err := r.deliverNew(ctx, start, end)
	if err != nil || d == nil {
		return out, err
	}
	return append(out, *d), nil
}

func (r *Runner) wakeUp() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// due reports whether a new period should be sent now.
func (r *Runner) due(last *store.DigestRun, now time.Time, kind runKind) bool {
	switch {
	case kind == runManual:
		return true
	case last == nil:
		// No history: nothing was missed; the first slot starts it.
		return kind == runScheduled
	}
	// Some slot fell in (last end, now]: that covers both a missed slot at
	// start and the slot that just fired, and refuses a slot already covered.
	return !r.sched.Next(last.PeriodEnd).After(now)
}

func (r *Runner) deliverNew(ctx context.Context, start, end time.Time) (*Delivery, error) {
	dg, err := notify.BuildDigest(ctx, r.opts.Store, r.book.Load(), r.opts.Owner, start, end)
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	run, err := r.opts.Store.RecordDigest(ctx, start, end, r.opts.Now())
	if errors.Is(err, store.ErrOverlap) {
		r.opts.Log.Info("digest period already recorded elsewhere", "start", start.Format(time.RFC3339), "end", end.Format(time.RFC3339))
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	d, err := r.send(ctx, run, dg, false)
	return &d, err
}

// retry sends a recorded period again, rebuilt from the store.
func (r *Runner) retry(ctx context.Context, run *store.DigestRun) (Delivery, error) {
	r.opts.Log.Info("digest retried", "run", run.ID, "start", run.PeriodStart.Format(time.RFC3339))
	dg, err := notify.BuildDigest(ctx, r.opts.Store, r.book.Load(), r.opts.Owner, run.PeriodStart, run.PeriodEnd)
	if err != nil {
		return Delivery{}, fmt.Errorf("digest run %d: %w", run.ID, err)
	}
	return r.send(ctx, run, dg, true)
}

// send mails a recorded period's digest (or skips an empty one) and marks
// the run sent.
func (r *Runner) send(ctx context.Context, run *store.DigestRun, dg *notify.Digest, retry bool) (Delivery, error) {
	d := Delivery{Start: run.PeriodStart, End: run.PeriodEnd, Subject: dg.Subject(), Retry: retry}
	if dg.Empty() && !r.opts.Digest.SendEmpty {
		d.Skipped = true
	} else {
		msg, err := dg.Message(r.opts.From, r.opts.Now())
		if err != nil {
			return d, fmt.Errorf("digest run %d: %w", run.ID, err)
		}
		if err := r.opts.Send(ctx, msg); err != nil {
			return d, fmt.Errorf("digest run %d: %w", run.ID, err)
		}
	}
	if err := r.opts.Store.MarkDigestSent(ctx, run.ID, r.opts.Now()); err != nil && !errors.Is(err, store.ErrAlreadySent) {
		return d, fmt.Errorf("digest: %w", err)
	}
	r.opts.Log.Info("digest done", "run", run.ID, "skipped", d.Skipped, "retry", d.Retry,
		"start", d.Start.Format(time.RFC3339), "end", d.End.Format(time.RFC3339))
	return d, nil
}
