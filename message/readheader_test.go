package message

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// ReadHeader reads the same header fields as Read, on every corpus email.
func TestReadHeaderAgrees(t *testing.T) {
	for _, path := range corpusFiles(t) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		head, err := ReadHeader(raw)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if head.Text != "" || head.Body != "" {
			t.Errorf("%s: ReadHeader read the body", path)
		}
		whole.Body, whole.Text, whole.Forwarded, whole.Attachments = "", "", "", nil
		if diff := cmp.Diff(whole, head); diff != "" {
			t.Errorf("%s: header fields differ (-Read +ReadHeader):\n%s", path, diff)
		}
	}
}

// Head.Read reads the same message as Read, on every email of the
// development corpus and of the held-out corpora (many mail clients,
// charsets and MIME layouts), with the header parsed only once.
func TestHeadReadAgrees(t *testing.T) {
	files := corpusFiles(t)
	heldout, _ := filepath.Glob("../testdata/heldout*/cases/*.eml")
	if len(heldout) == 0 {
		t.Fatal("no held-out corpus emails in ../testdata")
	}
	for _, path := range append(files, heldout...) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		head, err := ReadHead(raw)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if head.Message.Text != "" {
			t.Errorf("%s: ReadHead read the body", path)
		}
		got, err := head.Read()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if diff := cmp.Diff(whole, got); diff != "" {
			t.Errorf("%s: Head.Read differs from Read (-Read +Head.Read):\n%s", path, diff)
		}
	}
}

func FuzzReadHeader(f *testing.F) {
	f.Add([]byte("From: a@b.example\r\nSubject: hi\r\n\r\nHello\r\n"))
	f.Add([]byte("From: =?utf-8?q?Caf=C3=A9?= <a@b.example>\nDate: Mon, 23 Nov 2026 10:00:00 +0100\nIn-Reply-To: <x@y>\n\nbody"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := ReadHeader(raw)
		if errors.Is(err, errPanic) {
			t.Fatalf("ReadHeader panicked: %v", err)
		}
		if err != nil {
			return
		}
		for name, s := range map[string]string{"Subject": m.Subject, "From": m.From.Address, "MessageID": m.MessageID} {
			if !utf8.ValidString(s) {
				t.Errorf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if m.Text != "" {
			t.Errorf("ReadHeader read the body")
		}
		head, err := ReadHead(raw)
		if err != nil {
			t.Fatalf("ReadHeader read it, ReadHead did not: %v", err)
		}
		got, gerr := head.Read()
		want, werr := Read(raw)
		if (gerr == nil) != (werr == nil) {
			t.Fatalf("Head.Read error %v, Read error %v", gerr, werr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Head.Read differs from Read (-Read +Head.Read):\n%s", diff)
		}
	})
}
