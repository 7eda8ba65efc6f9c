package main

import (
	"fmt"
	"io"
)

// notYet is a placeholder for commands whose issue has not landed yet.
func notYet(name string) func([]string, io.Writer, io.Writer) int {
	return func(_ []string, _, stderr io.Writer) int {
		fmt.Fprintf(stderr, "scopeguard %s: not yet\n", name)
		return 1
	}
}

var (
	cmdDigest = notYet("digest")
)
