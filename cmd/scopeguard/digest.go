package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/notify"
	"github.com/scopeguard/scopeguard/schedule"
	"github.com/scopeguard/scopeguard/store"
)

// errDryRun is what the send function of a dry run returns: it is never
// meant to be called.
var errDryRun = errors.New("dry run: nothing is sent")

// cmdDigest sends (--now) or prints (--dry-run) the owner's digest for the
// period since the last digest's end.
func cmdDigest(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("digest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("c", config.DefaultPath, "configuration `file`")
	now := fs.Bool("now", false, "send the digest for the period since the last digest until now, and record it")
	dry := fs.Bool("dry-run", false, "print the digest's subject and text part; never record or send")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: scopeguard digest -c CONFIG (--now | --dry-run)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *now == *dry {
		fs.Usage()
		return 2
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard digest: %v\n", err)
		return 2
	}
	book, err := contracts.LoadDir(cfg.ContractsDir)
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard digest: %v\n", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *dry {
		return digestDryRun(ctx, cfg, book, stdout, stderr)
	}
	return digestNow(ctx, cfg, book, stdout, stderr)
}

func digestOpen(cfg *config.Config, stderr io.Writer) (*store.Store, bool) {
	st, err := store.Open(filepath.Join(cfg.StateDir, "scopeguard.db"))
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard digest: %v\n", err)
		return nil, false
	}
	return st, true
}

func digestDryRun(ctx context.Context, cfg *config.Config, book *contracts.Book, stdout, stderr io.Writer) int {
	st, ok := digestOpen(cfg, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	r, err := schedule.New(schedule.Options{Store: st, Book: book, Owner: cfg.Owner, Digest: cfg.Digest, From: cfg.SMTP.From,
		Send: func(context.Context, []byte) error { return errDryRun }})
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard digest: %v\n", err)
		return 2
	}
	d, err := r.Preview(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard digest: %v\n", err)
		return 1
	}
	text, err := d.Text()
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard digest: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Subject: %s\n\n%s", d.Subject(), text)
	return 0
}

func digestNow(ctx context.Context, cfg *config.Config, book *contracts.Book, stdout, stderr io.Writer) int {
	mailer, err := notify.NewOwnerMailer(cfg.SMTP, cfg.Owner)
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard digest: %v\n", err)
		return 2
	}
	st, ok := digestOpen(cfg, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	digest := cfg.Digest
	digest.SendEmpty = true // asked for by hand: say so even when there is nothing
	r, err := schedule.New(schedule.Options{Store: st, Book: book, Owner: cfg.Owner, Digest: digest, From: cfg.SMTP.From, Send: mailer.Send})
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard digest: %v\n", err)
		return 2
	}
	ds, err := r.RunNow(ctx)
	for _, d := range ds {
		what := "sent to " + cfg.Owner.Email
		if d.Retry {
			what = "sent again (was recorded, not sent) to " + cfg.Owner.Email
		}
		fmt.Fprintf(stdout, "%s to %s: %s: %s\n", d.Start.In(digestLoc(cfg)).Format(time.DateTime),
			d.End.In(digestLoc(cfg)).Format(time.DateTime), what, d.Subject)
	}
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard digest: %v\n", err)
		return 1
	}
	if len(ds) == 0 {
		fmt.Fprintln(stdout, "nothing sent: a digest recorded minutes ago is not marked sent yet (being sent elsewhere, or failed); try again in 5 minutes")
	}
	return 0
}

func digestLoc(cfg *config.Config) *time.Location {
	if cfg.Owner.Location != nil {
		return cfg.Owner.Location
	}
	return time.Local
}
