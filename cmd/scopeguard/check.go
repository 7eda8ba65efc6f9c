package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/notify"
)

// cmdCheck validates the configuration and every contract, listing every
// problem at once. Exit status 2 when there is any.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("c", config.DefaultPath, "configuration `file`")
	contractsDir := fs.String("contracts", "", "check the contracts in `dir` (alone: without the configuration)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: scopeguard check [-c FILE] [--contracts DIR]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	cOnly := *contractsDir != "" && !checkFlagSet(fs, "c")

	var problems []string
	dir := *contractsDir
	if !cOnly {
		cfgDir, ps := checkConfig(*cfgPath, stderr)
		problems = append(problems, ps...)
		if dir == "" {
			dir = cfgDir
		}
	}
	var book *contracts.Book
	if dir != "" {
		var err error
		if book, err = contracts.LoadDir(dir); err != nil {
			problems = append(problems, checkErrorLines(err)...)
		} else if len(book.All()) == 0 {
			fmt.Fprintf(stderr, "warning: %s: no contract files (*.toml): no sender will be matched\n", dir)
		}
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		fmt.Fprintf(stderr, "%d %s\n", len(problems), checkPlural(len(problems), "problem", "problems"))
		return 2
	}
	if cOnly {
		fmt.Fprintln(stdout, "contracts OK")
	} else {
		fmt.Fprintln(stdout, "config OK")
	}
	checkPrintContracts(stdout, book)
	return 0
}

// checkConfig loads the configuration and the reply templates it names,
// prints its warnings and returns its contracts folder ("" when the
// configuration is broken) and its problems.
func checkConfig(path string, stderr io.Writer) (contractsDir string, problems []string) {
	cfg, err := config.Load(path)
	if err != nil {
		return "", checkErrorLines(err)
	}
	for _, w := range cfg.Warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	// The reply templates are part of what run would refuse.
	if cfg.Replies.TemplatesDir != "" {
		if _, err := notify.NewComposer(cfg.Replies.TemplatesDir); err != nil {
			problems = append(problems, fmt.Sprintf("%s: replies.templates_dir: %v", cfg.Path, err))
		}
	}
	return cfg.ContractsDir, problems
}

// checkErrorLines splits a list of problems into lines; any other error is one.
func checkErrorLines(err error) []string {
	var cps config.Problems
	var kps contracts.Problems
	var lines []string
	switch {
	case errors.As(err, &cps):
		for _, p := range cps {
			lines = append(lines, p.Error())
		}
	case errors.As(err, &kps):
		for _, p := range kps {
			lines = append(lines, p.Error())
		}
	default:
		lines = append(lines, err.Error())
	}
	return lines
}

func checkPrintContracts(w io.Writer, book *contracts.Book) {
	if book == nil {
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range book.All() {
		n := len(c.Deliverables)
		fmt.Fprintf(tw, "  %s\t%s\t%d %s\n", c.ID, c.Client, n, checkPlural(n, "deliverable", "deliverables"))
	}
	tw.Flush()
}

func checkFlagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

func checkPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
