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

	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/message"
)

// errNoContract: the sender matches no contract, so there is no verdict.
var errNoContract = errors.New("sender matches no contract")

// classified is one message with its contract and verdict.
type classified struct {
	Msg      *message.Message
	Contract *contracts.Contract
	Result   contracts.Result
}

// inputFor turns a read message into the engine's input.
func inputFor(m *message.Message, today time.Time) contracts.Input {
	if today.IsZero() {
		today = m.Date
	}
	return contracts.Input{Subject: m.Subject, Text: m.Text, Forwarded: m.Forwarded, Automated: m.Automated(), Today: today}
}

// classifyRaw reads, routes and classifies one message. ledgerFor gives the
// ledger of the routed contract.
func classifyRaw(e *contracts.Engine, book *contracts.Book, name string, raw []byte,
	ledgerFor func(contract string) (contracts.Ledger, error), today time.Time) (*classified, error) {
	m, err := message.Read(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	c := book.Route(m.From.Address)
	if c == nil {
		return &classified{Msg: m}, fmt.Errorf("%s: %s: %w", name, m.From.Address, errNoContract)
	}
	ledger, err := ledgerFor(c.ID)
	if err != nil {
		return nil, err
	}
	return &classified{Msg: m, Contract: c, Result: e.Classify(c, inputFor(m, today), ledger)}, nil
}

func cmdClassify(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("classify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("contracts", "", "folder of contract files (required)")
	dbPath := fs.String("db", "", "state database for the revision ledger")
	statePath := fs.String("state", "", "corpus case file whose [state] seeds the ledger")
	asJSON := fs.Bool("json", false, "print JSON for a program")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: scopeguard classify --contracts DIR [--db FILE | --state CASE.toml] [--json] MESSAGE.eml")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *dir == "" || fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	book, err := contracts.LoadDir(*dir)
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard classify: %v\n", err)
		return 2
	}
	src, err := openDraftLedger(*statePath, *dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard classify: %v\n", err)
		return 2
	}
	if src.st != nil {
		defer src.st.Close()
	}
	ledgerFor := func(id string) (contracts.Ledger, error) { return src.forContract(context.Background(), id) }
	path := fs.Arg(0)
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard classify: %v\n", err)
		return 1
	}
	cl, err := classifyRaw(contracts.NewEngine(), book, path, raw, ledgerFor, src.today)
	if errors.Is(err, errNoContract) {
		fmt.Fprintf(stderr, "scopeguard classify: %v: no verdict\n", err)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard classify: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(cl.Result); err != nil {
			return 1
		}
		return 0
	}
	printResult(stdout, filepath.Base(path), cl)
	return 0
}

// printResult explains a verdict for a person, one cue a line.
func printResult(w io.Writer, name string, cl *classified) {
	r := cl.Result
	fmt.Fprintf(w, "%s: %s\n", name, r.Verdict)
	fmt.Fprintf(w, "  contract:    %s (%s)\n", r.Contract, cl.Contract.Client)
	if r.Deliverable != "" {
		d := cl.Contract.Deliverable(r.Deliverable)
		fmt.Fprintf(w, "  deliverable: %s (%s)", r.Deliverable, d.Name)
		if r.Verdict == contracts.Revision || r.Verdict == contracts.RevisionOverLimit {
			fmt.Fprintf(w, ", rounds used %d of %d", r.RoundsUsed, r.RoundsIncluded)
		}
		fmt.Fprintln(w)
	}
	if r.Exclusion != "" {
		fmt.Fprintf(w, "  exclusion:   %s\n", r.Exclusion)
	}
	fmt.Fprintf(w, "  language:    %s\n", r.Language)
	if r.Request != "" {
		fmt.Fprintf(w, "  request:     %q\n", oneLine(r.Request, 160))
	}
	fmt.Fprintln(w, "  reasons:")
	for _, rs := range r.Reasons {
		line := fmt.Sprintf("    %-22s %5.1f", rs.Cue, rs.Weight)
		if rs.Words != "" {
			line += fmt.Sprintf("  %q", rs.Words)
		}
		if rs.Detail != "" {
			line += "  (" + rs.Detail + ")"
		}
		fmt.Fprintln(w, line)
	}
}

func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}
