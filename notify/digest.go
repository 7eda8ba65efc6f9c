package notify

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/store"
)

// DigestSource is the part of the store the digest reads. *store.Store
// implements it.
type DigestSource interface {
	Activity(ctx context.Context, since, until time.Time) ([]store.Activity, error)
	ChangeOrdersBetween(ctx context.Context, since, until time.Time) ([]store.ChangeOrder, error)
	UnclearWaiting(ctx context.Context, until time.Time) ([]store.Activity, error)
	Ledger(ctx context.Context, contract string) (contracts.Ledger, error)
}

// Digest is the owner's summary of one period, grouped per contract.
type Digest struct {
	Since, Until time.Time // the period, [Since, Until)
	Owner        config.Owner
	Language     string // "fr" or "en"

	Clients []DigestClient
	Totals  []DigestAmount // value of the change orders of the period, per currency

	Messages     int // activities seen in the period
	OutOfScope   int // out_of_scope requests of the period
	OverLimit    int // revision_over_limit requests of the period
	ChangeOrders int // change orders created in the period
}

// Empty reports whether there is nothing the owner needs to know: the caller
// skips the digest, or sends a short "nothing to report" (config SendEmpty).
func (d *Digest) Empty() bool {
	for _, c := range d.Clients {
		if !c.empty() {
			return false
		}
	}
	return true
}

// DigestClient is everything about one contract in a digest.
type DigestClient struct {
	Contract string // contract id
	Client   string
	Project  string
	Currency string

	Requests     []DigestItem // out of scope and over-limit revisions, oldest first
	Drafts       []DigestItem // replies drafted, not answered yet (up to 30 days old)
	ChangeOrders []DigestChangeOrder
	Unclear      []DigestItem // unclear requests still waiting for an answer
	Revisions    []DigestRevisions
	Signals      []DigestSignal
}

func (c *DigestClient) empty() bool {
	return len(c.Requests) == 0 && len(c.Drafts) == 0 && len(c.ChangeOrders) == 0 &&
		len(c.Unclear) == 0 && len(c.Signals) == 0
}

// DigestItem is one client message, as the digest shows it.
type DigestItem struct {
	Date        time.Time
	From        string
	Subject     string
	Excerpt     string // shortened, one line
	Verdict     contracts.Verdict
	Reason      string
	Deliverable string // deliverable name (or id when unknown)
	Exclusion   string
	DraftStatus string
}

// DigestChangeOrder is one change order created in the period.
type DigestChangeOrder struct {
	Number   string
	Amount   float64
	Currency string
	Status   string
	Created  time.Time
}

// DigestRevisions is the revision usage of one deliverable.
type DigestRevisions struct {
	Deliverable string // id
	Name        string
	Used        int
	Included    int
}

// Over reports whether more rounds were used than the contract includes.
func (r DigestRevisions) Over() bool { return r.Used > r.Included }

// DigestSignalKind names a relationship signal.
type DigestSignalKind string

const (
	// SignalTension: several tense messages in the period, or more than in
	// the previous period of equal length.
	SignalTension DigestSignalKind = "tension"
	// SignalMoreOutOfScope: more out-of-scope requests than in the previous
	// period of equal length, and at least two.
	SignalMoreOutOfScope DigestSignalKind = "more_out_of_scope"
)

// DigestSignal is a change in the relationship worth the owner's attention.
type DigestSignal struct {
	Kind     DigestSignalKind
	Count    int // in the period
	Previous int // in the previous period of equal length
}

// DigestAmount is a sum of money in one currency.
type DigestAmount struct {
	Currency string
	Value    float64
}

// digestDraftLookback is how far back, before the period, drafts still
// waiting for the owner are listed.
const digestDraftLookback = 30 * 24 * time.Hour

// digestExcerptRunes bounds excerpts: the digest is a summary, not a copy of
// client mail.
const digestExcerptRunes = 160

// BuildDigest collects the activity of [since, until) from the store and
// groups it per contract. Contracts no longer in book are still listed, under
// their id.
func BuildDigest(ctx context.Context, src DigestSource, book *contracts.Book, owner config.Owner, since, until time.Time) (*Digest, error) {
	if !until.After(since) {
		return nil, fmt.Errorf("building digest: empty period %s to %s", since.Format(time.RFC3339), until.Format(time.RFC3339))
	}
	acts, err := src.Activity(ctx, since, until)
	if err != nil {
		return nil, fmt.Errorf("building digest: reading activity: %w", err)
	}
	prev, err := src.Activity(ctx, since.Add(-until.Sub(since)), since)
	if err != nil {
		return nil, fmt.Errorf("building digest: reading previous activity: %w", err)
	}
	older, err := src.Activity(ctx, since.Add(-digestDraftLookback), since)
	if err != nil {
		return nil, fmt.Errorf("building digest: reading older drafts: %w", err)
	}
	cos, err := src.ChangeOrdersBetween(ctx, since, until)
	if err != nil {
		return nil, fmt.Errorf("building digest: reading change orders: %w", err)
	}
	unclear, err := src.UnclearWaiting(ctx, until)
	if err != nil {
		return nil, fmt.Errorf("building digest: reading unclear requests: %w", err)
	}

	b := &digestBuilder{book: book, byID: map[string]*DigestClient{}}
	d := &Digest{Since: since, Until: until, Owner: owner, Language: digestLanguage(owner.Language), Messages: len(acts)}
	for _, a := range acts {
		b.addActivity(d, a)
	}
	for _, a := range older {
		if a.Contract != "" && digestDraftWaiting(a) {
			c := b.client(a.Contract)
			c.Drafts = append(c.Drafts, b.item(a))
		}
	}
	for _, a := range unclear {
		if a.Verdict == contracts.Unclear && !a.Answered {
			c := b.client(a.Contract)
			c.Unclear = append(c.Unclear, b.item(a))
		}
	}
	totals := map[string]float64{}
	for _, co := range cos {
		c := b.client(co.Contract)
		c.ChangeOrders = append(c.ChangeOrders, DigestChangeOrder{
			Number: co.Number, Amount: co.Amount, Currency: co.Currency, Status: co.Status, Created: co.CreatedAt,
		})
		totals[co.Currency] += co.Amount
		d.ChangeOrders++
	}
	for cur, v := range totals {
		d.Totals = append(d.Totals, DigestAmount{Currency: cur, Value: v})
	}
	sort.Slice(d.Totals, func(i, j int) bool { return d.Totals[i].Currency < d.Totals[j].Currency })
	b.signals(acts, prev)
	if err := b.revisions(ctx, src); err != nil {
		return nil, err
	}
	d.Clients = b.sorted()
	return d, nil
}

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
