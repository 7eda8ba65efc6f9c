// Command scopeguard watches a freelancer's mailboxes for scope creep: it
// classifies client email against contracts, drafts diplomatic replies and
// change orders, and mails the owner a daily digest.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand: it parses its own flags and returns an exit code
// (0 ok, 1 failure, 2 configuration or usage error).
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() map[string]command {
	return map[string]command{
		"check":    {"validate the config and every contract", cmdCheck},
		"classify": {"classify one email against the contracts", cmdClassify},
		"correct":  {"replace a verdict with yours and fix the revision ledger", cmdCorrect},
		"eval":     {"measure the scope engine on a labelled corpus", cmdEval},
		"draft":    {"write the reply draft and change order for one email", cmdDraft},
		"run":      {"run the daemon", cmdRun},
		"status":   {"show mailboxes, revision rounds, change orders and skipped messages", cmdStatus},
		"digest":   {"send or print the owner's digest", cmdDigest},
		"demo":     {"run the whole loop on in-process servers", cmdDemo},
		"version":  {"print the version", cmdVersion},
	}
}

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func cmdVersion(_ []string, stdout, _ io.Writer) int {
	fmt.Fprintln(stdout, "scopeguard", version)
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: scopeguard COMMAND [flags]")
	fmt.Fprintln(w)
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, cmds[n].summary)
	}
}

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdout, os.Stderr))
}

func realMain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		return 2
	}
	c, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "scopeguard: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return c.run(args[1:], stdout, stderr)
}
