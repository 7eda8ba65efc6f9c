package watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// session is one connection watching one folder.
type session struct {
	w            *Watcher
	c            *imapclient.Client
	folder       string
	log          *slog.Logger
	draftsFolder string
	uidValidity  uint32
	lastUID      uint32
	dirty        bool        // lastUID moved since it was last recorded
	tag          imap.UIDSet // originals to tag before recording progress
	canKeyword   bool
	empty        bool   // the folder was empty when selected
	uidNext      uint32 // UIDNEXT when selected
	wake         chan struct{}
	pending      []pendingDraft // APPENDs sent in this batch, not yet answered
}

// watchFolder runs sessions on folder until ctx ends, reconnecting with
// backoff; a refused login waits Options.AuthRetry instead.
func (w *Watcher) watchFolder(ctx context.Context, folder string) {
	log := w.log.With("folder", folder)
	bo := backoff{min: w.opts.MinBackoff, max: w.opts.MaxBackoff}
	for n := 0; ctx.Err() == nil; n++ {
		if n > 0 {
			w.stats.reconnects.Add(1)
		}
		start := time.Now()
		err := w.runSession(ctx, folder, log)
		if ctx.Err() != nil {
			return
		}
		if time.Since(start) >= w.opts.Healthy {
			bo.reset()
		}
		var delay time.Duration
		if errors.Is(err, errAuth) {
			w.stats.authFails.Add(1)
			delay = jitter(w.opts.AuthRetry)
			log.Error("login refused, will retry slowly: check the username and secret", "err", err, "retry_in", delay.Round(time.Second))
		} else {
			delay = bo.next()
			log.Warn("session ended, reconnecting", "err", err, "retry_in", delay.Round(time.Millisecond))
		}
		if err != nil {
			w.stats.failed(err)
		}
		sleep(ctx, delay)
	}
}

// graceContext returns the context in-flight work runs under: it outlives
// ctx by grace, so the message being processed when intake stops can finish.
func graceContext(ctx context.Context, grace time.Duration) (context.Context, context.CancelFunc) {
	work, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(ctx, func() { time.AfterFunc(grace, cancel) })
	return work, func() { stop(); cancel() }
}

func (w *Watcher) runSession(ctx context.Context, folder string, log *slog.Logger) error {
	s := &session{w: w, folder: folder, log: log, wake: make(chan struct{}, 1)}
	c, err := w.connect(ctx, s.notify)
	if err != nil {
		return err
	}
	defer c.Close()
	s.c = c

	work, cancel := graceContext(ctx, w.opts.Grace)
	defer cancel()
	// When the grace period is over, closing the connection aborts any
	// command still waiting on the server.
	defer context.AfterFunc(work, func() { c.Close() })()

	if err := s.prepare(work); err != nil {
		return err
	}
	w.stats.connected.Add(1)
	defer w.stats.connected.Add(-1)
	log.Debug("watching", "uidvalidity", s.uidValidity, "last_uid", s.lastUID, "drafts", s.draftsFolder)
	for {
		if err := s.sync(ctx, work); err != nil {
			return err
		}
		if ctx.Err() != nil {
			_ = c.Logout().Wait()
			return nil
		}
		if err := s.wait(ctx); err != nil {
			return err
		}
	}
}

// notify runs on the client's reader goroutine: it must never block.
func (s *session) notify() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// prepare finds the Drafts folder, loads its index, selects the watched
// folder and settles where processing starts.
func (s *session) prepare(ctx context.Context) error {
	var err error
	if s.draftsFolder, err = findDrafts(s.c, s.w.acct.DraftsFolder); err != nil {
		return err
	}
	if err := s.w.loadDrafts(s.c, s.draftsFolder); err != nil {
		return err
	}
	sel, err := s.c.Select(s.folder, nil).Wait()
	if err != nil {
		return fmt.Errorf("selecting %q: %w", s.folder, err)
	}
	s.uidValidity = sel.UIDValidity
	s.empty = sel.NumMessages == 0
	s.uidNext = uint32(sel.UIDNext)
	s.canKeyword = s.w.keyword != "" && keywordAllowed(sel.PermanentFlags, s.w.keyword)
	if s.w.keyword != "" && !s.canKeyword {
		s.log.Warn("folder does not accept keywords; originals will not be tagged", "keyword", s.w.keyword)
	}
	return s.startPoint(ctx)
}

// startPoint reads the stored state. A first start records a baseline at
// Since; a UIDVALIDITY change re-offers the last ResyncWindow of mail, which
// the idempotent Handler deduplicates by Message-ID.
func (s *session) startPoint(ctx context.Context) error {
	acct := s.w.acct.Name
	uidv, last, ok, err := s.w.st.MailboxState(ctx, acct, s.folder)
	if err != nil {
		return fmt.Errorf("reading state of %s/%s: %w", acct, s.folder, err)
	}
	if ok && uidv == s.uidValidity {
		s.lastUID = last
		return nil
	}
	cutoff := s.w.since
	if ok {
		cutoff = s.resyncCutoff()
	}
	var base uint32
	if !ok && s.w.acct.Since.IsZero() && s.uidNext > 0 {
		base = s.uidNext - 1 // everything present at the first start
	} else if base, err = s.baseline(cutoff); err != nil {
		return err
	}
	if err := s.w.st.SetMailboxState(ctx, acct, s.folder, s.uidValidity, base); err != nil {
		return fmt.Errorf("recording baseline of %s/%s: %w", acct, s.folder, err)
	}
	if ok {
		s.log.Warn("uidvalidity changed, resyncing recent mail", "old", uidv, "new", s.uidValidity, "since", cutoff, "baseline_uid", base)
	} else {
		s.log.Info("first start, baseline recorded", "since", cutoff, "baseline_uid", base)
	}
	s.lastUID = base
	return nil
}

// baseline returns the highest UID whose INTERNALDATE is before cutoff.
func (s *session) baseline(cutoff time.Time) (uint32, error) {
	if s.empty {
		return 0, nil
	}
	var set imap.UIDSet
	set.AddRange(1, 0) // 1:*
	cmd := s.c.Fetch(set, &imap.FetchOptions{UID: true, InternalDate: true})
	defer cmd.Close()
	var base uint32
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		buf, err := msg.Collect()
		if err != nil {
			return 0, fmt.Errorf("reading dates in %q: %w", s.folder, err)
		}
		// INTERNALDATE has whole seconds: a message in cutoff's second is
		// not "before" it (offering it again is safe, the Handler dedupes).
		if buf.InternalDate.Before(cutoff.Truncate(time.Second)) && uint32(buf.UID) > base {
			base = uint32(buf.UID)
		}
	}
	if err := cmd.Close(); err != nil {
		return 0, fmt.Errorf("reading dates in %q: %w", s.folder, err)
	}
	return base, nil
}

// firstStarter is implemented by States that remember the daemon's first
// start (*store.Store does).
type firstStarter interface {
	FirstStarted(ctx context.Context, now time.Time) (time.Time, error)
}

// resyncCutoff is the date from which mail is offered again after a
// UIDVALIDITY change: the configured since (else the daemon's first start,
// when the State knows it), but no earlier than ResyncWindow ago.
func (s *session) resyncCutoff() time.Time {
	cutoff := s.w.opts.Now().Add(-s.w.opts.ResyncWindow)
	from := s.w.acct.Since
	if from.IsZero() {
		from = s.w.firstStart
	}
	if from.After(cutoff) {
		cutoff = from
	}
	return cutoff
}
