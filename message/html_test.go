package message

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var spaces = regexp.MustCompile(`\s+`)

// TestCorpusHTMLAgrees reads the HTML alternative of every corpus message
// that has one and checks its new text matches the plain text's, words
// only: the HTML stage must drop the same history as the text stage.
func TestCorpusHTMLAgrees(t *testing.T) {
	n := 0
	for _, path := range corpusFiles(t) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if m, err := Read(raw); err != nil || m.Automated() {
			continue // newsletters write different plain and HTML content
		}
		root, err := parser.ReadParts(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		var c content
		collect(root, &c)
		if len(c.html) == 0 || len(c.plain) == 0 {
			continue
		}
		n++
		_, plainText, _ := texts(&content{plain: c.plain}, false)
		_, htmlText, _ := texts(&content{html: c.html}, false)
		want := strings.TrimSpace(spaces.ReplaceAllString(plainText, " "))
		got := strings.TrimSpace(spaces.ReplaceAllString(htmlText, " "))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: HTML new text differs from plain (-plain +html):\n%s", filepath.Base(path), diff)
		}
	}
	if n == 0 {
		t.Fatal("no corpus message has both plain text and HTML")
	}
}
