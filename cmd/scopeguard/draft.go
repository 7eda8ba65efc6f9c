package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/message"
	"github.com/scopeguard/scopeguard/notify"
	"github.com/scopeguard/scopeguard/store"
)

// draftOutput is what `draft --json` prints.
type draftOutput struct {
	Verdict     contracts.Verdict `json:"verdict"`
	Language    string            `json:"language"`
	Subject     string            `json:"subject"`
	To          []string          `json:"to"`
	Text        string            `json:"text"`
	Parts       notify.Parts      `json:"parts"`
	ChangeOrder *draftChangeOrder `json:"change_order"`
	EML         string            `json:"eml,omitempty"`
}

type draftChangeOrder struct {
	Number   string  `json:"number"`
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
	PDF      string  `json:"pdf"`
}

// draftLedger is where the ledger, rounds and change-order numbers come
// from: the database, a corpus case, or nothing (a fresh ledger).
type draftLedger struct {
	st     *store.Store
	ledger contracts.Ledger
	today  time.Time
}

func cmdDraft(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("draft", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("contracts", "", "folder of contract files (required)")
	dbPath := fs.String("db", "", "state database: ledger, rounds and change-order numbers")
	statePath := fs.String("state", "", "corpus case file whose [state] seeds the ledger; nothing is stored")
	cfgPath := fs.String("config", "", "configuration file: owner, signature, VAT, templates")
	outDir := fs.String("out", ".", "folder the .eml and the PDF are written to")
	asJSON := fs.Bool("json", false, "print JSON for a program")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: scopeguard draft --contracts DIR [--db FILE | --state CASE.toml] [--config FILE] [--out DIR] [--json] MESSAGE.eml")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *dir == "" || fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	fail := func(code int, err error) int {
		fmt.Fprintf(stderr, "scopeguard draft: %v\n", err)
		return code
	}
	book, err := contracts.LoadDir(*dir)
	if err != nil {
		return fail(2, err)
	}
	owner, replies, err := draftConfig(*cfgPath)
	if err != nil {
		return fail(2, err)
	}
	src, err := openDraftLedger(*statePath, *dbPath)
	if err != nil {
		return fail(2, err)
	}
	if src.st != nil {
		defer src.st.Close()
	}
	comp, err := notify.NewComposer(replies.TemplatesDir)
	if err != nil {
		return fail(2, err)
	}
	path := fs.Arg(0)
	raw, err := os.ReadFile(path)
	if err != nil {
		return fail(1, err)
	}
	out, err := draftOne(context.Background(), comp, book, src, owner, replies, path, raw, *outDir)
	if err != nil {
		return fail(1, err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return fail(1, err)
		}
		return 0
	}
	draftPrint(stdout, out)
	return 0
}

// draftConfig reads the owner and reply settings, or defaults without a
// config file (the owner is then each contract's provider).
func draftConfig(path string) (config.Owner, config.Replies, error) {
	defaults := config.Replies{LastRoundNotice: true, ValidityDays: 30, AnswerDays: 3}
	if path == "" {
		return config.Owner{}, defaults, nil
	}
	cfg, err := config.Load(path)
	if err != nil {
		return config.Owner{}, defaults, err
	}
	return cfg.Owner, cfg.Replies, nil
}

func openDraftLedger(statePath, dbPath string) (*draftLedger, error) {
	switch {
	case statePath != "" && dbPath != "":
		return nil, errors.New("give --state or --db, not both")
	case statePath != "":
		l, today, err := loadCaseState(statePath)
		if err != nil {
			return nil, err
		}
		return &draftLedger{ledger: l, today: today}, nil
	case dbPath != "":
		st, err := store.Open(dbPath)
		if err != nil {
			return nil, err
		}
		return &draftLedger{st: st}, nil
	}
	return &draftLedger{ledger: contracts.Ledger{}}, nil
}

// forContract returns the ledger of one contract.
func (s *draftLedger) forContract(ctx context.Context, id string) (contracts.Ledger, error) {
	if s.st != nil {
		return s.st.Ledger(ctx, id)
	}
	return s.ledger, nil
}

// draftOne classifies one message and writes its reply and change order.
func draftOne(ctx context.Context, comp *notify.Composer, book *contracts.Book, src *draftLedger,
	owner config.Owner, replies config.Replies, name string, raw []byte, outDir string) (*draftOutput, error) {
	var today time.Time
	if !src.today.IsZero() {
		// Midday keeps the case's day in any owner time zone.
		today = src.today.Add(12 * time.Hour)
	}
	cl, err := classifyRaw(contracts.NewEngine(), book, name, raw,
		func(id string) (contracts.Ledger, error) { return src.forContract(ctx, id) }, today)
	if err != nil {
		return nil, err
	}
	m, c, res := cl.Msg, cl.Contract, cl.Result
	now := today
	if now.IsZero() {
		now = m.Date
	}
	in := notify.ReplyInput{Contract: c, Result: res, Message: m, Owner: owner, Replies: replies, Now: now}
	if err := src.fill(ctx, &in); err != nil {
		return nil, err
	}
	r, err := comp.Compose(in)
	if err != nil {
		return nil, err
	}
	out := &draftOutput{Verdict: res.Verdict, Language: res.Language}
	if r == nil {
		return out, nil
	}
	out.Language, out.Subject, out.To, out.Text, out.Parts = r.Language, r.Subject, r.To, r.Text, r.Parts
	if err := os.MkdirAll(outDir, 0o700); err != nil {
		return nil, err
	}
	out.EML = filepath.Join(outDir, strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))+".reply.eml")
	if err := os.WriteFile(out.EML, r.EML, 0o600); err != nil {
		return nil, fmt.Errorf("writing draft: %w", err)
	}
	if co := r.ChangeOrder; co != nil {
		pdf, err := notify.SaveChangeOrderPDF(outDir, co.Number, r.PDF)
		if err != nil {
			return nil, err
		}
		out.ChangeOrder = &draftChangeOrder{Number: co.Number, Amount: co.Amount, Currency: co.Currency, PDF: pdf}
		if err := src.record(ctx, c, m, co, pdf); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// fill adds the ledger facts and, when a change order is due, its number:
// the number this message already has in the database, else a new one; a
// corpus case or no database always gets CO-<year>-001.
func (src *draftLedger) fill(ctx context.Context, in *notify.ReplyInput) error {
	if _, ok := notify.PriceChange(in.Contract, in.Result); !ok {
		return nil
	}
	year := in.Now.Year()
	if src.st == nil {
		in.ChangeOrderNumber = fmt.Sprintf("CO-%04d-001", year)
		return nil
	}
	rounds, err := src.st.Rounds(ctx, in.Contract.ID, in.Result.Deliverable, 0)
	if err != nil {
		return err
	}
	for _, r := range rounds {
		in.Rounds = append(in.Rounds, notify.RoundUse{Deliverable: r.Deliverable, Number: r.Number, Date: r.UsedOn})
	}
	co, err := src.st.ChangeOrderFor(ctx, in.Message.MessageID)
	if err != nil {
		return err
	}
	if co != nil {
		in.ChangeOrderNumber = co.Number
	}
	if in.PreviousChanges, err = src.st.ChangeOrderTotal(ctx, in.Contract.ID, in.Message.MessageID); err != nil {
		return err
	}
	if in.ChangeOrderNumber == "" {
		in.ChangeOrderNumber, err = src.st.NextChangeOrderNumber(ctx, year)
	}
	return err
}

// record stores the change order in the database, if there is one.
func (src *draftLedger) record(ctx context.Context, c *contracts.Contract, m *message.Message, co *notify.ChangeOrderInfo, pdf string) error {
	if src.st == nil {
		return nil
	}
	return src.st.AddChangeOrder(ctx, store.ChangeOrder{
		Number: co.Number, Contract: c.ID, MessageID: m.MessageID, Currency: co.Currency,
		PDFPath: pdf, Amount: co.Amount, CreatedAt: co.Doc.Date,
	})
}

func draftPrint(w io.Writer, out *draftOutput) {
	if out.EML == "" {
		fmt.Fprintf(w, "%s: no reply to draft\n", out.Verdict)
		return
	}
	fmt.Fprintf(w, "%s (%s): draft written to %s\n", out.Verdict, out.Language, out.EML)
	if co := out.ChangeOrder; co != nil {
		fmt.Fprintf(w, "change order %s, %.2f %s: %s\n", co.Number, co.Amount, co.Currency, co.PDF)
	}
}
