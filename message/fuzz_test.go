package message

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead feeds Read arbitrary bytes: it must never panic, and what it
// returns must be valid UTF-8 with the new text no longer than the body
// allows. Seeds live in testdata/fuzz/FuzzRead (corpus emails and broken
// ones: missing boundary, bad base64, truncated headers).
func FuzzRead(f *testing.F) {
	f.Add([]byte("From: a@b.example\r\nSubject: hi\r\n\r\nHello\r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Read(raw)
		if errors.Is(err, errPanic) {
			t.Fatalf("Read panicked: %v", err)
		}
		if err != nil {
			if m != nil {
				t.Fatalf("Read returned both a message and error %v", err)
			}
			return
		}
		for name, s := range map[string]string{"Body": m.Body, "Text": m.Text, "Forwarded": m.Forwarded, "Subject": m.Subject} {
			if !utf8.ValidString(s) {
				t.Errorf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if strings.Contains(m.Text, "\r") {
			t.Errorf("Text holds a carriage return: %q", m.Text)
		}
		_ = m.Automated()
	})
}
