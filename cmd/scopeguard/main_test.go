package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

var day = time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC)

// corpusDir finds shared/corpus beside the repository.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "corpus"))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Fatalf("the development corpus must be beside the repository: %v", err)
	}
	return dir
}
