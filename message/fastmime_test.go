package message

import (
	"errors"
	"net/textproto"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readWith is Read with a chosen MIME parser.
func readWith(raw []byte, parse func([]byte) (textproto.MIMEHeader, *content, error)) (*Message, error) {
	h, c, err := parse(raw)
	if err != nil {
		return nil, err
	}
	m := &Message{}
	readHeaders(m, h)
	m.Attachments = c.attachments
	m.Body, m.Text, m.Forwarded = texts(c, forwardSubject.MatchString(m.Subject))
	if m.Forwarded == "" {
		m.Forwarded = attachedText(c.messages, 0)
	}
	return m, nil
}

// TestFastPathAgrees checks the standard library fast path reads every
// corpus email exactly as enmime does, and never falls back on them.
func TestFastPathAgrees(t *testing.T) {
	for _, path := range corpusFiles(t) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fast, err := readWith(raw, fastParse)
		if err != nil {
			t.Errorf("%s: fast path gave up: %v", filepath.Base(path), err)
			continue
		}
		slow, err := readWith(raw, enmimeParse)
		if err != nil {
			t.Fatalf("%s: enmime: %v", filepath.Base(path), err)
		}
		if diff := cmp.Diff(slow, fast); diff != "" {
			t.Errorf("%s: fast path differs from enmime (-enmime +fast):\n%s", filepath.Base(path), diff)
		}
	}
}

// checkPathsAgree fails t when the fast path reads raw differently from
// enmime. A message the fast path gives up on is not compared.
func checkPathsAgree(t *testing.T, raw []byte) {
	t.Helper()
	fast, err := readWith(raw, fastParse)
	if errors.Is(err, errFallback) {
		return
	}
	if err != nil {
		t.Fatalf("fast path: %v", err)
	}
	slow, err := readWith(raw, enmimeParse)
	if err != nil {
		t.Fatalf("enmime: %v", err)
	}
	if diff := cmp.Diff(slow, fast); diff != "" {
		t.Errorf("fast path differs from enmime (-enmime +fast):\n%s", diff)
	}
}

func TestFastPathFallsBack(t *testing.T) {
	tests := map[string]string{
		"missing boundary":  "Content-Type: multipart/mixed\r\n\r\n--x\r\n\r\nhi\r\n",
		"unclosed boundary": "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n",
		"bad base64":        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8g!!!\r\n",
		"unknown encoding":  "Content-Type: text/plain\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nhi\r\n",
		"unknown charset":   "Content-Type: text/plain; charset=x-nope\r\n\r\nhi\r\n",
		"8-bit header":      "Subject: caf\xe9\r\n\r\nhi\r\n",
		"bad media type":    "Content-Type: text/plain; charset\r\n\r\nhi\r\n",
	}
	for name, raw := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := fastParse([]byte("From: a@b.example\r\n" + raw))
			if !errors.Is(err, errFallback) {
				t.Errorf("fastParse error = %v, want errFallback", err)
			}
			if _, err := Read([]byte("From: a@b.example\r\n" + raw)); err != nil {
				t.Errorf("Read: %v", err)
			}
		})
	}
}
