package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/store"
)

// cmdCorrect replaces the verdict of one processed message with the owner's
// and fixes the revision ledger, so that later emails are judged against
// the rounds really used. It may run while the daemon runs.
func cmdCorrect(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("correct", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("c", config.DefaultPath, "configuration `file`")
	deliv := fs.String("deliverable", "", "for revision verdicts: the `id` of the deliverable whose round it uses")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: scopeguard correct -c CONFIG [--deliverable ID] MESSAGE-ID VERDICT")
		fmt.Fprintln(stderr, "verdicts:", verdictList())
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return 2
	}
	id := strings.Trim(fs.Arg(0), "<>")
	verdict := contracts.Verdict(fs.Arg(1))
	fail := func(code int, err error) int {
		fmt.Fprintf(stderr, "scopeguard correct: %v\n", err)
		return code
	}
	if verdict.Severity() == 0 {
		return fail(2, fmt.Errorf("%q is not a verdict (%s)", verdict, verdictList()))
	}
	revision := verdict == contracts.Revision || verdict == contracts.RevisionOverLimit
	if revision != (*deliv != "") {
		if revision {
			return fail(2, fmt.Errorf("%s needs --deliverable: the deliverable whose round it uses", verdict))
		}
		return fail(2, fmt.Errorf("--deliverable goes only with revision and revision_over_limit"))
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return fail(2, err)
	}
	book, err := contracts.LoadDir(cfg.ContractsDir)
	if err != nil {
		return fail(2, err)
	}
	st, err := store.Open(filepath.Join(cfg.StateDir, "scopeguard.db"))
	if err != nil {
		return fail(1, err)
	}
	defer st.Close()
	ctx := context.Background()
	prev, err := st.ResultFor(ctx, id)
	if err != nil {
		return fail(1, err)
	}
	if prev == nil {
		return fail(1, fmt.Errorf("no verdict recorded for message <%s> (the id is in the email's Message-ID header and in the log)", id))
	}
	if *deliv != "" {
		c := book.Get(prev.Contract)
		if c == nil {
			return fail(1, fmt.Errorf("contract %q of message <%s> is no longer in %s", prev.Contract, id, cfg.ContractsDir))
		}
		if c.Deliverable(*deliv) == nil {
			var ids []string
			for _, d := range c.Deliverables {
				ids = append(ids, d.ID)
			}
			return fail(2, fmt.Errorf("contract %s has no deliverable %q (it has %s)", c.ID, *deliv, strings.Join(ids, ", ")))
		}
	}
	got, err := st.CorrectVerdict(ctx, store.Correction{MessageID: id, Verdict: verdict, Deliverable: *deliv, Location: cfg.Owner.Location})
	if errors.Is(err, store.ErrNotFound) {
		return fail(1, fmt.Errorf("no verdict recorded for message <%s>", id))
	}
	if err != nil {
		return fail(1, err)
	}
	fmt.Fprintf(stdout, "<%s> (%s): %s -> %s\n", id, got.Contract, describeVerdict(got.OldVerdict, got.OldDeliverable), describeVerdict(verdict, *deliv))
	switch {
	case got.RoundRemoved && got.RoundAdded:
		fmt.Fprintln(stdout, "its revision round moved")
	case got.RoundRemoved:
		fmt.Fprintln(stdout, "its revision round was removed from the ledger")
	case got.RoundAdded:
		fmt.Fprintln(stdout, "a revision round was added to the ledger")
	}
	fmt.Fprintf(stdout, "ledger of %s: %s\n", got.Contract, ledgerLine(got.Ledger))
	if got.DraftStatus == store.DraftAppended {
		fmt.Fprintln(stdout, "the reply drafted for it is still in your Drafts folder: delete it if it no longer fits")
	}
	if got.ChangeOrder != "" {
		fmt.Fprintf(stdout, "change order %s was made for it: do not send it if it no longer applies\n", got.ChangeOrder)
	}
	return 0
}

func verdictList() string {
	names := make([]string, len(contracts.Verdicts))
	for i, v := range contracts.Verdicts {
		names[i] = string(v)
	}
	return strings.Join(names, ", ")
}

func describeVerdict(v contracts.Verdict, deliverable string) string {
	if deliverable != "" && (v == contracts.Revision || v == contracts.RevisionOverLimit) {
		return string(v) + " of " + deliverable
	}
	return string(v)
}

func ledgerLine(l contracts.Ledger) string {
	if len(l) == 0 {
		return "no rounds used"
	}
	ids := make([]string, 0, len(l))
	for id := range l {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = fmt.Sprintf("%s %d", id, l[id])
	}
	return strings.Join(parts, ", ")
}
