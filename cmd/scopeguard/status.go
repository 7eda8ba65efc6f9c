package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/store"
)

// statusFailureWindow is how far back status lists skipped messages.
const statusFailureWindow = 7 * 24 * time.Hour

// cmdStatus prints where the daemon stands, from its database: each
// mailbox's position and last activity, each contract's revision rounds and
// change orders, drafts not yet saved, and messages skipped lately. It only
// reads, and may run while the daemon runs.
func cmdStatus(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("c", config.DefaultPath, "configuration `file`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: scopeguard status -c CONFIG")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	fail := func(code int, err error) int {
		fmt.Fprintf(stderr, "scopeguard status: %v\n", err)
		return code
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
	if err := printStatus(context.Background(), stdout, cfg, book, st, time.Now()); err != nil {
		return fail(1, err)
	}
	return 0
}

func printStatus(ctx context.Context, w io.Writer, cfg *config.Config, book *contracts.Book, st *store.Store, now time.Time) error {
	loc := cfg.Owner.Location
	if loc == nil {
		loc = time.Local
	}
	stamp := func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		return t.In(loc).Format("2006-01-02 15:04")
	}

	boxes, err := st.Mailboxes(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Mailboxes")
	if len(boxes) == 0 {
		fmt.Fprintln(w, "  none synced yet (is the daemon running?)")
	}
	for _, b := range boxes {
		fmt.Fprintf(w, "  %s/%s: up to uid %d (uidvalidity %d), last message processed %s\n",
			b.Account, b.Mailbox, b.LastUID, b.UIDValidity, stamp(b.LastProcessed))
	}

	fmt.Fprintln(w, "\nContracts")
	for _, c := range book.All() {
		ledger, err := st.Ledger(ctx, c.ID)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %s (%s)\n", c.ID, c.Client)
		for _, d := range c.Deliverables {
			used := ledger[d.ID]
			note := ""
			switch {
			case used > d.Revisions:
				note = " (over the limit)"
			case used == d.Revisions && d.Revisions > 0:
				note = " (all used)"
			}
			fmt.Fprintf(w, "    %s: %d of %d revision rounds used%s\n", d.ID, used, d.Revisions, note)
		}
		orders, err := st.ChangeOrders(ctx, c.ID)
		if err != nil {
			return err
		}
		for _, o := range orders {
			fmt.Fprintf(w, "    change order %s: %.2f %s, %s\n", o.Number, o.Amount, o.Currency, o.Status)
		}
	}

	pending, err := st.PendingDrafts(ctx, "")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nDrafts recorded but not yet in a Drafts folder: %d\n", len(pending))
	failed, err := st.Failures(ctx, now.Add(-statusFailureWindow), now.Add(time.Minute))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Messages skipped in the last 7 days: %d\n", len(failed))
	for _, f := range failed {
		fmt.Fprintf(w, "  %s %s/%s uid %d %q: %s\n", stamp(f.At), f.Account, f.Mailbox, f.UID, f.Subject, f.Error)
	}
	return nil
}
