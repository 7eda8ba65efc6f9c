// Package message reads a raw RFC 5322 email into what the scope engine
// needs: the headers that matter and the new text the sender wrote, with
// MIME, charsets, HTML, quoted history, signatures and disclaimers removed.
//
// It never touches the network or the disk; it must not panic on any input.
package message

import (
	"strings"
	"time"
)

// Message is one email as scopeguard sees it.
type Message struct {
	MessageID  string   // without angle brackets
	InReplyTo  []string // without angle brackets
	References []string // without angle brackets
	From       Address
	ReplyTo    []Address
	To         []Address
	Cc         []Address
	Subject    string // decoded
	Date       time.Time

	// Headers that mark automated mail.
	AutoSubmitted string
	Precedence    string
	ListID        string
	XAutoreply    string
	// XScopeguard is the value of scopeguard's own draft header, if any.
	XScopeguard string

	// Body is the whole decoded text of the message (quotes included),
	// used to quote the original below a reply.
	Body string
	// Text is the new text the sender wrote: no quoted history, signature,
	// disclaimer or "sent from my phone" line.
	Text string
	// Forwarded is the text of a message the sender forwarded below their
	// own words (a customer's email, say): not part of Text, but a
	// classifier may look at it.
	Forwarded string
	// Attachments lists attached file names (their content is ignored).
	Attachments []string
}

// Address is a parsed mailbox.
type Address struct {
	Name    string
	Address string // lower-cased
}

// Automated reports whether headers mark the message as machine-sent or list
// mail, which scopeguard never answers.
func (m *Message) Automated() bool {
	auto := firstToken(m.AutoSubmitted) // "no (comment)" is still no
	prec := strings.TrimSpace(m.Precedence)
	switch {
	case auto != "" && !equalFold(auto, "no"):
		return true
	case equalFold(prec, "bulk"), equalFold(prec, "list"), equalFold(prec, "junk"), equalFold(prec, "auto_reply"):
		return true
	case strings.TrimSpace(m.ListID) != "", strings.TrimSpace(m.XAutoreply) != "":
		return true
	}
	return false
}

// firstToken returns the value before any parameter or comment.
func firstToken(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, " \t;("); i >= 0 {
		v = v[:i]
	}
	return v
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
