// Package watcher is scopeguard's IMAP intake. For each configured account
// and folder it keeps one connection, waits for new mail with IDLE (or polls
// where IDLE is missing), hands every new message to a Handler, saves the
// Handler's draft into the Drafts folder and records progress in a State, so
// that no message is missed or processed twice across restarts, crashes,
// reconnections and UIDVALIDITY changes.
//
// It never reads message meaning (that is the Handler's job), never sets
// \Seen on a client's message and never sends mail.
package watcher

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/mailauth"
)

// DraftHeader marks scopeguard's drafts; its value is the client message's
// Message-ID in angle brackets.
const DraftHeader = "X-Scopeguard-Draft"

// Incoming is one message fetched from a watched folder.
type Incoming struct {
	Account, Mailbox string
	UIDValidity, UID uint32
	Raw              []byte
}

// Outcome is what the Handler decided for one message.
type Outcome struct {
	MessageID string // without angle brackets
	Draft     []byte // reply to save in Drafts; nil = no draft
	Keyword   bool   // tag the original with the configured keyword
	// Done says the draft was already saved by an earlier run (the Handler
	// recorded Appended): the watcher neither looks for it nor appends it,
	// so a draft the owner has since sent or deleted does not come back.
	Done bool
}

// Handler runs scopeguard's pipeline on one message.
type Handler interface {
	// Handle processes one message. It must be idempotent: called again for
	// the same message (after a crash) it returns the same Outcome, with the
	// same Draft bytes, without recording anything twice.
	Handle(ctx context.Context, in Incoming) (Outcome, error)
	// Appended is called after the draft is in the Drafts folder (uid 0 if
	// unknown) or was found there already.
	Appended(ctx context.Context, in Incoming, out Outcome, draftUID uint32) error
}

// Batcher is a Handler that does better with a whole fetched batch at
// once. The watcher calls Begin with the batch's messages, in UID order,
// before handling any of them, and handles them through the BatchHandler
// it returns; its End is called after the last one, also when the batch
// stops early, and before progress past them is recorded. A Batcher can
// read the messages in parallel in Begin and group its writes until End.
//
// Begin runs as soon as a batch is fetched, while the previous batch is
// being handled, and a batch begun is dropped without End if the session
// stops before handling it: Begin must not hold what only End releases.
type Batcher interface {
	Handler
	Begin(ctx context.Context, batch []Incoming) (BatchHandler, error)
}

// BatchHandler handles the messages of one batch.
type BatchHandler interface {
	Handler
	// End makes the batch's work durable. When it fails, progress is not
	// recorded and the batch is handled again later (Handle is idempotent).
	End(ctx context.Context) error
}

// State remembers, per account and folder, the UIDVALIDITY and the last UID
// processed. *store.Store implements it.
type State interface {
	MailboxState(ctx context.Context, account, mailbox string) (uidValidity, lastUID uint32, ok bool, err error)
	SetMailboxState(ctx context.Context, account, mailbox string, uidValidity, lastUID uint32) error
}

// ErrPermanent marks a Handler error that retrying cannot cure (malformed
// mail): the message is logged and skipped. Any other error is temporary: the
// batch stops and the message is tried again later.
var ErrPermanent = errors.New("permanent failure")

// Permanent wraps err so that errors.Is(err, ErrPermanent) holds.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrPermanent, err)
}

// Options tunes a Watcher. Zero values take the defaults in brackets.
type Options struct {
	BatchSize      int           // messages per UID FETCH [100]
	BatchBytes     int64         // bytes per UID FETCH; two batches are in memory [8 MiB]
	MaxMessageSize int64         // larger messages are skipped [50 MiB]
	IdleRestart    time.Duration // IDLE is re-issued after this [25m]
	// IdleCheck, if set, also looks for new mail this often while idling.
	// Dovecot announces new mail about 0.5 s after it arrives; a check every
	// 200 ms on a local server cuts the latency. Leave 0 for remote servers.
	IdleCheck    time.Duration
	Grace        time.Duration // in-flight message deadline after stop [30s]
	ResyncWindow time.Duration // after a UIDVALIDITY change, mail this recent is offered again [14 days]
	MinBackoff   time.Duration // first reconnect delay [1s]
	MaxBackoff   time.Duration // reconnect delay ceiling [5m]
	AuthRetry    time.Duration // delay after a refused login [10m]
	Healthy      time.Duration // a session this long resets the backoff [1m]
	RootCAs      *x509.CertPool
	Now          func() time.Time
}

func (o *Options) setDefaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 100
	}
	if o.BatchBytes <= 0 {
		o.BatchBytes = 8 << 20
	}
	if o.MaxMessageSize <= 0 {
		o.MaxMessageSize = 50 << 20
	}
	def(&o.IdleRestart, 25*time.Minute)
	def(&o.Grace, 30*time.Second)
	def(&o.ResyncWindow, 14*24*time.Hour)
	def(&o.MinBackoff, time.Second)
	def(&o.MaxBackoff, 5*time.Minute)
	def(&o.AuthRetry, 10*time.Minute)
	def(&o.Healthy, time.Minute)
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Watcher watches the folders of one account.
type Watcher struct {
	acct    config.Account
	keyword string
	h       Handler
	st      State
	log     *slog.Logger
	opts    Options
	auth    *mailauth.Auth
	authErr error
	since   time.Time // baseline for a first start
	// firstStart is the daemon's first start, if the State knows it: mail
	// older than that was never processed, so a resync skips it.
	firstStart time.Time

	drafts draftIndex
	stats  counters
}

// New returns a Watcher for acct. keyword ("" = none) is set on originals
// whose Outcome asks for it. Errors in the account's auth settings surface
// when Run starts.
func New(acct config.Account, keyword string, h Handler, st State, log *slog.Logger, opts Options) *Watcher {
	opts.setDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if len(acct.Folders) == 0 {
		acct.Folders = []string{"INBOX"}
	}
	if opts.IdleCheck <= 0 {
		opts.IdleCheck = acct.IdleCheck
	}
	if acct.PollInterval <= 0 {
		acct.PollInterval = 2 * time.Minute
	}
	w := &Watcher{
		acct: acct, keyword: keyword, h: h, st: st, opts: opts,
		log:   log.With("account", acct.Name),
		since: acct.Since,
	}
	if w.since.IsZero() {
		w.since = opts.Now()
	}
	w.auth, w.authErr = mailauth.New(acct.Auth, acct.Username, acct.Password, acct.Token)
	if w.auth != nil {
		w.auth.Host, w.auth.Port = acct.Host, acct.Port
	}
	w.drafts.ids = make(map[string]uint32)
	w.drafts.inflight = make(map[string]*inflight)
	return w
}

// Run watches every folder until ctx ends, then lets the message in flight
// finish (within Options.Grace) and returns. It returns an error only for a
// configuration the account can never work with.
func (w *Watcher) Run(ctx context.Context) error {
	if w.authErr != nil {
		return fmt.Errorf("account %s: %w", w.acct.Name, w.authErr)
	}
	if err := checkTLSMode(ctx, w.acct); err != nil {
		return fmt.Errorf("account %s: %w", w.acct.Name, err)
	}
	if fs, ok := w.st.(firstStarter); ok {
		t, err := fs.FirstStarted(ctx, w.opts.Now())
		switch {
		case ctx.Err() != nil:
			return nil
		case err != nil:
			// Not fatal: a resync then falls back to ResyncWindow.
			w.log.Warn("reading first start", "err", err)
		}
		w.firstStart = t
	}
	var wg sync.WaitGroup
	for _, folder := range w.acct.Folders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.watchFolder(ctx, folder)
		}()
	}
	wg.Wait()
	return nil
}

// Stats is a snapshot of a Watcher's counters for health reports.
type Stats struct {
	Processed  uint64 // messages handed to the Handler and recorded
	Drafts     uint64 // drafts appended
	Skipped    uint64 // permanent failures, drafts, oversize
	Retries    uint64 // temporary failures that stopped a batch
	Reconnects uint64 // sessions started after the first
	AuthFails  uint64
	Connected  int64 // folders with a live session
	LastSync   time.Time
	LastError  string
}

type counters struct {
	processed, drafts, skipped, retries, reconnects, authFails atomic.Uint64
	connected                                                  atomic.Int64
	mu                                                         sync.Mutex
	lastSync                                                   time.Time
	lastErr                                                    string
}

func (c *counters) synced(t time.Time) {
	c.mu.Lock()
	c.lastSync = t
	c.mu.Unlock()
}

func (c *counters) failed(err error) {
	c.mu.Lock()
	c.lastErr = err.Error()
	c.mu.Unlock()
}

// Stats returns the current counters.
func (w *Watcher) Stats() Stats {
	c := &w.stats
	c.mu.Lock()
	defer c.mu.Unlock()
	return Stats{
		Processed: c.processed.Load(), Drafts: c.drafts.Load(), Skipped: c.skipped.Load(),
		Retries: c.retries.Load(), Reconnects: c.reconnects.Load(), AuthFails: c.authFails.Load(),
		Connected: c.connected.Load(), LastSync: c.lastSync, LastError: c.lastErr,
	}
}

// Healthy reports whether every folder has a live session.
func (w *Watcher) Healthy() bool {
	return w.stats.connected.Load() == int64(len(w.acct.Folders))
}

// isPermanent reports whether err is marked with ErrPermanent.
func isPermanent(err error) bool { return errors.Is(err, ErrPermanent) }
