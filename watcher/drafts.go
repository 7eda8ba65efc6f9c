package watcher

import (
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
	appendMu sync.Mutex // held from lookup to add around an APPEND
	mu       sync.Mutex
	ids      map[string]uint32
}

func (d *draftIndex) lookup(id string) (uint32, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	uid, ok := d.ids[id]
	return uid, ok
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

// saveDraft appends the draft unless the index shows one for the same
// client message; it returns the draft's UID (0 if the server did not say).
func (s *session) saveDraft(out Outcome) (uint32, bool, error) {
	id := out.MessageID
	if hv := messageID(headerValue(out.Draft, DraftHeader)); hv != "" {
		id = hv
	}
	if id == "" {
		return 0, false, Permanent(fmt.Errorf("draft has no %s header and the outcome no message id", DraftHeader))
	}
	// One APPEND at a time per account: two folders holding the same
	// message (Gmail labels) must not both draft it.
	s.w.drafts.appendMu.Lock()
	defer s.w.drafts.appendMu.Unlock()
	if uid, ok := s.w.drafts.lookup(id); ok {
		return uid, false, nil
	}
	draft := withDraftHeader(out.Draft, id)
	cmd := s.c.Append(s.draftsFolder, int64(len(draft)), &imap.AppendOptions{
		Flags: []imap.Flag{imap.FlagDraft, imap.FlagSeen},
	})
	if _, err := cmd.Write(draft); err != nil {
		cmd.Close()
		return 0, false, fmt.Errorf("appending draft to %q: %w", s.draftsFolder, err)
	}
	if err := cmd.Close(); err != nil {
		return 0, false, fmt.Errorf("appending draft to %q: %w", s.draftsFolder, err)
	}
	data, err := cmd.Wait()
	if err != nil {
		return 0, false, fmt.Errorf("appending draft to %q: %w", s.draftsFolder, err)
	}
	s.w.drafts.add(id, uint32(data.UID))
	return uint32(data.UID), true, nil
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
