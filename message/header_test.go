package message

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestHeaders(t *testing.T) {
	raw := eml([]string{
		"From: =?windows-1252?Q?Thomas_Nguy=EAn?= <Thomas.Nguyen@Client.Example>",
		"Reply-To: \"Sillon, compta\" <COMPTA@client.example>",
		"To: =?windows-1252?Q?Marion_Lef=E8vre?= <Studio@Atelier.Example>, plain@x.example",
		"CC: Claire Martin <claire@client.example>",
		"Subject: =?windows-1252?Q?RE=A0:_Logo_=96_fichiers_d=E9finitifs?=",
		" =?windows-1252?Q?_(=80)?=",
		"Date: Mon, 2 Nov 2026 09:05:31 +0000",
		"Message-ID: <PR3P264MB6454@PR3P264MB6454.PROD.OUTLOOK.COM>",
		"References: <a@x.example>",
		" <b@x.example>",
		"In-Reply-To: <b@x.example>",
		"X-Scopeguard-Draft: d-42",
		"Content-Type: text/plain; charset=utf-8",
	}, "Hello.\n")
	m, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := &Message{
		MessageID:   "PR3P264MB6454@PR3P264MB6454.PROD.OUTLOOK.COM",
		InReplyTo:   []string{"b@x.example"},
		References:  []string{"a@x.example", "b@x.example"},
		From:        Address{Name: "Thomas Nguyên", Address: "thomas.nguyen@client.example"},
		ReplyTo:     []Address{{Name: "Sillon, compta", Address: "compta@client.example"}},
		To:          []Address{{Name: "Marion Lefèvre", Address: "studio@atelier.example"}, {Address: "plain@x.example"}},
		Cc:          []Address{{Name: "Claire Martin", Address: "claire@client.example"}},
		Subject:     "RE\u00a0: Logo – fichiers définitifs (€)",
		Date:        time.Date(2026, 11, 2, 9, 5, 31, 0, time.UTC),
		XScopeguard: "d-42",
		Body:        "Hello.",
		Text:        "Hello.",
	}
	if diff := cmp.Diff(want, m, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
}

func TestHeaderTolerance(t *testing.T) {
	tests := []struct {
		name    string
		headers []string
		check   func(t *testing.T, m *Message)
	}{{
		name:    "broken date is the zero time",
		headers: []string{"From: a@b.example", "Date: the day after tomorrow"},
		check: func(t *testing.T, m *Message) {
			if !m.Date.IsZero() {
				t.Errorf("Date = %v, want zero", m.Date)
			}
		},
	}, {
		name:    "ids without brackets",
		headers: []string{"From: a@b.example", "Message-ID: bare@id", "References: one@x two@x", "In-Reply-To: <two@x> (comment)"},
		check: func(t *testing.T, m *Message) {
			got := []any{m.MessageID, m.References, m.InReplyTo}
			want := []any{"bare@id", []string{"one@x", "two@x"}, []string{"two@x"}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
		},
	}, {
		name:    "one bad address does not hide the others",
		headers: []string{"From: a@b.example", "To: Good <Good@x.example>, broken <<>>, other@Y.example"},
		check: func(t *testing.T, m *Message) {
			want := []Address{{Name: "Good", Address: "good@x.example"}, {Address: "other@y.example"}}
			if diff := cmp.Diff(want, m.To); diff != "" {
				t.Errorf("To (-want +got):\n%s", diff)
			}
		},
	}, {
		name:    "undecodable subject kept as sent",
		headers: []string{"From: a@b.example", "Subject: =?x-nope?Q?abc?="},
		check: func(t *testing.T, m *Message) {
			if m.Subject != "=?x-nope?Q?abc?=" {
				t.Errorf("Subject = %q", m.Subject)
			}
		},
	}, {
		name:    "missing From",
		headers: []string{"Subject: no sender"},
		check: func(t *testing.T, m *Message) {
			if m.From != (Address{}) {
				t.Errorf("From = %v, want zero", m.From)
			}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Read(eml(tt.headers, "x\n"))
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, m)
		})
	}
}

func TestAutomated(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{"Auto-Submitted: auto-replied", true},
		{"Auto-Submitted: auto-generated", true},
		{"Auto-Submitted: no", false},
		{"Auto-Submitted:  No ", false},
		{"Auto-Submitted: no (sent by a person)", false},
		{"Auto-Submitted: auto-replied; owner-email=\"x@y.example\"", true},
		{"Precedence: bulk", true},
		{"Precedence: List", true},
		{"Precedence: junk", true},
		{"Precedence: auto_reply", true},
		{"Precedence: first-class", false},
		{"List-Id: <news.example.com>", true},
		{"X-Autoreply: yes", true},
		{"X-Autoreply: ", false},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			h := []string{"From: a@b.example", "Subject: s"}
			if tt.header != "" {
				h = append(h, tt.header)
			}
			m, err := Read(eml(h, "x\n"))
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Automated(); got != tt.want {
				t.Errorf("Automated() = %v, want %v", got, tt.want)
			}
		})
	}
	// Fields set directly (not through Read) are trimmed too.
	m := &Message{AutoSubmitted: " no ", Precedence: " bulk "}
	if !m.Automated() {
		t.Error("Automated() = false for Precedence \" bulk \"")
	}
	m = &Message{AutoSubmitted: " no "}
	if m.Automated() {
		t.Error("Automated() = true for Auto-Submitted \" no \"")
	}
}

func TestReadErrors(t *testing.T) {
	for _, raw := range []string{"", "   \r\n\r\n", "just some words without a header\r\n"} {
		_, err := Read([]byte(raw))
		if !errors.Is(err, ErrNotMessage) {
			t.Errorf("Read(%q) error = %v, want ErrNotMessage", raw, err)
		}
	}
}
