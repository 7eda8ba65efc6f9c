package watcher

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// draftFallbacks are tried, case-insensitively, when no folder carries the
// \Drafts special-use attribute.
var draftFallbacks = []string{"Drafts", "[Gmail]/Drafts", "[Google Mail]/Drafts", "Brouillons", "Entwürfe", "INBOX.Drafts", "INBOX/Drafts", "Draft"}

// draftIndex is the set of client Message-IDs that already have a scopeguard
// draft in the account's Drafts folder, with the draft's UID (0 if unknown).
// It is loaded from the server at each session start (after a crash it shows
// what an interrupted run appended) and grows with every APPEND, so that the
// check before APPEND costs no round trip. Only scopeguard adds entries.
type draftIndex struct {
	mu       sync.Mutex
	ids      map[string]uint32
	inflight map[string]*inflight // APPENDs sent and not yet answered
}

// inflight is an APPEND a session sent; done closes when it is settled.
type inflight struct {
	owner *session
	done  chan struct{}
}

// release ends the APPEND in flight for id: the draft is in the folder
// (ok, with its UID) or not.
func (d *draftIndex) release(id string, uid uint32, ok bool) {
	d.mu.Lock()
	if ok {
		if old, there := d.ids[id]; !there || old == 0 {
			d.ids[id] = uid
		}
	}
	f := d.inflight[id]
	delete(d.inflight, id)
	d.mu.Unlock()
	if f != nil {
		close(f.done)
	}
}

func (d *draftIndex) add(id string, uid uint32) {
	d.mu.Lock()
	if old, ok := d.ids[id]; !ok || old == 0 {
		d.ids[id] = uid
	}
	d.mu.Unlock()
}

// findDrafts returns the name of the Drafts folder: the configured one, else
// the one with \Drafts, else a well-known name.
func findDrafts(c *imapclient.Client, configured string) (string, error) {
	if configured != "" {
		return configured, nil
	}
	opts := &imap.ListOptions{}
	if c.Caps().Has(imap.CapSpecialUse) || c.Caps().Has(imap.CapIMAP4rev2) {
		opts.ReturnSpecialUse = true
	}
	list, err := c.List("", "*", opts).Collect()
	if err != nil {
		return "", fmt.Errorf("listing folders: %w", err)
	}
	for _, l := range list {
		for _, a := range l.Attrs {
			if strings.EqualFold(string(a), string(imap.MailboxAttrDrafts)) {
				return l.Mailbox, nil
			}
		}
	}
	for _, name := range draftFallbacks {
		for _, l := range list {
			if strings.EqualFold(l.Mailbox, name) {
				return l.Mailbox, nil
			}
		}
	}
	return "", fmt.Errorf("no drafts folder: none has the \\Drafts attribute nor a usual name; set drafts_folder")
}

// loadDrafts reads the X-Scopeguard-Draft header of every draft scopeguard
// left in folder into the index. It selects folder read-only: the caller
// selects the watched folder afterwards.
func (w *Watcher) loadDrafts(c *imapclient.Client, folder string) error {
	sel, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return fmt.Errorf("examining drafts folder %q: %w", folder, err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	var set imap.UIDSet
	res, err := c.UIDSearch(&imap.SearchCriteria{
		Header: []imap.SearchCriteriaHeaderField{{Key: DraftHeader}},
	}, nil).Wait()
	var ie *imap.Error
	switch {
	case errors.As(err, &ie):
		// Some servers cannot search an arbitrary header: read the header
		// of every draft instead (the folder is small).
		w.log.Info("drafts folder search refused, reading every draft", "folder", folder, "err", err)
		set.AddRange(1, 0)
	case err != nil:
		return fmt.Errorf("searching drafts folder %q for %s: %w", folder, DraftHeader, err)
	default:
		uids := res.AllUIDs()
		if len(uids) == 0 {
			return nil
		}
		set = imap.UIDSetNum(uids...)
	}
	section := &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, HeaderFields: []string{DraftHeader}, Peek: true}
	cmd := c.Fetch(set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}})
	defer cmd.Close()
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		buf, err := msg.Collect()
		if err != nil {
			return fmt.Errorf("reading drafts folder %q: %w", folder, err)
		}
		if id := messageID(headerValue(buf.FindBodySection(section), DraftHeader)); id != "" {
			w.drafts.add(id, uint32(buf.UID))
		}
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("reading drafts folder %q: %w", folder, err)
	}
	return nil
}

// pendingDraft is a draft whose APPEND was sent and is not yet answered.
type pendingDraft struct {
	in  Incoming
	out Outcome
	id  string
	cmd *imapclient.AppendCommand
}

// claim returns the UID of the draft for id already in the folder (found),
// or reserves id for an APPEND by s. An APPEND for the same id by another
// session (Gmail labels: one message in two folders) is waited for; s
// first settles its own, so that two sessions never wait on each other.
func (s *session) claim(ctx context.Context, h Handler, id string) (uid uint32, found bool, err error) {
	d := &s.w.drafts
	for {
		d.mu.Lock()
		if uid, ok := d.ids[id]; ok {
			d.mu.Unlock()
			return uid, true, nil
		}
		f, busy := d.inflight[id]
		if !busy {
			d.inflight[id] = &inflight{owner: s, done: make(chan struct{})}
			d.mu.Unlock()
			return 0, false, nil
		}
		d.mu.Unlock()
		if err := s.settleDrafts(ctx, h); err != nil {
			return 0, false, err
		}
		if f.owner != s {
			select {
			case <-f.done:
			case <-ctx.Done():
				return 0, false, ctx.Err()
			}
		}
		// Settled: the draft is in the folder now, or its APPEND failed.
	}
}

// startDraft sends the APPEND of out.Draft unless the folder has it
// already, and does not wait for the answer: the batch's next messages are
// handled meanwhile, and settleDrafts collects the answers. A draft found
// in the folder is reported to the Handler at once.
func (s *session) startDraft(ctx context.Context, h Handler, in Incoming, out Outcome) error {
	id := out.MessageID
	if hv := messageID(headerValue(out.Draft, DraftHeader)); hv != "" {
		id = hv
	}
	if id == "" {
		return Permanent(fmt.Errorf("draft has no %s header and the outcome no message id", DraftHeader))
	}
	uid, found, err := s.claim(ctx, h, id)
	if err != nil {
		return err
	}
	if found {
		s.log.Info("draft already in drafts, not appended again", "uid", in.UID, "message_id", out.MessageID)
		if err := h.Appended(ctx, in, out, uid); err != nil {
			return fmt.Errorf("recording draft: %w", err)
		}
		return nil
	}
	draft := withDraftHeader(out.Draft, id)
	cmd := s.c.Append(s.draftsFolder, int64(len(draft)), &imap.AppendOptions{
		Flags: []imap.Flag{imap.FlagDraft, imap.FlagSeen},
	})
	if _, err := cmd.Write(draft); err != nil {
		cmd.Close()
		s.w.drafts.release(id, 0, false)
		return fmt.Errorf("appending draft to %q: %w", s.draftsFolder, err)
	}
	if err := cmd.Close(); err != nil {
		s.w.drafts.release(id, 0, false)
		return fmt.Errorf("appending draft to %q: %w", s.draftsFolder, err)
	}
	s.pending = append(s.pending, pendingDraft{in: in, out: out, id: id, cmd: cmd})
	return nil
}

// settleDrafts waits for the answers to the APPENDs sent and reports each
// saved draft to the Handler. Progress is moved back before the first
// message whose draft failed to be saved or recorded, so that it is tried
// again; the first error is returned.
func (s *session) settleDrafts(ctx context.Context, h Handler) error {
	pending := s.pending
	s.pending = nil
	var first error
	fail := func(in Incoming, err error) {
		if first == nil {
			first = err
		}
		if s.lastUID >= in.UID {
			s.lastUID, s.dirty = in.UID-1, true
		}
	}
	for _, p := range pending {
		data, err := p.cmd.Wait()
		if err != nil {
			s.w.drafts.release(p.id, 0, false)
			fail(p.in, fmt.Errorf("appending draft to %q: %w", s.draftsFolder, err))
			continue
		}
		uid := uint32(data.UID)
		s.w.drafts.release(p.id, uid, true)
		s.w.stats.drafts.Add(1)
		s.log.Info("draft saved", "uid", p.in.UID, "draft_uid", uid, "message_id", p.out.MessageID)
		if err := h.Appended(ctx, p.in, p.out, uid); err != nil {
			fail(p.in, fmt.Errorf("recording draft: %w", err))
		}
	}
	return first
}

// keywordAllowed reports whether the selected folder lets us store kw.
func keywordAllowed(permanent []imap.Flag, kw string) bool {
	for _, f := range permanent {
		if f == imap.FlagWildcard || strings.EqualFold(string(f), kw) {
			return true
		}
	}
	return false
}
