package notify

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
)

// Message renders the digest as a multipart/alternative email (text and
// HTML) addressed to the owner only. from is the From address (config
// smtp.from, or the owner's address when empty); date is the Date header.
//
// The Message-ID and MIME boundary derive from the period, so a digest
// retried after a crash carries the same Message-ID and mail clients can
// fold the duplicate.
func (d *Digest) Message(from string, date time.Time) ([]byte, error) {
	if d.Owner.Email == "" {
		return nil, fmt.Errorf("building digest message: owner email is empty")
	}
	if from == "" {
		from = d.Owner.Email
	}
	text, err := d.Text()
	if err != nil {
		return nil, err
	}
	html, err := d.HTML()
	if err != nil {
		return nil, err
	}
	key := d.digestKey()

	var h mail.Header
	h.SetAddressList("From", []*mail.Address{{Name: "scopeguard", Address: from}})
	h.SetAddressList("To", []*mail.Address{{Name: d.Owner.Name, Address: d.Owner.Email}})
	h.SetDate(date)
	h.SetSubject(d.Subject())
	h.SetMessageID("digest." + key + "@" + digestDomain(from))
	h.Set("Auto-Submitted", "auto-generated") // RFC 3834: never auto-answered
	h.Set("X-Scopeguard", "digest")
	h.SetContentType("multipart/alternative", map[string]string{"boundary": "sg-digest-" + key})

	var b bytes.Buffer
	w, err := message.CreateWriter(&b, h.Header)
	if err != nil {
		return nil, fmt.Errorf("building digest message: %w", err)
	}
	if err := digestPart(w, "text/plain", text); err != nil {
		return nil, err
	}
	if err := digestPart(w, "text/html", html); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("building digest message: %w", err)
	}
	return b.Bytes(), nil
}

func digestPart(w *message.Writer, typ, body string) error {
	var h message.Header
	h.SetContentType(typ, map[string]string{"charset": "utf-8"})
	h.Set("Content-Transfer-Encoding", "quoted-printable")
	h.Set("Content-Disposition", "inline")
	pw, err := w.CreatePart(h)
	if err != nil {
		return fmt.Errorf("building digest %s part: %w", typ, err)
	}
	if _, err := io.WriteString(pw, body); err != nil {
		return fmt.Errorf("building digest %s part: %w", typ, err)
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("building digest %s part: %w", typ, err)
	}
	return nil
}

// digestKey names the period in 16 hex digits.
func (d *Digest) digestKey() string {
	sum := sha256.Sum256([]byte(d.Since.UTC().Format(time.RFC3339Nano) + "/" + d.Until.UTC().Format(time.RFC3339Nano) + "/" + d.Owner.Email))
	return hex.EncodeToString(sum[:8])
}

func digestDomain(addr string) string {
	if at := strings.LastIndexByte(addr, '@'); at >= 0 && at < len(addr)-1 {
		return addr[at+1:]
	}
	return "scopeguard.invalid"
}
