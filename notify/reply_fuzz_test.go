package notify

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message/mail"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/message"
)

// FuzzReplySubject: any subject gives one "Re: " and no marker left.
func FuzzReplySubject(f *testing.F) {
	for _, s := range []string{"Re: RE : TR : Logo", "Fwd: [EXT] x", "Réf. : y", "", "Re[3]:", "AW: WG: SV: z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, subject string) {
		got := replySubject(subject, "Projet")
		rest := strings.TrimPrefix(got, "Re: ")
		if rest == got || rest == "" {
			t.Fatalf("replySubject(%q) = %q", subject, got)
		}
		if again := replyStripPrefixes(rest); again != rest {
			t.Fatalf("markers left in %q (strip gives %q)", rest, again)
		}
		if utf8.ValidString(subject) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from valid %q", subject)
		}
	})
}

var replyFuzzContract = &contracts.Contract{
	ID: "fuzz", Client: "Client SA", Project: "Projet", Language: "fr", Currency: "EUR", HourlyRate: 50,
	Signed: contracts.Date{Time: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)}, Deadline: contracts.Date{Time: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)},
	Provider:     contracts.Party{Name: "Studio", Email: "owner@studio.example"},
	Deliverables: []contracts.Deliverable{{ID: "logo", Name: "Logo", Quantity: 2, Unit: "concept", Revisions: 1}},
	Exclusions:   []contracts.Exclusion{{Name: "Site web", EstimateHours: 10}},
	Rates:        []contracts.Rate{{Name: "Concept supplémentaire", Price: 300}},
}

// FuzzCompose: whatever the client wrote (subject, text, name, address and
// the sentence the engine quotes), the draft is well-formed, threaded, from
// the owner only, and carries no header injected from the message.
func FuzzCompose(f *testing.F) {
	f.Add("Re: Logo", "Pouvez-vous changer le logo ?", "Claire Martin", "claire@client.example", "Pouvez-vous changer le logo ?", "id1@client.example", uint8(0))
	f.Add("Logo\r\nBcc: x@evil.example", "always never\n> quoted", "\"Dupont, Marc\"", "marc@client.example", "you never listen", "a\r\nb@x", uint8(1))
	f.Add("", "", "", "", "", "", uint8(2))
	f.Add("TR: RE: Devis", "un site web ?", "Zoë", "zoe@client.example", strings.Repeat("très long ", 80), "x@y", uint8(3))
	comp, err := NewComposer("")
	if err != nil {
		f.Fatal(err)
	}
	verdicts := []contracts.Verdict{contracts.RevisionOverLimit, contracts.OutOfScope, contracts.Unclear, contracts.Revision}
	f.Fuzz(func(t *testing.T, subject, text, name, addr, request, id string, pick uint8) {
		r := contracts.Result{Verdict: verdicts[int(pick)%len(verdicts)], Contract: "fuzz", Request: request, Tension: pick&4 != 0}
		switch pick % 3 {
		case 0:
			r.Deliverable, r.Quantity = "logo", int(pick)
		case 1:
			r.Exclusion = "Site web"
		}
		m := &message.Message{MessageID: id, Subject: subject, Body: text, Text: text,
			From: message.Address{Name: name, Address: addr}, Date: time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)}
		in := ReplyInput{Contract: replyFuzzContract, Result: r, Message: m, ChangeOrderNumber: "CO-2026-001",
			Replies: config.Replies{LastRoundNotice: true}}
		reply, err := comp.Compose(in)
		if err != nil {
			t.Fatal(err)
		}
		if reply == nil {
			return
		}
		mr, err := mail.CreateReader(bytes.NewReader(reply.EML))
		if err != nil {
			t.Fatalf("draft does not parse: %v", err)
		}
		from, err := mr.Header.AddressList("From")
		if err != nil || len(from) != 1 || from[0].Address != "owner@studio.example" {
			t.Fatalf("From = %v, %v", from, err)
		}
		for _, k := range []string{"Bcc", "Cc"} {
			if mr.Header.Has(k) {
				t.Fatalf("draft has a %s header", k)
			}
		}
		if got, _ := mr.Header.Subject(); !strings.HasPrefix(got, "Re: ") {
			t.Fatalf("Subject = %q", got)
		}
	})
}
