package notify

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/emersion/go-message/mail"

	"github.com/scopeguard/scopeguard/contracts"
)

// FuzzDigestRender feeds client-controlled text (sender, subject, excerpt,
// reason) through the digest: rendering must not fail, the HTML part must
// never carry markup from it, and the message must parse and stay addressed
// to the owner only.
func FuzzDigestRender(f *testing.F) {
	f.Add("anne@exemple.test", "Impression ?", "Pouvez-vous imprimer ?", "cue: \"impression\"", 450.0)
	f.Add("x@y", `<script>alert(1)</script>`, `</li><img src=x onerror=alert(1)>`, `"><svg onload=1>`, -1.5)
	f.Add("a\r\nBcc: victim@evil.test", "Subject\r\nTo: other@evil.test", "{{.Owner.Email}}", "%s%d%!", 1e15)
	f.Add("", "\x00\xff\xfe", strings.Repeat("é", 500), "", 0.0)
	f.Fuzz(func(t *testing.T, from, subject, excerpt, reason string, amount float64) {
		d := digestFuzzDigest(from, subject, excerpt, reason, amount)
		html, err := d.HTML()
		if err != nil {
			t.Fatal(err)
		}
		// The same digest with harmless text of the same emptiness.
		it := d.Clients[0].Requests[0]
		ref, err := digestFuzzDigest(digestX(from), digestX(it.Subject), digestX(it.Excerpt), digestX(reason), 1).HTML()
		if err != nil {
			t.Fatal(err)
		}
		if n, want := strings.Count(html, "<"), strings.Count(ref, "<"); n != want {
			t.Fatalf("client text added markup: %d '<' in the html, want %d", n, want)
		}
		if _, err := d.Text(); err != nil {
			t.Fatal(err)
		}
		msg, err := d.Message("scopeguard@studio.test", digestUntil)
		if err != nil {
			t.Fatal(err)
		}
		if err := smtpCheckRecipients(d.Owner.Email, msg); err != nil {
			t.Fatalf("digest not addressed to the owner only: %v", err)
		}
		mr, err := mail.CreateReader(bytes.NewReader(msg))
		if err != nil {
			t.Fatal(err)
		}
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, p.Body)
		}
	})
}

func digestX(s string) string {
	if s == "" {
		return ""
	}
	return "x"
}

// digestFuzzDigest puts client text in every place the digest shows it.
func digestFuzzDigest(from, subject, excerpt, reason string, amount float64) *Digest {
	it := DigestItem{Date: digestSince, From: from, Subject: digestOneLine(subject, 200),
		Excerpt: digestOneLine(excerpt, digestExcerptRunes), Verdict: contracts.OutOfScope, Reason: reason}
	return &Digest{
		Since: digestSince, Until: digestUntil, Owner: digestOwner("fr"), Language: "fr", OutOfScope: 1, ChangeOrders: 1,
		Totals: []DigestAmount{{Currency: "EUR", Value: amount}},
		Clients: []DigestClient{{Contract: "c", Client: from, Project: subject, Requests: []DigestItem{it},
			Unclear: []DigestItem{it}, Drafts: []DigestItem{it},
			ChangeOrders: []DigestChangeOrder{{Number: subject, Amount: amount, Currency: "EUR", Status: reason}}}},
	}
}
