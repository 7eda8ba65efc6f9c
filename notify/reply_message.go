package notify

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"time"

	gomessage "github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"

	"github.com/scopeguard/scopeguard/message"
)

// DraftHeader marks a draft as scopeguard's reply to one client message; its
// value is the client's Message-ID in angle brackets.
const DraftHeader = "X-Scopeguard-Draft"

// replyRecipients is the Reply-To of the message when set, else its From.
// Addresses that could not be written in a header are left out.
func replyRecipients(m *message.Message) []message.Address {
	var out []message.Address
	for _, a := range m.ReplyTo {
		if replyGoodAddress(a.Address) {
			out = append(out, a)
		}
	}
	if len(out) == 0 && replyGoodAddress(m.From.Address) {
		out = append(out, m.From)
	}
	return out
}

func replyGoodAddress(a string) bool {
	at := strings.LastIndexByte(a, '@')
	return at > 0 && at < len(a)-1 && !strings.ContainsFunc(a, func(r rune) bool {
		return r <= ' ' || r == '<' || r == '>' || r == '"' || r == ',' || r == 0x7f
	})
}

// replyCleanID returns a Message-ID without angle brackets, or false when
// it holds characters a header cannot carry.
func replyCleanID(id string) (string, bool) {
	id = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">")
	if id == "" || len(id) > 500 || strings.ContainsFunc(id, func(r rune) bool {
		return r <= ' ' || r == '<' || r == '>' || r >= 0x7f
	}) {
		return "", false
	}
	return id, true
}

// replyEML builds the draft: From the owner only, To the client, threaded
// with In-Reply-To and References, the original quoted below, the change
// order attached. Boundary, Message-ID and Date derive from the input so the
// same input gives the same bytes.
func replyEML(in ReplyInput, r *Reply, to []message.Address) ([]byte, error) {
	m := in.Message
	key := replyKey(m, r)
	var h mail.Header
	h.SetAddressList("From", []*mail.Address{{Name: in.Owner.Name, Address: in.Owner.Email}})
	var toList []*mail.Address
	for _, a := range to {
		toList = append(toList, &mail.Address{Name: strings.Join(strings.Fields(a.Name), " "), Address: a.Address})
	}
	h.SetAddressList("To", toList)
	h.SetSubject(r.Subject)
	h.SetDate(replyDateHeader(in))
	h.SetMessageID("sg-draft." + key + "@" + replyDomain(in.Owner.Email))
	if id, ok := replyCleanID(m.MessageID); ok {
		var refs []string
		for _, r := range m.References {
			if r, ok := replyCleanID(r); ok && r != id {
				refs = append(refs, r)
			}
		}
		h.SetMsgIDList("In-Reply-To", []string{id})
		h.SetMsgIDList("References", append(refs, id))
		h.Set(DraftHeader, "<"+id+">")
	}
	h.Set("Content-Language", r.Language)
	body := r.Text + "\n" + replyQuoted(m, r.Language, in.Owner.Location)

	var b bytes.Buffer
	if len(r.PDF) == 0 {
		h.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
		h.Set("Content-Transfer-Encoding", "quoted-printable")
		w, err := mail.CreateSingleInlineWriter(&b, h)
		if err != nil {
			return nil, fmt.Errorf("building reply draft: %w", err)
		}
		if err := replyWriteClose(w, []byte(replyCRLF(body))); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	// go-message's mail.CreateWriter draws a random boundary: build the
	// multipart with message.CreateWriter to keep the bytes reproducible.
	h.SetContentType("multipart/mixed", map[string]string{"boundary": "sg-" + key})
	w, err := gomessage.CreateWriter(&b, h.Header)
	if err != nil {
		return nil, fmt.Errorf("building reply draft: %w", err)
	}
	var th gomessage.Header
	th.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
	th.Set("Content-Transfer-Encoding", "quoted-printable")
	th.SetContentDisposition("inline", nil)
	tw, err := w.CreatePart(th)
	if err != nil {
		return nil, fmt.Errorf("building reply draft: %w", err)
	}
	if err := replyWriteClose(tw, []byte(replyCRLF(body))); err != nil {
		return nil, err
	}
	name := r.ChangeOrder.Number + ".pdf"
	var ah gomessage.Header
	ah.SetContentType("application/pdf", map[string]string{"name": name})
	ah.Set("Content-Transfer-Encoding", "base64")
	ah.SetContentDisposition("attachment", map[string]string{"filename": name})
	aw, err := w.CreatePart(ah)
	if err != nil {
		return nil, fmt.Errorf("building reply draft: %w", err)
	}
	if err := replyWriteClose(aw, r.PDF); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("building reply draft: %w", err)
	}
	return b.Bytes(), nil
}

func replyWriteClose(w io.WriteCloser, p []byte) error {
	if _, err := w.Write(p); err != nil {
		return fmt.Errorf("building reply draft: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("building reply draft: %w", err)
	}
	return nil
}

// replyKey identifies a draft by the message it answers and its verdict.
func replyKey(m *message.Message, r *Reply) string {
	sum := sha256.Sum256([]byte(m.MessageID + "\x00" + string(r.Verdict) + "\x00" + m.Subject + "\x00" + m.From.Address))
	return hex.EncodeToString(sum[:10])
}

// replyDateHeader is the configured clock, else the message's own date.
func replyDateHeader(in ReplyInput) time.Time {
	t := in.Now
	if t.IsZero() {
		t = in.Message.Date
	}
	if in.Owner.Location != nil {
		t = t.In(in.Owner.Location)
	}
	return t
}

func replyDomain(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 && i < len(addr)-1 {
		return addr[i+1:]
	}
	return "scopeguard.invalid"
}

// replyQuoted is the attribution line and the original body quoted with
// "> ", as mail clients do.
func replyQuoted(m *message.Message, lang string, loc *time.Location) string {
	body := m.Body
	if body == "" {
		body = m.Text
	}
	who := m.From.Address
	if m.From.Name != "" {
		who = m.From.Name + " <" + m.From.Address + ">"
	}
	d := m.Date
	if loc != nil {
		d = d.In(loc)
	}
	var b strings.Builder
	if d.IsZero() {
		if lang == "fr" {
			fmt.Fprintf(&b, "%s a écrit :\n", who)
		} else {
			fmt.Fprintf(&b, "%s wrote:\n", who)
		}
	} else if lang == "fr" {
		fmt.Fprintf(&b, "Le %s à %s, %s a écrit :\n", replyLongDate(d, lang), d.Format("15:04"), who)
	} else {
		fmt.Fprintf(&b, "On %s at %s, %s wrote:\n", replyLongDate(d, lang), d.Format("15:04"), who)
	}
	for _, l := range strings.Split(strings.TrimRight(strings.ReplaceAll(body, "\r\n", "\n"), "\n"), "\n") {
		if l == "" || strings.HasPrefix(l, ">") {
			b.WriteString(">" + l + "\n")
		} else {
			b.WriteString("> " + l + "\n")
		}
	}
	return b.String()
}

func replyCRLF(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
}
