package watcher

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
)

// pending is a message known by UID and size, not yet fetched.
type pending struct {
	uid   uint32
	size  int64
	draft bool // flagged \Draft: never a client's message
}

// sync processes every message above lastUID, in UID order, in batches of
// bounded count and size. It stops between messages when ctx (intake) ends;
// the message in flight runs under work.
func (s *session) sync(ctx, work context.Context) error {
	backlog := 0
	for ctx.Err() == nil {
		list, err := s.listNew()
		if err != nil {
			return err
		}
		if len(list) == 0 {
			s.w.stats.synced(s.w.opts.Now())
			if backlog >= bigBacklog {
				// A daemon that idles for hours should not keep the
				// heap a backlog grew: give it back now rather than
				// over the next minutes.
				debug.FreeOSMemory()
			}
			return nil
		}
		backlog += len(list)
		// The next batch is fetched while this one is processed, so the
		// server reads mail while the Handler works (two batches in memory).
		next := s.prefetch(work, &list)
		for next != nil && ctx.Err() == nil {
			cur := next
			next = s.prefetch(work, &list)
			if err := s.runBatch(ctx, work, cur); err != nil {
				return err
			}
		}
	}
	return nil
}

// bigBacklog is the number of messages after which the memory a sync used
// is returned to the system at once.
const bigBacklog = 1000

// batch is a run of pending messages whose bodies are being fetched.
type batch struct {
	list   []pending
	done   chan struct{}
	bodies map[uint32][]byte
	bh     BatchHandler // from Batcher.Begin, once the bodies are in
	err    error
}

// prefetch cuts the next batch off *list and starts fetching it; nil when
// *list is empty. The fetch runs on its own goroutine, which reads every
// response even if nobody waits, so later commands are never blocked.
func (s *session) prefetch(ctx context.Context, list *[]pending) *batch {
	if len(*list) == 0 {
		return nil
	}
	n := batchLen(*list, s.w.opts.BatchSize, s.w.opts.BatchBytes, s.w.opts.MaxMessageSize)
	b := &batch{list: (*list)[:n], done: make(chan struct{}), bodies: map[uint32][]byte{}}
	*list = (*list)[n:]
	var set imap.UIDSet
	for _, p := range b.list {
		if !p.draft && p.size <= s.w.opts.MaxMessageSize {
			set.AddNum(imap.UID(p.uid))
		}
	}
	if len(set) == 0 {
		close(b.done)
		return b
	}
	go func() {
		defer close(b.done)
		if b.bodies, b.err = s.fetchBodies(set); b.err == nil {
			// A Batcher prepares this batch while the previous one is
			// being handled.
			b.bh, b.err = s.begin(ctx, b)
		}
	}()
	return b
}

// begin hands the fetched messages of b to the Handler if it is a Batcher.
func (s *session) begin(ctx context.Context, b *batch) (BatchHandler, error) {
	bt, ok := s.w.h.(Batcher)
	if !ok {
		return nil, nil
	}
	var ins []Incoming
	for _, p := range b.list {
		if raw, ok := b.bodies[p.uid]; ok && !p.draft && p.size <= s.w.opts.MaxMessageSize {
			ins = append(ins, s.incoming(p.uid, raw))
		}
	}
	if len(ins) == 0 {
		return nil, nil
	}
	bh, err := bt.Begin(ctx, ins)
	if err != nil {
		return nil, fmt.Errorf("beginning a batch in %q: %w", s.folder, err)
	}
	return bh, nil
}

// listNew returns the messages above lastUID. "UID n:*" also returns the
// highest message when nothing is new (RFC 9051 6.4.8), hence the filter.
func (s *session) listNew() ([]pending, error) {
	var set imap.UIDSet
	set.AddRange(imap.UID(s.lastUID+1), 0)
	cmd := s.c.Fetch(set, &imap.FetchOptions{UID: true, Flags: true, RFC822Size: true})
	defer cmd.Close()
	var list []pending
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		buf, err := msg.Collect()
		if err != nil {
			return nil, fmt.Errorf("listing new mail in %q: %w", s.folder, err)
		}
		if uint32(buf.UID) <= s.lastUID {
			continue
		}
		list = append(list, pending{uid: uint32(buf.UID), size: buf.RFC822Size, draft: slices.Contains(buf.Flags, imap.FlagDraft)})
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("listing new mail in %q: %w", s.folder, err)
	}
	slices.SortFunc(list, func(a, b pending) int { return int(int64(a.uid) - int64(b.uid)) })
	return list, nil
}

// batchLen returns how many messages of list the next fetch takes: at least
// one, at most max, and no more than maxBytes in all (oversize messages are
// not fetched, so they do not count).
func batchLen(list []pending, max int, maxBytes, oversize int64) int {
	var bytes int64
	for i, p := range list {
		if i == max {
			return i
		}
		if p.size <= oversize && !p.draft {
			bytes += p.size
		}
		if bytes > maxBytes && i > 0 {
			return i
		}
	}
	return len(list)
}

// runBatch waits for the bodies of b and processes them in UID order.
func (s *session) runBatch(ctx, work context.Context, b *batch) (err error) {
	<-b.done
	if b.err != nil {
		return b.err
	}
	bodies := b.bodies
	h, bh := s.w.h, b.bh
	if bh != nil {
		h = bh
	}
	// Originals are tagged and progress is recorded once per batch, also
	// when the batch stops early, and only after the Handler has made the
	// batch's work durable: a crash before that only repeats idempotent
	// work (the Handler reports drafts already saved as Done).
	defer func() {
		// The drafts sent are saved, or progress moves back before the
		// first that is not, before the batch's work is made durable.
		if serr := s.settleDrafts(work, h); serr != nil {
			s.w.stats.retries.Add(1)
			if err == nil {
				err = serr
			}
		}
		if bh != nil {
			if eerr := bh.End(work); eerr != nil {
				if err == nil {
					err = fmt.Errorf("ending a batch in %q: %w", s.folder, eerr)
				}
				return // a new session starts from the recorded progress
			}
		}
		if ferr := s.flush(work); err == nil {
			err = ferr
		}
	}()
	for _, p := range b.list {
		if ctx.Err() != nil {
			return nil
		}
		raw, ok := bodies[p.uid]
		delete(bodies, p.uid) // let the GC have it once processed
		switch {
		case p.draft:
			s.log.Debug("draft in watched folder skipped", "uid", p.uid)
			s.w.stats.skipped.Add(1)
		case p.size > s.w.opts.MaxMessageSize:
			s.log.Warn("message too large, skipped", "uid", p.uid, "size", p.size)
			s.w.stats.skipped.Add(1)
		case !ok:
			s.log.Debug("message vanished before fetch", "uid", p.uid)
		default:
			if err := s.process(work, h, p.uid, raw); err != nil {
				s.w.stats.retries.Add(1)
				return err
			}
			continue
		}
		s.advance(p.uid)
	}
	return nil
}

func (s *session) incoming(uid uint32, raw []byte) Incoming {
	return Incoming{Account: s.w.acct.Name, Mailbox: s.folder, UIDValidity: s.uidValidity, UID: uid, Raw: raw}
}

func (s *session) fetchBodies(set imap.UIDSet) (map[uint32][]byte, error) {
	section := &imap.FetchItemBodySection{Peek: true}
	cmd := s.c.Fetch(set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}})
	defer cmd.Close()
	bodies := make(map[uint32][]byte)
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		buf, err := msg.Collect()
		if err != nil {
			return nil, fmt.Errorf("fetching mail in %q: %w", s.folder, err)
		}
		if set.Contains(buf.UID) {
			bodies[uint32(buf.UID)] = buf.FindBodySection(section)
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("fetching mail in %q: %w", s.folder, err)
	}
	return bodies, nil
}

// process runs one message through the Handler and saves its draft; the
// batch's flush then tags the original and records progress. In that order,
// a crash at any point repeats only idempotent steps.
func (s *session) process(ctx context.Context, h Handler, uid uint32, raw []byte) error {
	in := s.incoming(uid, raw)
	if headerValue(raw, DraftHeader) != "" {
		s.log.Debug("scopeguard draft in watched folder skipped", "uid", uid)
		s.w.stats.skipped.Add(1)
		s.advance(uid)
		return nil
	}
	out, err := h.Handle(ctx, in)
	if err == nil && out.Draft != nil && !out.Done {
		err = s.startDraft(ctx, h, in, out)
	}
	if err != nil {
		if !isPermanent(err) {
			return fmt.Errorf("processing uid %d in %q: %w", uid, s.folder, err)
		}
		s.log.Warn("message skipped", "uid", uid, "message_id", messageID(headerValue(raw, "Message-Id")), "err", err)
		s.w.stats.skipped.Add(1)
		s.advance(uid)
		return nil
	}
	if out.Keyword && s.canKeyword {
		s.tag.AddNum(imap.UID(uid))
	}
	s.w.stats.processed.Add(1)
	s.advance(uid)
	return nil
}

// advance moves lastUID past uid in memory; flush records it.
func (s *session) advance(uid uint32) {
	s.lastUID = uid
	s.dirty = true
}

// flush tags the originals waiting for the keyword (never \Seen), then
// records lastUID in the State if it moved.
func (s *session) flush(ctx context.Context) error {
	if len(s.tag) > 0 {
		flags := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.Flag(s.w.keyword)}}
		if err := s.c.Store(s.tag, flags, nil).Close(); err != nil {
			return fmt.Errorf("tagging uids %v in %q: %w", s.tag, s.folder, err)
		}
		s.tag = nil
	}
	if !s.dirty {
		return nil
	}
	if err := s.w.st.SetMailboxState(ctx, s.w.acct.Name, s.folder, s.uidValidity, s.lastUID); err != nil {
		return fmt.Errorf("recording progress of %s/%s: %w", s.w.acct.Name, s.folder, err)
	}
	s.dirty = false
	return nil
}

// wait returns when the server announces new mail, when IDLE must be
// re-issued, or when ctx ends; without IDLE it polls.
func (s *session) wait(ctx context.Context) error {
	caps := s.c.Caps()
	if !caps.Has(imap.CapIdle) && !caps.Has(imap.CapIMAP4rev2) {
		select {
		case <-ctx.Done():
		case <-s.wake:
		case <-s.c.Closed():
			return errors.New("connection closed")
		case <-time.After(s.w.acct.PollInterval):
		}
		return nil
	}
	// With IdleCheck, IDLE is ended and re-issued every IdleCheck: a
	// server that reports new mail late while idling (Dovecot waits 0.5 s)
	// reports it at once when IDLE starts. Nothing is fetched unless the
	// server announced mail, so a check costs two short round trips.
	for {
		checked, err := s.idleOnce(ctx)
		if err != nil || !checked || ctx.Err() != nil {
			return err
		}
		select {
		case <-s.wake:
			return nil
		default:
		}
	}
}

// idleOnce runs one IDLE command until mail is announced, ctx ends, IDLE
// must be re-issued, or IdleCheck passes (then checked is true).
func (s *session) idleOnce(ctx context.Context) (checked bool, err error) {
	idle, err := s.c.Idle()
	if err != nil {
		return false, fmt.Errorf("starting idle on %q: %w", s.folder, err)
	}
	var check <-chan time.Time
	if s.w.opts.IdleCheck > 0 {
		t := time.NewTimer(s.w.opts.IdleCheck)
		defer t.Stop()
		check = t.C
	}
	restart := time.NewTimer(s.w.opts.IdleRestart)
	defer restart.Stop()
	select {
	case <-ctx.Done():
	case <-s.wake:
	case <-s.c.Closed():
	case <-restart.C:
	case <-check:
		checked = true
	}
	if err := idle.Close(); err != nil {
		return false, fmt.Errorf("ending idle on %q: %w", s.folder, err)
	}
	if err := idle.Wait(); err != nil {
		return false, fmt.Errorf("idle on %q: %w", s.folder, err)
	}
	return checked, nil
}
