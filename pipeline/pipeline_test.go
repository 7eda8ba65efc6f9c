package pipeline

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/notify"
	"github.com/scopeguard/scopeguard/store"
	"github.com/scopeguard/scopeguard/watcher"
)

func corpus(t testing.TB) string {
	t.Helper()
	dir, _ := filepath.Abs("../../shared/corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("the development corpus must be beside the repository: %v", err)
	}
	return dir
}

type rig struct {
	p   *Pipeline
	st  *store.Store
	env *Env
}

func newRig(t testing.TB) *rig {
	t.Helper()
	book, err := contracts.LoadDir(filepath.Join(corpus(t), "contracts"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(filepath.Join(t.TempDir(), "state", "scopeguard.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	comp, err := notify.NewComposer("")
	if err != nil {
		t.Fatal(err)
	}
	paris, _ := time.LoadLocation("Europe/Paris")
	env := &Env{
		Config: &config.Config{StateDir: t.TempDir(), Owner: config.Owner{Name: "Marion Lefèvre", Email: "studio@atelier-brume.fr", Language: "fr", Signature: "Marion", Location: paris},
			Replies: config.Replies{Drafts: true, Keyword: "$ScopeCreep", LastRoundNotice: true, ValidityDays: 30, AnswerDays: 3}},
		Book: book, Composer: comp,
	}
	now := func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }
	return &rig{p: New(st, contracts.NewEngine(), func() *Env { return env }, slog.New(slog.DiscardHandler), now), st: st, env: env}
}

func (r *rig) incoming(t *testing.T, name string, uid uint32) watcher.Incoming {
	raw, err := os.ReadFile(filepath.Join(corpus(t), "cases", name+".eml"))
	if err != nil {
		t.Fatal(err)
	}
	return watcher.Incoming{Account: "main", Mailbox: "INBOX", UIDValidity: 7, UID: uid, Raw: raw}
}

// seedLogoRounds uses both logo rounds, as the ledger of an over-limit case.
func (r *rig) seedLogoRounds(t *testing.T) {
	for i, day := range []int{16, 23} {
		_, err := r.st.RecordProcessed(context.Background(), store.Processed{
			MessageID: "seed-" + string(rune('a'+i)), Date: time.Date(2026, 10, day, 9, 0, 0, 0, time.UTC),
			Result: contracts.Result{Verdict: contracts.Revision, Contract: "brume-sillon-identite", Deliverable: "logo"},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestOverLimitGetsDraftAndChangeOrder(t *testing.T) {
	r := newRig(t)
	r.seedLogoRounds(t)
	ctx := context.Background()
	in := r.incoming(t, "d004", 10)
	out, err := r.p.Handle(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if out.Draft == nil || !out.Keyword || out.Done {
		t.Fatalf("want a draft and the keyword, got %+v", out)
	}
	for _, want := range []string{"X-Scopeguard-Draft: <", "In-Reply-To:", "application/pdf", "From: "} {
		if !bytes.Contains(out.Draft, []byte(want)) {
			t.Errorf("draft lacks %q", want)
		}
	}
	co, err := r.st.ChangeOrderFor(ctx, out.MessageID)
	if err != nil || co == nil {
		t.Fatalf("change order: %v %v", co, err)
	}
	if co.Amount != 140 || co.Currency != "EUR" || !strings.HasPrefix(co.Number, "CO-2026-") {
		t.Errorf("change order %+v: want the rate card's 140 EUR extra round", co)
	}
	if fi, err := os.Stat(co.PDFPath); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("pdf %s: %v %v", co.PDFPath, fi, err)
	}
	ledger, _ := r.st.Ledger(ctx, "brume-sillon-identite")
	if ledger["logo"] != 3 {
		t.Errorf("ledger logo = %d, want 3 (the over-limit round is counted)", ledger["logo"])
	}

	// Handled again (a crash before APPEND): same bytes, nothing recorded twice.
	again, err := r.p.Handle(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Draft, out.Draft) {
		t.Error("the second run drafted different bytes")
	}
	if ledger, _ := r.st.Ledger(ctx, "brume-sillon-identite"); ledger["logo"] != 3 {
		t.Errorf("ledger logo = %d after a repeat, want 3", ledger["logo"])
	}
	orders, _ := r.st.ChangeOrders(ctx, "brume-sillon-identite")
	if len(orders) != 1 {
		t.Errorf("%d change orders after a repeat, want 1", len(orders))
	}

	// Once appended, the draft is not offered again.
	if err := r.p.Appended(ctx, in, out, 42); err != nil {
		t.Fatal(err)
	}
	done, err := r.p.Handle(ctx, in)
	if err != nil || !done.Done {
		t.Errorf("after Appended: %+v %v, want Done", done, err)
	}
}

func TestInScopeAndUnknownAndOwn(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	out, err := r.p.Handle(ctx, r.incoming(t, "d001", 1))
	if err != nil || out.Draft != nil || out.Keyword {
		t.Errorf("in scope: %+v %v, want no draft", out, err)
	}
	res, _ := r.st.ResultFor(ctx, out.MessageID)
	if res == nil || res.Verdict != contracts.InScope {
		t.Errorf("stored result %+v, want in_scope", res)
	}

	unknown := []byte("From: stranger@example.com\r\nTo: studio@atelier-brume.fr\r\nSubject: hello\r\nMessage-ID: <x1@example.com>\r\n\r\nCould you design a logo for me?\r\n")
	out, err = r.p.Handle(ctx, watcher.Incoming{Account: "main", Mailbox: "INBOX", UID: 2, Raw: unknown})
	if err != nil || out.Draft != nil {
		t.Errorf("unknown sender: %+v %v", out, err)
	}
	if res, _ := r.st.ResultFor(ctx, "x1@example.com"); res != nil && res.Verdict != "" {
		t.Errorf("unknown sender got a verdict: %+v", res)
	}

	own := []byte("From: Marion <studio@atelier-brume.fr>\r\nTo: claire.martin@sillon-agri.fr\r\nSubject: Re: logo\r\nMessage-ID: <x2@atelier-brume.fr>\r\n\r\nCould you send me a third concept?\r\n")
	if out, err := r.p.Handle(ctx, watcher.Incoming{Account: "main", Mailbox: "INBOX", UID: 3, Raw: own}); err != nil || out.Draft != nil {
		t.Errorf("own message: %+v %v", out, err)
	}

	if _, err := r.p.Handle(ctx, watcher.Incoming{Account: "main", Mailbox: "INBOX", UID: 4, Raw: []byte{}}); !errors.Is(err, watcher.ErrPermanent) {
		t.Errorf("an empty message must be a permanent error, got %v", err)
	}
}

// The owner's answer seen in a watched folder marks the client's message
// answered, so the digest stops listing it as waiting.
func TestOwnersAnswerMarksAnswered(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	out, err := r.p.Handle(ctx, r.incoming(t, "d021", 1)) // an unclear request
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	waiting, _ := r.st.UnclearWaiting(ctx, day.AddDate(1, 0, 0))
	if len(waiting) != 1 {
		t.Fatalf("%d unclear requests waiting, want 1", len(waiting))
	}
	answer := []byte("From: studio@atelier-brume.fr\r\nTo: claire.martin@sillon-agri.fr\r\nSubject: Re: Couleurs\r\n" +
		"Message-ID: <answer-1@atelier-brume.fr>\r\nIn-Reply-To: <" + out.MessageID + ">\r\n\r\nBonjour Claire, parlons-en jeudi.\r\n")
	if _, err := r.p.Handle(ctx, watcher.Incoming{Account: "main", Mailbox: "Sent", UID: 2, Raw: answer}); err != nil {
		t.Fatal(err)
	}
	if waiting, _ := r.st.UnclearWaiting(ctx, day.AddDate(1, 0, 0)); len(waiting) != 0 {
		t.Errorf("still waiting after the owner's answer: %+v", waiting)
	}
}

// With replies.drafts = false the verdict and the ledger are recorded (the
// digest reports them) but nothing is drafted, ordered or tagged.
func TestObserveModeRecordsWithoutDrafting(t *testing.T) {
	r := newRig(t)
	r.env.Config.Replies.Drafts = false
	r.seedLogoRounds(t)
	ctx := context.Background()
	out, err := r.p.Handle(ctx, r.incoming(t, "d004", 10))
	if err != nil {
		t.Fatal(err)
	}
	if out.Draft != nil || out.Keyword {
		t.Errorf("observe mode drafted or tagged: %+v", out)
	}
	res, _ := r.st.ResultFor(ctx, out.MessageID)
	if res == nil || res.Verdict != contracts.RevisionOverLimit {
		t.Errorf("stored result %+v, want revision_over_limit", res)
	}
	if ledger, _ := r.st.Ledger(ctx, "brume-sillon-identite"); ledger["logo"] != 3 {
		t.Errorf("ledger logo = %d, want 3", ledger["logo"])
	}
	if co, _ := r.st.ChangeOrderFor(ctx, out.MessageID); co != nil {
		t.Errorf("observe mode made change order %+v", co)
	}
	if d, _ := r.st.DraftFor(ctx, out.MessageID); d != nil {
		t.Errorf("observe mode recorded a draft intent")
	}
}

// A panic inside the work on one message (here: no contracts loaded, a
// state the daemon never builds) skips that message as a permanent error
// instead of stopping the daemon, which would meet it again at restart.
func TestHandleRecoversFromPanic(t *testing.T) {
	r := newRig(t)
	r.env.Book = nil
	_, err := r.p.Handle(context.Background(), r.incoming(t, "d001", 1))
	if !errors.Is(err, watcher.ErrPermanent) || !strings.Contains(err.Error(), "internal error") {
		t.Fatalf("err = %v, want a permanent internal error", err)
	}
	// The digest will tell the owner, with what the headers say.
	fs, err := r.st.Failures(context.Background(), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || len(fs) != 1 {
		t.Fatalf("failures = %+v, %v; want one", fs, err)
	}
	if f := fs[0]; f.UID != 1 || f.From == "" || f.Subject == "" || f.MessageID == "" || !strings.Contains(f.Error, "internal error") {
		t.Errorf("failure = %+v", f)
	}
}

// A classified message is logged with its account, folder, UID,
// Message-ID, contract and verdict; at level warn nothing is written.
func TestClassifiedMessageIsLogged(t *testing.T) {
	for _, level := range []slog.Level{slog.LevelInfo, slog.LevelWarn} {
		r := newRig(t)
		var buf bytes.Buffer
		r.p.log = slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: level}))
		if _, err := r.p.Handle(context.Background(), r.incoming(t, "d004", 10)); err != nil {
			t.Fatal(err)
		}
		line := buf.String()
		if level == slog.LevelWarn {
			if line != "" {
				t.Errorf("level warn wrote: %s", line)
			}
			continue
		}
		for _, want := range []string{`msg="message classified"`, "account=main", "mailbox=INBOX", "uid=10", "message_id=", "contract=", "verdict=", "deliverable="} {
			if !strings.Contains(line, want) {
				t.Errorf("log lacks %q:\n%s", want, line)
			}
		}
	}
}
