package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/daemon"
	"github.com/scopeguard/scopeguard/internal/memimap"
	"github.com/scopeguard/scopeguard/internal/smtpsink"
	"github.com/scopeguard/scopeguard/watcher"
)

//go:embed demodata
var demoData embed.FS

const demoPasswordEnv = "SCOPEGUARD_DEMO_PASSWORD"

// demoConfig points the real daemon at the in-process servers.
const demoConfig = `# Written by "scopeguard demo".
state_dir = "state"
contracts_dir = "contracts"
log_level = "info"

[owner]
name = "Léa Martin"
email = "lea@atelier-lune.example"
language = "fr"
signature = "Léa Martin\nAtelier Lune, design graphique et web"
title = "Designer"
address = "12 rue des Teinturiers, 84000 Avignon"
timezone = "Europe/Paris"
holidays = "fr"

[replies]
keyword = "$ScopeCreep"
vat_rate = 0.2

[[accounts]]
name = "demo"
host = "127.0.0.1"
port = %d
tls = "none"
username = "%s"
password_env = "` + demoPasswordEnv + `"

[digest]
enabled = true
schedule = "0 8 * * 1-5"
send_empty = true

[smtp]
host = "127.0.0.1"
port = %d
tls = "none"
username = ""
`

func cmdDemo(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "demo-out", "folder for the drafts, change orders and digest")
	verbose := fs.Bool("v", false, "show the daemon's log")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := runDemo(ctx, *out, *verbose, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "scopeguard demo: %v\n", err)
		return 1
	}
	return 0
}

func runDemo(ctx context.Context, outDir string, verbose bool, stdout, stderr io.Writer) error {
	start := time.Now()
	work, err := os.MkdirTemp("", "scopeguard-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	imapSrv, err := memimap.Start(memimap.Options{Username: "lea@atelier-lune.example", Password: "demo-password", TLS: "none"})
	if err != nil {
		return fmt.Errorf("starting the IMAP server: %w", err)
	}
	defer imapSrv.Close()
	sink, err := smtpsink.Listen("127.0.0.1:0", smtpsink.Options{})
	if err != nil {
		return fmt.Errorf("starting the SMTP server: %w", err)
	}
	defer sink.Close()
	os.Setenv(demoPasswordEnv, imapSrv.Password)

	if err := writeDemoFiles(work, imapSrv, sink); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "scopeguard demo: IMAP on %s, SMTP on %s, state in %s\n", imapSrv.Addr, sink.Addr, work)

	logOut := io.Discard
	if verbose {
		logOut = stderr
	}
	var mu sync.Mutex
	var events []daemon.Event
	got := make(chan struct{}, 16)
	d, err := daemon.New(filepath.Join(work, "scopeguard.toml"), daemon.Options{
		Log:            slog.New(slog.NewTextHandler(logOut, nil)),
		WatcherOptions: watcher.Options{MinBackoff: 100 * time.Millisecond, MaxBackoff: time.Second},
		OnResult: func(e daemon.Event) {
			mu.Lock()
			events = append(events, e)
			mu.Unlock()
			got <- struct{}{}
		},
	})
	if err != nil {
		return err
	}
	d.Start()
	defer d.Shutdown(context.Background())

	// Wait until the watcher has its baseline, then deliver while it idles.
	if err := waitFor(ctx, d.Healthy); err != nil {
		return fmt.Errorf("the watcher did not connect: %w", err)
	}
	mails, _ := fs.Glob(demoData, "demodata/mail/*.eml")
	sort.Strings(mails)
	for _, name := range mails {
		raw, _ := demoData.ReadFile(name)
		if _, err := imapSrv.Deliver("INBOX", raw, time.Now()); err != nil {
			return err
		}
		select {
		case <-got:
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s to be processed: %w", filepath.Base(name), ctx.Err())
		}
	}
	// The digest of what happened, as the owner will receive it.
	if _, err := d.Digest(ctx); err != nil {
		return fmt.Errorf("sending the digest: %w", err)
	}
	digests, err := sink.Wait(ctx, 1)
	if err != nil {
		return fmt.Errorf("waiting for the digest: %w", err)
	}
	if err := saveDemoOutput(outDir, work, imapSrv, digests); err != nil {
		return err
	}
	printDemoTable(stdout, events)
	fmt.Fprintf(stdout, "\nWritten to %s/: drafts as they landed in Drafts (*.eml), change orders (*.pdf), the digest (digest.eml).\n", outDir)
	fmt.Fprintf(stdout, "Done in %.1fs.\n", time.Since(start).Seconds())
	return nil
}

func writeDemoFiles(work string, imapSrv *memimap.Server, sink *smtpsink.Sink) error {
	if err := os.MkdirAll(filepath.Join(work, "contracts"), 0o700); err != nil {
		return err
	}
	names, _ := fs.Glob(demoData, "demodata/contracts/*.toml")
	for _, n := range names {
		b, _ := demoData.ReadFile(n)
		if err := os.WriteFile(filepath.Join(work, "contracts", filepath.Base(n)), b, 0o600); err != nil {
			return err
		}
	}
	cfg := fmt.Sprintf(demoConfig, imapSrv.Port, imapSrv.Username, sink.Port())
	if _, err := config.Parse("scopeguard.toml", work, []byte(cfg)); err != nil {
		return fmt.Errorf("demo config: %w", err)
	}
	return os.WriteFile(filepath.Join(work, "scopeguard.toml"), []byte(cfg), 0o600)
}

func waitFor(ctx context.Context, ok func() bool) error {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for !ok() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	return nil
}

func saveDemoOutput(outDir, work string, imapSrv *memimap.Server, digests []smtpsink.Message) error {
	if err := os.RemoveAll(outDir); err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	drafts, err := imapSrv.Fetch("Drafts")
	if err != nil {
		return err
	}
	if len(drafts) == 0 {
		return errors.New("no draft landed in Drafts")
	}
	for i, m := range drafts {
		name := fmt.Sprintf("draft-%d.eml", i+1)
		if err := os.WriteFile(filepath.Join(outDir, name), m.Raw, 0o644); err != nil {
			return err
		}
	}
	pdfs, _ := filepath.Glob(filepath.Join(work, "state", "change-orders", "*.pdf"))
	for _, p := range pdfs {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(outDir, filepath.Base(p)), b, 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(outDir, "digest.eml"), digests[len(digests)-1].Data, 0o644)
}

func printDemoTable(w io.Writer, events []daemon.Event) {
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tFROM\tSUBJECT\tVERDICT\tWHY\tDRAFT\tCHANGE ORDER")
	for i, e := range events {
		why := e.Result.Deliverable
		if e.Result.Exclusion != "" {
			why = "excluded: " + e.Result.Exclusion
		}
		if e.Result.Verdict == "revision" || e.Result.Verdict == "revision_over_limit" {
			why = fmt.Sprintf("%s, round %d of %d", e.Result.Deliverable, e.Result.RoundsUsed+1, e.Result.RoundsIncluded)
		}
		draft := "-"
		if e.Draft {
			draft = "yes"
		}
		co := e.ChangeOrder
		if co == "" {
			co = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, e.From, oneLine(e.Subject, 32), e.Result.Verdict, oneLine(orDefault(why, "-"), 40), draft, co)
	}
	tw.Flush()
}
