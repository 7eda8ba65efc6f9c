package message

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// corpusDir is the shared evaluation corpus, always checked out beside the
// repository.
const corpusDir = "../../shared/corpus/cases"

func corpusFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "d*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no corpus emails in %s: the shared corpus must sit beside the repository", corpusDir)
	}
	return files
}

// TestCorpusGolden checks the new text extracted from every corpus email
// against testdata/corpus/dNNN.txt. Run with -update to rewrite the goldens
// after reviewing the change; a mismatch writes dNNN.txt.got beside them.
func TestCorpusGolden(t *testing.T) {
	for _, path := range corpusFiles(t) {
		id := strings.TrimSuffix(filepath.Base(path), ".eml")
		t.Run(id, func(t *testing.T) {
			t.Parallel() // Read is called from many goroutines in the daemon
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Read(raw)
			if err != nil {
				t.Fatalf("Read(%s): %v", path, err)
			}
			checkGolden(t, filepath.Join("testdata", "corpus", id+".txt"), goldenText(m))
		})
	}
}

// TestCorpusHeaders checks the headers read from every corpus email
// against one golden summary, testdata/corpus/headers.golden.
func TestCorpusHeaders(t *testing.T) {
	var b strings.Builder
	for _, path := range corpusFiles(t) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Read(raw)
		if err != nil {
			t.Fatalf("Read(%s): %v", path, err)
		}
		fmt.Fprintf(&b, "%s\n\tfrom %s\n\tto %s cc %s reply-to %s\n\tsubject %q\n\tdate %s\n\tid %s\n\tin-reply-to %s\n\treferences %s\n\tautomated %v attachments %q\n",
			filepath.Base(path), addr(m.From), addrs(m.To), addrs(m.Cc), addrs(m.ReplyTo), m.Subject,
			m.Date.Format(time.RFC3339), m.MessageID, m.InReplyTo, m.References, m.Automated(), m.Attachments)
	}
	checkGolden(t, filepath.Join("testdata", "corpus", "headers.golden"), b.String())
}

func addr(a Address) string { return fmt.Sprintf("%q <%s>", a.Name, a.Address) }

func addrs(list []Address) string {
	s := make([]string, len(list))
	for i, a := range list {
		s[i] = addr(a)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

// checkGolden compares got with the golden file, rewriting it with -update
// and writing got beside it (.got) on a mismatch.
func checkGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		_ = os.Remove(golden + ".got")
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("reading golden (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		_ = os.WriteFile(golden+".got", []byte(got), 0o644)
		t.Errorf("%s differs (-want +got):\n%s", golden, diff)
	}
}

// goldenText is what a golden file holds: the new text, and the forwarded
// text below a marker line when there is one.
func goldenText(m *Message) string {
	s := m.Text + "\n"
	if m.Forwarded != "" {
		s += "\n=== forwarded ===\n" + m.Forwarded + "\n"
	}
	return s
}
