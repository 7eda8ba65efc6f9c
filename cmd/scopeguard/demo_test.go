package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDemo runs the README's first command end to end: the real daemon on
// in-process IMAP and SMTP servers.
func TestDemo(t *testing.T) {
	out := filepath.Join(t.TempDir(), "demo-out")
	var stdout, stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := runDemo(ctx, out, false, &stdout, &stderr); err != nil {
		t.Fatalf("demo: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{"in_scope", "revision", "revision_over_limit", "out_of_scope", "unclear", "not_a_request", "CO-2026-"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("the table lacks %q:\n%s", want, stdout.String())
		}
	}
	drafts, _ := filepath.Glob(filepath.Join(out, "draft-*.eml"))
	pdfs, _ := filepath.Glob(filepath.Join(out, "CO-*.pdf"))
	if len(drafts) < 3 || len(pdfs) < 2 {
		t.Errorf("%d drafts and %d change orders written, want at least 3 and 2", len(drafts), len(pdfs))
	}
	for _, d := range drafts {
		b, _ := os.ReadFile(d)
		if !bytes.Contains(b, []byte("X-Scopeguard-Draft:")) || !bytes.Contains(b, []byte("In-Reply-To:")) {
			t.Errorf("%s is not a threaded scopeguard draft", d)
		}
	}
	digest, err := os.ReadFile(filepath.Join(out, "digest.eml"))
	if err != nil || !bytes.Contains(digest, []byte("To: ")) || !bytes.Contains(digest, []byte("lea@atelier-lune.example")) {
		t.Errorf("digest: %v", err)
	}
}
