// Package problem is the error type of scopeguard's file checks: one thing
// wrong in a file, located by key path (accounts[0].tls,
// deliverables[1].revisions), and the list of every one found, printed a
// line each so that a user can fix them all in one pass.
package problem

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong in File at Key.
type Problem struct {
	File string
	Key  string // "" for the file as a whole
	Msg  string
}

func (p Problem) Error() string {
	if p.Key == "" {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", p.File, p.Key, p.Msg)
}

// Lines joins the problems, one per line.
func Lines(ps []Problem) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}
