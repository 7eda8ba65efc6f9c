package watcher

import (
	"strings"
	"testing"
)

func TestHeaderValue(t *testing.T) {
	tests := []struct {
		name, raw, field, want string
	}{
		{"simple", "Message-Id: <a@b>\r\n\r\nbody", "Message-ID", "<a@b>"},
		{"folded", "Subject: x\r\nMessage-ID:\r\n <folded@b>\r\n\r\n", "message-id", "<folded@b>"},
		{"lf only", "From: a\nX-Scopeguard-Draft: <id@x>\n\nMessage-ID: <body@x>\n", DraftHeader, "<id@x>"},
		{"not in body", "From: a\r\n\r\nMessage-ID: <body@x>\r\n", "Message-ID", ""},
		{"first wins", "Message-ID: <1@x>\r\nMessage-ID: <2@x>\r\n\r\n", "Message-ID", "<1@x>"},
		{"no colon line", "garbage\r\nMessage-ID: <ok@x>\r\n\r\n", "Message-ID", "<ok@x>"},
		{"empty", "", "Message-ID", ""},
		{"prefix name", "Message-ID-Extra: <no@x>\r\n\r\n", "Message-ID", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headerValue([]byte(tt.raw), tt.field); got != tt.want {
				t.Errorf("headerValue = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMessageID(t *testing.T) {
	for in, want := range map[string]string{
		"<a@b>":                  "a@b",
		"  <a@b> (comment)":      "a@b",
		"a@b":                    "a@b",
		"<unclosed@b":            "<unclosed@b",
		"":                       "",
		strings.Repeat("x", 600): strings.Repeat("x", 512),
	} {
		if got := messageID(in); got != want {
			t.Errorf("messageID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithDraftHeader(t *testing.T) {
	got := string(withDraftHeader([]byte("Subject: x\r\n\r\nhi"), "id@x"))
	if got != "X-Scopeguard-Draft: <id@x>\r\nSubject: x\r\n\r\nhi" {
		t.Errorf("added header: %q", got)
	}
	has := []byte("X-Scopeguard-Draft: <other@x>\r\n\r\n")
	if string(withDraftHeader(has, "id@x")) != string(has) {
		t.Error("existing header replaced")
	}
}

func FuzzHeaderValue(f *testing.F) {
	f.Add([]byte("Message-Id: <a@b>\r\n\r\nbody"), "Message-ID")
	f.Add([]byte("X-Scopeguard-Draft:\r\n\t<x@y>\r\n\r\n"), DraftHeader)
	f.Add([]byte(":\n \n\t\n"), "")
	f.Fuzz(func(t *testing.T, raw []byte, name string) {
		v := headerValue(raw, name)
		if len(v) > len(raw)+len(raw)/2+1 {
			t.Fatalf("value longer than its input: %d > %d", len(v), len(raw))
		}
		if strings.ContainsAny(v, "\r\n") {
			t.Fatalf("value %q keeps a line break", v)
		}
		// A bracketed id is cut at its first '>'.
		if id := messageID(v); strings.Contains(v[strings.Index(v, "<")+1:], ">") && strings.Contains(v, "<") && strings.Contains(id, ">") {
			t.Fatalf("messageID(%q) = %q keeps a '>'", v, id)
		}
	})
}
