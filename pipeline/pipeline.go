// Package pipeline runs scopeguard's work on one client email: read it,
// route it to its contract, classify it, record verdict and ledger, and
// draft the reply and change order. It implements watcher.Handler, and
// watcher.Batcher for backlogs: a batch is read and analysed in parallel,
// decided in order and written in one transaction.
//
// It is idempotent on the message's Message-ID: a message handled again
// after a crash gets the same verdict and the same draft bytes, and records
// nothing twice. It never sends mail.
package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"mime"
	"net/mail"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"
	"unicode"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/message"
	"github.com/scopeguard/scopeguard/notify"
	"github.com/scopeguard/scopeguard/store"
	"github.com/scopeguard/scopeguard/watcher"
)

// Env is the reloadable part: configuration, contracts and templates. The
// daemon swaps it whole on SIGHUP.
type Env struct {
	Config   *config.Config
	Book     *contracts.Book
	Composer *notify.Composer
}

// Pipeline handles messages for the watchers.
type Pipeline struct {
	st     *store.Store
	engine *contracts.Engine
	env    func() *Env
	log    *slog.Logger
	now    func() time.Time

	// OnResult, if set, is called once per newly classified message (the
	// demo prints a table from it).
	OnResult func(Event)
}

// Event tells what happened to one message.
type Event struct {
	Account, MessageID, From, Subject string
	Result                            contracts.Result
	Draft                             bool
	ChangeOrder                       string // its number, if any
}

// New builds a pipeline. env returns the current environment.
func New(st *store.Store, engine *contracts.Engine, env func() *Env, log *slog.Logger, now func() time.Time) *Pipeline {
	if now == nil {
		now = time.Now
	}
	return &Pipeline{st: st, engine: engine, env: env, log: log, now: now}
}

var _ watcher.Handler = (*Pipeline)(nil)

// messageID returns the Message-ID, or a stable one made from the bytes for
// the rare message without one.
func messageID(m *message.Message, raw []byte) string {
	if m.MessageID != "" {
		return m.MessageID
	}
	sum := sha256.Sum256(raw)
	return "sg-" + hex.EncodeToString(sum[:16]) + "@scopeguard.invalid"
}

// Handle implements watcher.Handler.
func (p *Pipeline) Handle(ctx context.Context, in watcher.Incoming) (watcher.Outcome, error) {
	j := &job{p: p, st: p.st, env: p.env(), in: in}
	return j.run(ctx)
}

// job is one message being handled: the store it writes to (the
// pipeline's, or its batch's), the environment it is read with, and what
// was prepared for it.
type job struct {
	p   *Pipeline
	st  *store.Store
	env *Env
	in  watcher.Incoming
	pre *prepared // nil: prepared on the way
	// ledgers caches ledgers by contract while a batch's transaction is
	// open; nil outside a batch.
	ledgers map[string]contracts.Ledger
	// known, in a batch, holds the Message-IDs of the batch that the
	// store knew when its transaction began, and those handled since.
	known map[string]bool
	// later, in a batch, records a new message's verdict on the batch's
	// writer, in order, while the next messages are decided; flush waits
	// for those writes (and reports their errors) before the store is
	// used otherwise. Both nil outside a batch.
	later func(store.Processed)
	flush func() error
}

// store returns the store, once the batch's deferred writes are done.
func (j *job) store() (*store.Store, error) {
	if j.flush != nil {
		if err := j.flush(); err != nil {
			return nil, err
		}
	}
	return j.st, nil
}

// isNew reports whether the message is known to be unrecorded, so that
// looking up its stored verdict and draft can be skipped.
func (j *job) isNew(id string) bool { return j.known != nil && !j.known[id] }

func (j *job) run(ctx context.Context) (out watcher.Outcome, err error) {
	in := j.in
	// A bug met on one message must not stop the daemon: restarted, it
	// would meet the same message again and never get past it. The message
	// is skipped as permanently failed, with the stack in the log.
	defer func() {
		if r := recover(); r != nil {
			j.p.log.Error("internal error, message skipped", "account", in.Account, "mailbox", in.Mailbox,
				"uid", in.UID, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			out, err = watcher.Outcome{}, watcher.Permanent(fmt.Errorf("%s/%s uid %d: internal error: %v", in.Account, in.Mailbox, in.UID, r))
		}
		if errors.Is(err, watcher.ErrPermanent) {
			j.recordFailure(ctx, err)
		}
		if j.known != nil && j.pre != nil && j.pre.id != "" {
			j.known[j.pre.id] = true // a repeat in the batch looks it up
		}
	}()
	return j.handle(ctx)
}

// prepared is the part of handling a message that reads neither the store
// nor the ledger, so that a batch's messages are prepared in parallel.
type prepared struct {
	m   *message.Message
	id  string // messageID(m)
	err error
	c   *contracts.Contract // nil: the owner's own, ours, or an unknown sender
	an  *contracts.Analysis // set with c
}

func (p *Pipeline) prepare(env *Env, in watcher.Incoming) (pre *prepared) {
	pre = &prepared{}
	// A panic here is met again, and reported, when the message is handled.
	defer func() {
		if r := recover(); r != nil {
			pre = &prepared{err: fmt.Errorf("internal error: %v", r)}
		}
	}()
	// The header decides whether the body is read at all: the owner's
	// own mail and unknown senders (most of a mailbox) are only recorded.
	head, err := message.ReadHead(in.Raw)
	if err != nil {
		pre.err = err
		return pre
	}
	pre.m = head.Message
	m := pre.m
	pre.id = messageID(m, in.Raw)
	if m.XScopeguard != "" || ownAddress(env.Config, m.From.Address) {
		return pre
	}
	if pre.c = env.Book.Route(m.From.Address); pre.c != nil {
		if pre.m, pre.err = head.Read(); pre.err != nil {
			return pre
		}
		m = pre.m
		today := localDate(env, p.now, m)
		pre.an = p.engine.Analyze(pre.c, contracts.Input{Subject: m.Subject, Text: m.Text, Forwarded: m.Forwarded, Automated: m.Automated(), Today: today})
	}
	return pre
}

// recordFailure keeps a skipped message for the digest, with what can be
// read of its headers; failing to record it is only logged (the message
// stays skipped either way, and the watcher logs it too).
func (j *job) recordFailure(ctx context.Context, cause error) {
	in := j.in
	f := store.Failure{Account: in.Account, Mailbox: in.Mailbox, UIDValidity: in.UIDValidity, UID: in.UID,
		Error: cause.Error(), At: j.p.now()}
	if m, err := mail.ReadMessage(bytes.NewReader(in.Raw)); err == nil {
		dec := new(mime.WordDecoder)
		header := func(k string) string {
			v := m.Header.Get(k)
			if d, err := dec.DecodeHeader(v); err == nil {
				v = d
			}
			return strings.ToValidUTF8(v, "\uFFFD")
		}
		f.Subject, f.MessageID = header("Subject"), strings.Trim(header("Message-Id"), "<> ")
		f.From = header("From")
		if a, err := mail.ParseAddress(f.From); err == nil {
			f.From = a.Address
		}
	}
	st, err := j.store()
	if err == nil {
		err = st.RecordFailure(ctx, f)
	}
	if err != nil {
		j.p.log.Error("recording a skipped message for the digest", "err", err)
	}
}

func (j *job) handle(ctx context.Context) (watcher.Outcome, error) {
	env, in := j.env, j.in
	if j.pre == nil {
		j.pre = j.p.prepare(env, in)
	}
	m, err := j.pre.m, j.pre.err
	if err != nil {
		return watcher.Outcome{}, watcher.Permanent(fmt.Errorf("%s/%s uid %d: %w", in.Account, in.Mailbox, in.UID, err))
	}
	id := j.pre.id
	if m.MessageID == "" {
		m.MessageID = id // the draft header names the same id the store keeps
	}
	out := watcher.Outcome{MessageID: id}
	log := &msgLog{ctx: ctx, l: j.p.log, attrs: []any{"account", in.Account, "mailbox", in.Mailbox, "uid", in.UID, "message_id", id}}

	// Our own drafts and the owner's own mail are never answered: no loops.
	if m.XScopeguard != "" || ownAddress(env.Config, m.From.Address) {
		// The owner's own answer (in a watched Sent folder) tells the
		// digest the client is no longer waiting.
		if m.XScopeguard == "" {
			for _, parent := range m.InReplyTo {
				st, err := j.store()
				if err == nil {
					err = st.MarkAnswered(ctx, parent, j.p.now())
				}
				if err != nil && !errors.Is(err, store.ErrNotFound) {
					return out, err
				}
			}
		}
		log.log(slog.LevelDebug, "skipping own message")
		return out, nil
	}
	// A draft already made for this message (an earlier run crashed or the
	// message came back after a UIDVALIDITY change).
	if j.isNew(id) {
		// nothing stored to look up
	} else if d, err := j.draftFor(ctx, id); err != nil {
		return out, err
	} else if d != nil {
		out.Draft, out.Keyword = d.Raw, env.Config.Replies.Keyword != ""
		out.Done = d.Status == store.DraftAppended
		return out, nil
	}

	c := j.pre.c
	if c == nil {
		log.log(slog.LevelDebug, "sender matches no contract", "from", m.From.Address)
		st, err := j.store()
		if err == nil {
			_, err = st.RecordProcessed(ctx, j.processed(m, id, contracts.Result{}))
		}
		if err != nil {
			return out, err
		}
		return out, nil
	}

	res, fresh, err := j.result(ctx, m, id, c)
	if err != nil {
		return out, err
	}
	log.attrs = append(log.attrs, "contract", c.ID, "verdict", res.Verdict)
	if fresh {
		log.log(slog.LevelInfo, "message classified", "deliverable", res.Deliverable, "exclusion", res.Exclusion)
	}

	if !env.Config.Replies.Drafts { // observe mode: the digest still reports
		if fresh && j.p.OnResult != nil {
			j.p.OnResult(Event{Account: in.Account, MessageID: id, From: m.From.Address, Subject: m.Subject, Result: res})
		}
		return out, nil
	}
	reply, err := j.reply(ctx, c, m, id, res)
	if err != nil {
		return out, err
	}
	if reply != nil {
		st, err := j.store()
		if err == nil {
			err = st.RecordDraftIntent(ctx, store.Draft{MessageID: id, Account: in.Account, DraftID: "<" + id + ">", Raw: reply.EML})
		}
		if err != nil {
			return out, err
		}
		out.Draft = reply.EML
		log.log(slog.LevelInfo, "reply drafted", "change_order", reply.ChangeOrder != nil)
	}
	out.Keyword = env.Config.Replies.Keyword != "" && (res.Verdict.Pushback() || res.Verdict == contracts.Unclear)
	if fresh && j.p.OnResult != nil {
		ev := Event{Account: in.Account, MessageID: id, From: m.From.Address, Subject: m.Subject, Result: res, Draft: reply != nil}
		if reply != nil && reply.ChangeOrder != nil {
			ev.ChangeOrder = reply.ChangeOrder.Number
		}
		j.p.OnResult(ev)
	}
	return out, nil
}

// msgLog logs about one message. Its attributes are formatted only when a
// line is written: a backlog handled at level warn writes none.
type msgLog struct {
	ctx   context.Context
	l     *slog.Logger
	attrs []any
}

func (m *msgLog) log(level slog.Level, msg string, args ...any) {
	if m.l.Enabled(m.ctx, level) {
		m.l.Log(m.ctx, level, msg, append(m.attrs[:len(m.attrs):len(m.attrs)], args...)...)
	}
}

// Appended implements watcher.Handler.
func (p *Pipeline) Appended(ctx context.Context, in watcher.Incoming, out watcher.Outcome, draftUID uint32) error {
	return p.st.MarkDraftAppended(ctx, out.MessageID, draftUID, p.now())
}

// result classifies the message, or returns the verdict stored by an
// earlier run: the ledger has moved since, so classifying again could differ.
func (j *job) result(ctx context.Context, m *message.Message, id string, c *contracts.Contract) (contracts.Result, bool, error) {
	if j.isNew(id) {
		// nothing stored to look up
	} else if r, err := j.resultFor(ctx, id); err != nil {
		return contracts.Result{}, false, err
	} else if r != nil {
		return *r, false, nil
	}
	ledger, err := j.ledger(ctx, c.ID)
	if err != nil {
		return contracts.Result{}, false, err
	}
	res := j.pre.an.Decide(maps.Clone(ledger))
	var already bool
	if j.later != nil && j.isNew(id) {
		// Nobody else writes while the batch's transaction is open, and
		// the batch knows its own: the message is new, recorded in order.
		j.later(j.processed(m, id, res))
	} else {
		st, err := j.store()
		if err != nil {
			return contracts.Result{}, false, err
		}
		if already, err = st.RecordProcessed(ctx, j.processed(m, id, res)); err != nil {
			return contracts.Result{}, false, err
		}
	}
	if !already && j.ledgers != nil && store.CountsAsRound(res) {
		ledger[res.Deliverable]++
	}
	if already { // another run got there first: use what it recorded
		if r, err := j.resultFor(ctx, id); err == nil && r != nil {
			return *r, false, nil
		}
	}
	return res, true, nil
}

func (j *job) draftFor(ctx context.Context, id string) (*store.Draft, error) {
	st, err := j.store()
	if err != nil {
		return nil, err
	}
	return st.DraftFor(ctx, id)
}

func (j *job) resultFor(ctx context.Context, id string) (*contracts.Result, error) {
	st, err := j.store()
	if err != nil {
		return nil, err
	}
	return st.ResultFor(ctx, id)
}

// ledger returns the rounds used on contract's deliverables. In a batch it
// is read once per contract and kept up to date as rounds are recorded:
// the batch's transaction holds the write lock, so nobody else can change
// it meanwhile (and counting the rounds again for every message of a long
// backfill grows with the ledger).
func (j *job) ledger(ctx context.Context, contract string) (contracts.Ledger, error) {
	if l, ok := j.ledgers[contract]; ok {
		return l, nil
	}
	st, err := j.store()
	if err != nil {
		return nil, err
	}
	l, err := st.Ledger(ctx, contract)
	if err == nil && j.ledgers != nil {
		j.ledgers[contract] = l
	}
	return l, err
}

func (j *job) localDate(m *message.Message) time.Time { return localDate(j.env, j.p.now, m) }

// localDate is the message's date (now if it has none) in the owner's zone.
func localDate(env *Env, now func() time.Time, m *message.Message) time.Time {
	t := m.Date
	if t.IsZero() {
		t = now()
	}
	if loc := env.Config.Owner.Location; loc != nil {
		t = t.In(loc)
	}
	return t
}

func (j *job) processed(m *message.Message, id string, r contracts.Result) store.Processed {
	in := j.in
	return store.Processed{
		MessageID: id, Account: in.Account, Mailbox: in.Mailbox, UIDValidity: in.UIDValidity, UID: in.UID,
		From: m.From.Address, Subject: m.Subject, Date: j.localDate(m), Excerpt: excerpt(m.Text, 240),
		Result: r, ProcessedAt: j.p.now(),
	}
}

// reply drafts the answer and its change order, if the verdict calls for
// one. The inputs are the ledger and orders as they stood before this
// message, so a rebuild after a crash gives the same bytes.
func (j *job) reply(ctx context.Context, c *contracts.Contract, m *message.Message, id string, res contracts.Result) (*notify.Reply, error) {
	env := j.env
	now := j.p.now()
	if loc := env.Config.Owner.Location; loc != nil {
		now = now.In(loc)
	}
	// The configured clock, not the message's date: answering a backlog
	// after downtime must not propose deadlines already past.
	in := notify.ReplyInput{Contract: c, Result: res, Message: m, Owner: env.Config.Owner, Replies: env.Config.Replies, Now: now}
	st, err := j.store()
	if err != nil {
		return nil, err
	}
	if res.Deliverable != "" {
		// Only the included rounds are dated in the reply; one more row
		// covers this message's own round, which is left out.
		rounds, err := st.Rounds(ctx, c.ID, res.Deliverable, res.RoundsIncluded+1)
		if err != nil {
			return nil, err
		}
		for _, r := range rounds {
			if r.MessageID != id {
				in.Rounds = append(in.Rounds, notify.RoundUse{Deliverable: r.Deliverable, Number: r.Number, Date: r.UsedOn})
			}
		}
	}
	pricing, needsCO := notify.PriceChange(c, res)
	var co *store.ChangeOrder
	if needsCO {
		var err error
		if co, err = st.ChangeOrderFor(ctx, id); err != nil {
			return nil, err
		}
		// A declined order changed nothing, so it is not in the total.
		if in.PreviousChanges, err = st.ChangeOrderTotal(ctx, c.ID, id); err != nil {
			return nil, err
		}
		if co == nil {
			number, err := st.NextChangeOrderNumber(ctx, in.Now.Year())
			if err != nil {
				return nil, err
			}
			co = &store.ChangeOrder{Number: number, Contract: c.ID, MessageID: id, Currency: pricing.Currency, Amount: pricing.Amount}
		}
		in.ChangeOrderNumber = co.Number
	}
	reply, err := env.Composer.Compose(in)
	if err != nil || reply == nil {
		return nil, err
	}
	if reply.ChangeOrder != nil && co != nil {
		path, err := notify.SaveChangeOrderPDF(filepath.Join(env.Config.StateDir, "change-orders"), co.Number, reply.PDF)
		if err != nil {
			return nil, err
		}
		co.PDFPath, co.Amount = path, reply.ChangeOrder.Amount
		if err := st.AddChangeOrder(ctx, *co); err != nil {
			return nil, err
		}
	}
	return reply, nil
}

// ownAddress reports whether addr is the owner's: the owner email or the
// login of a watched account.
func ownAddress(cfg *config.Config, addr string) bool {
	if strings.EqualFold(addr, cfg.Owner.Email) {
		return true
	}
	for _, a := range cfg.Accounts {
		if strings.Contains(a.Username, "@") && strings.EqualFold(addr, a.Username) {
			return true
		}
	}
	return false
}

// excerpt returns s with runs of white space made one space, cut to n
// runes ending in "…" when longer. It reads only as far as it keeps.
func excerpt(s string, n int) string {
	out := make([]rune, 0, n+1)
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = len(out) > 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, r)
		if len(out) > n {
			return string(out[:n-1]) + "…"
		}
	}
	return string(out)
}
