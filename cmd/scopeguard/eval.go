package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/scopeguard/scopeguard/contracts"
)

// evalResult is one case of a labelled corpus.
type evalResult struct {
	ID                  string             `json:"id"`
	Expected            string             `json:"expected"`
	Got                 string             `json:"got"`
	ExpectedDeliverable string             `json:"expected_deliverable"`
	GotDeliverable      string             `json:"got_deliverable"`
	Contract            string             `json:"contract"`
	GotContract         string             `json:"got_contract"`
	Correct             bool               `json:"correct"`
	Error               string             `json:"error,omitempty"`
	Reasons             []contracts.Reason `json:"reasons,omitempty"`
	Request             string             `json:"-"`
}

type prf struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Support   int     `json:"support"`
}

type evalReport struct {
	Cases               int                       `json:"cases"`
	Correct             int                       `json:"correct"`
	Accuracy            float64                   `json:"accuracy"`
	RoutingErrors       int                       `json:"routing_errors"`
	PerVerdict          map[string]prf            `json:"per_verdict"`
	Pushback            prf                       `json:"pushback"`
	DeliverableCases    int                       `json:"deliverable_cases"`
	DeliverableAccuracy float64                   `json:"deliverable_accuracy"`
	Confusion           map[string]map[string]int `json:"confusion"`
	Results             []evalResult              `json:"results"`
}

// runEval classifies every case of a corpus folder (shared/spec/eval-corpus.md).
func runEval(dir string) (*evalReport, error) {
	book, err := contracts.LoadDir(filepath.Join(dir, "contracts"))
	if err != nil {
		return nil, err
	}
	cases, err := filepath.Glob(filepath.Join(dir, "cases", "*.toml"))
	if err != nil {
		return nil, err
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("%s: no cases/*.toml", dir)
	}
	sort.Strings(cases)
	e := contracts.NewEngine()
	rep := &evalReport{}
	for _, path := range cases {
		id := strings.TrimSuffix(filepath.Base(path), ".toml")
		cf, err := readCaseFile(path)
		if err != nil {
			return nil, err
		}
		r := evalResult{ID: id, Expected: cf.Expect.Verdict, ExpectedDeliverable: cf.Expect.Deliverable, Contract: cf.Contract}
		emlPath := strings.TrimSuffix(path, ".toml") + ".eml"
		raw, err := os.ReadFile(emlPath)
		if err != nil {
			return nil, err
		}
		ledger := contracts.Ledger{}
		for k, v := range cf.State.RevisionsUsed {
			ledger[k] = v
		}
		cl, err := classifyRaw(e, book, emlPath, raw, func(string) (contracts.Ledger, error) { return ledger, nil }, cf.State.Today.Time)
		switch {
		case errors.Is(err, errNoContract):
			r.Got, r.Error = "no_contract", err.Error()
		case err != nil:
			r.Got, r.Error = "error", err.Error()
		default:
			r.GotContract = cl.Contract.ID
			r.Got = string(cl.Result.Verdict)
			r.GotDeliverable = cl.Result.Deliverable
			r.Reasons = cl.Result.Reasons
			r.Request = cl.Result.Request
		}
		if r.GotContract != r.Contract {
			rep.RoutingErrors++
		}
		r.Correct = r.Got == r.Expected && r.GotContract == r.Contract
		rep.Results = append(rep.Results, r)
	}
	rep.summarise()
	return rep, nil
}

func (rep *evalReport) summarise() {
	rep.Cases = len(rep.Results)
	rep.Confusion = map[string]map[string]int{}
	rep.PerVerdict = map[string]prf{}
	var pbTP, pbFP, pbFN, delivOK int
	for _, r := range rep.Results {
		if r.Correct {
			rep.Correct++
		}
		if rep.Confusion[r.Expected] == nil {
			rep.Confusion[r.Expected] = map[string]int{}
		}
		rep.Confusion[r.Expected][r.Got]++
		wantPB := contracts.Verdict(r.Expected).Pushback()
		gotPB := contracts.Verdict(r.Got).Pushback()
		switch {
		case wantPB && gotPB:
			pbTP++
		case gotPB:
			pbFP++
		case wantPB:
			pbFN++
		}
		if (r.Expected == string(contracts.Revision) || r.Expected == string(contracts.RevisionOverLimit)) && r.ExpectedDeliverable != "" {
			rep.DeliverableCases++
			if r.GotDeliverable == r.ExpectedDeliverable {
				delivOK++
			}
		}
	}
	rep.Accuracy = ratio(rep.Correct, rep.Cases)
	rep.Pushback = prf{Precision: ratio(pbTP, pbTP+pbFP), Recall: ratio(pbTP, pbTP+pbFN), Support: pbTP + pbFN}
	rep.DeliverableAccuracy = ratio(delivOK, rep.DeliverableCases)
	for _, v := range contracts.Verdicts {
		var tp, fp, fn int
		for _, r := range rep.Results {
			want, got := r.Expected == string(v), r.Got == string(v)
			switch {
			case want && got:
				tp++
			case got:
				fp++
			case want:
				fn++
			}
		}
		rep.PerVerdict[string(v)] = prf{Precision: ratio(tp, tp+fp), Recall: ratio(tp, tp+fn), Support: tp + fn}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func cmdEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: scopeguard eval [--json] CORPUS_DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	rep, err := runEval(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard eval: %v\n", err)
		return 2
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return 1
		}
		return 0
	}
	printReport(stdout, rep)
	return 0
}

func printReport(w io.Writer, rep *evalReport) {
	for _, r := range rep.Results {
		if r.Correct && (r.ExpectedDeliverable == "" || r.Got != string(contracts.Revision) && r.Got != string(contracts.RevisionOverLimit) || r.GotDeliverable == r.ExpectedDeliverable) {
			continue
		}
		fmt.Fprintf(w, "MISS %s (%s): want %s", r.ID, r.Contract, r.Expected)
		if r.ExpectedDeliverable != "" {
			fmt.Fprintf(w, "/%s", r.ExpectedDeliverable)
		}
		fmt.Fprintf(w, ", got %s", r.Got)
		if r.GotDeliverable != "" {
			fmt.Fprintf(w, "/%s", r.GotDeliverable)
		}
		if r.GotContract != r.Contract {
			fmt.Fprintf(w, " (routed to %q)", r.GotContract)
		}
		fmt.Fprintln(w)
		if r.Error != "" {
			fmt.Fprintf(w, "     error: %s\n", r.Error)
		}
		if r.Request != "" {
			fmt.Fprintf(w, "     request: %q\n", oneLine(r.Request, 140))
		}
		for _, rs := range r.Reasons {
			fmt.Fprintf(w, "     %-20s %4.1f %q %s\n", rs.Cue, rs.Weight, rs.Words, rs.Detail)
		}
	}
	names := make([]string, len(contracts.Verdicts))
	for i, v := range contracts.Verdicts {
		names[i] = string(v)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "confusion matrix (rows: expected, columns: got)")
	fmt.Fprintf(w, "%-20s", "")
	short := map[string]string{"out_of_scope": "oos", "revision_over_limit": "over", "unclear": "uncl", "revision": "rev", "in_scope": "in", "not_a_request": "nar"}
	for _, n := range names {
		fmt.Fprintf(w, "%6s", short[n])
	}
	fmt.Fprintf(w, "%6s\n", "other")
	for _, exp := range names {
		fmt.Fprintf(w, "%-20s", exp)
		other := 0
		for got, n := range rep.Confusion[exp] {
			if _, ok := short[got]; !ok {
				other += n
			}
		}
		for _, got := range names {
			fmt.Fprintf(w, "%6d", rep.Confusion[exp][got])
		}
		fmt.Fprintf(w, "%6d\n", other)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-20s %9s %9s %8s\n", "verdict", "precision", "recall", "support")
	for _, n := range names {
		p := rep.PerVerdict[n]
		fmt.Fprintf(w, "%-20s %9.3f %9.3f %8d\n", n, p.Precision, p.Recall, p.Support)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "cases %d, correct %d, accuracy %.3f\n", rep.Cases, rep.Correct, rep.Accuracy)
	fmt.Fprintf(w, "pushback (out_of_scope + revision_over_limit): precision %.3f, recall %.3f\n", rep.Pushback.Precision, rep.Pushback.Recall)
	fmt.Fprintf(w, "deliverable right on %d of %d revision cases (%.3f)\n",
		int(rep.DeliverableAccuracy*float64(rep.DeliverableCases)+0.5), rep.DeliverableCases, rep.DeliverableAccuracy)
	fmt.Fprintf(w, "routing errors %d\n", rep.RoutingErrors)
}
