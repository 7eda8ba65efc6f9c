package notify

import (
	"context"
	"fmt"
	"sort"
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
	Failures(ctx context.Context, since, until time.Time) ([]store.Failure, error)
}

// Digest is the owner's summary of one period, grouped per contract.
type Digest struct {
	Since, Until time.Time // the period, [Since, Until)
	Owner        config.Owner
	Language     string // "fr" or "en"

	Clients []DigestClient
	Totals  []DigestAmount // value of the change orders of the period, per currency
	// Failed are the messages scopeguard could not process in the period:
	// they are in the mailbox, unanswered by it, for the owner to read.
	Failed []DigestFailure

	Messages     int // activities seen in the period
	OutOfScope   int // out_of_scope requests of the period
	OverLimit    int // revision_over_limit requests of the period
	ChangeOrders int // change orders created in the period
}

// Empty reports whether there is nothing the owner needs to know: the caller
// skips the digest, or sends a short "nothing to report" (config SendEmpty).
func (d *Digest) Empty() bool {
	if len(d.Failed) > 0 {
		return false
	}
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
// DigestFailure is a message skipped because it could not be processed.
type DigestFailure struct {
	Date          time.Time
	Mailbox       string // account/folder
	From, Subject string
	Error         string // shortened, one line
}

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
	failed, err := src.Failures(ctx, since, until)
	if err != nil {
		return nil, fmt.Errorf("building digest: reading skipped messages: %w", err)
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
	for _, f := range failed {
		d.Failed = append(d.Failed, DigestFailure{Date: f.At, Mailbox: f.Account + "/" + f.Mailbox,
			From: digestOneLine(f.From, 120), Subject: digestOneLine(f.Subject, 120), Error: digestOneLine(f.Error, 200)})
	}
	return d, nil
}
