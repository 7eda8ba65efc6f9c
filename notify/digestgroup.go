package notify

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/store"
)

// digestBuilder accumulates per-contract groups.
type digestBuilder struct {
	book  *contracts.Book
	byID  map[string]*DigestClient
	order []string
}

func (b *digestBuilder) client(id string) *DigestClient {
	if c, ok := b.byID[id]; ok {
		return c
	}
	c := &DigestClient{Contract: id, Client: id}
	if k := b.contract(id); k != nil {
		c.Client, c.Project, c.Currency = k.Client, k.Project, k.Currency
	}
	b.byID[id] = c
	b.order = append(b.order, id)
	return c
}

func (b *digestBuilder) contract(id string) *contracts.Contract {
	if b.book == nil {
		return nil
	}
	return b.book.Get(id)
}

func (b *digestBuilder) addActivity(d *Digest, a store.Activity) {
	if a.Contract == "" {
		return // mail from no client: nothing to say about a relationship
	}
	c := b.client(a.Contract)
	switch a.Verdict {
	case contracts.OutOfScope:
		d.OutOfScope++
		c.Requests = append(c.Requests, b.item(a))
	case contracts.RevisionOverLimit:
		d.OverLimit++
		c.Requests = append(c.Requests, b.item(a))
	}
	if digestDraftWaiting(a) {
		c.Drafts = append(c.Drafts, b.item(a))
	}
}

// digestDraftWaiting reports whether a reply was drafted (or is about to
// be appended to Drafts) and the owner has not answered the client yet.
func digestDraftWaiting(a store.Activity) bool {
	switch a.DraftStatus {
	case store.DraftPending, store.DraftAppended:
		return !a.Answered
	}
	return false
}

func (b *digestBuilder) item(a store.Activity) DigestItem {
	it := DigestItem{
		Date: a.Date, From: a.From, Subject: digestOneLine(a.Subject, 200),
		Excerpt: digestOneLine(a.Excerpt, digestExcerptRunes), Verdict: a.Verdict,
		Reason: digestOneLine(a.Reason, 200), Deliverable: a.Deliverable, Exclusion: a.Exclusion,
		DraftStatus: a.DraftStatus,
	}
	if k := b.contract(a.Contract); k != nil {
		if dl := k.Deliverable(a.Deliverable); dl != nil {
			it.Deliverable = dl.Name
		}
	}
	return it
}

// signals compares the period with the previous one, per contract.
func (b *digestBuilder) signals(acts, prev []store.Activity) {
	type counts struct{ tension, oos, prevTension, prevOOS int }
	per := map[string]*counts{}
	get := func(id string) *counts {
		if per[id] == nil {
			per[id] = &counts{}
		}
		return per[id]
	}
	for _, a := range acts {
		if a.Contract == "" {
			continue
		}
		n := get(a.Contract)
		if a.Tension {
			n.tension++
		}
		if a.Verdict.Pushback() {
			n.oos++
		}
	}
	for _, a := range prev {
		if a.Contract == "" {
			continue
		}
		n := get(a.Contract)
		if a.Tension {
			n.prevTension++
		}
		if a.Verdict.Pushback() {
			n.prevOOS++
		}
	}
	for id, n := range per {
		if n.tension >= 2 || (n.tension > 0 && n.tension > n.prevTension) {
			c := b.client(id)
			c.Signals = append(c.Signals, DigestSignal{Kind: SignalTension, Count: n.tension, Previous: n.prevTension})
		}
		if n.oos >= 2 && n.oos > n.prevOOS {
			c := b.client(id)
			c.Signals = append(c.Signals, DigestSignal{Kind: SignalMoreOutOfScope, Count: n.oos, Previous: n.prevOOS})
		}
	}
}

// revisions fills the revision usage of every contract the digest mentions.
func (b *digestBuilder) revisions(ctx context.Context, src DigestSource) error {
	for _, id := range b.order {
		k := b.contract(id)
		if k == nil {
			continue
		}
		l, err := src.Ledger(ctx, id)
		if err != nil {
			return fmt.Errorf("building digest: reading ledger of %q: %w", id, err)
		}
		c := b.byID[id]
		for _, dl := range k.Deliverables {
			if dl.Revisions == 0 && l[dl.ID] == 0 {
				continue
			}
			c.Revisions = append(c.Revisions, DigestRevisions{Deliverable: dl.ID, Name: dl.Name, Used: l[dl.ID], Included: dl.Revisions})
		}
	}
	return nil
}

// sorted returns the groups in a stable order: clients with something to
// report first, then by client name.
func (b *digestBuilder) sorted() []DigestClient {
	out := make([]DigestClient, 0, len(b.order))
	for _, id := range b.order {
		c := b.byID[id]
		for _, l := range [][]DigestItem{c.Requests, c.Drafts, c.Unclear} {
			sort.SliceStable(l, func(i, j int) bool { return l[i].Date.Before(l[j].Date) })
		}
		sort.Slice(c.Signals, func(i, j int) bool { return c.Signals[i].Kind < c.Signals[j].Kind })
		out = append(out, *c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		ei, ej := out[i].empty(), out[j].empty()
		if ei != ej {
			return !ei
		}
		if out[i].Client != out[j].Client {
			return out[i].Client < out[j].Client
		}
		return out[i].Contract < out[j].Contract
	})
	return out
}

func digestLanguage(lang string) string {
	if strings.HasPrefix(strings.ToLower(lang), "fr") {
		return "fr"
	}
	return "en"
}

// digestOneLine folds whitespace and shortens s to at most n runes.
func digestOneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := strings.TrimRight(string(r[:n-1]), " ")
	return cut + "…"
}
