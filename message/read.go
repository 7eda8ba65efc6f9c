package message

import (
	"bytes"
	"errors"
	"fmt"
	"net/textproto"
	"regexp"
	"strings"
	"unicode/utf8"
)

// ErrNotMessage is returned for input that has no readable header.
var ErrNotMessage = errors.New("not an email message")

// errPanic marks a panic recovered inside Read; the fuzz test looks for it.
var errPanic = errors.New("parser panic")

// forwardSubject matches the subject prefixes of a forward (Fwd:, TR:, FW:);
// "RE: TR:" is a reply, its history is not a forward.
var forwardSubject = regexp.MustCompile(`(?i)^\s*(?:fwd?|tr|wg|rv|enc) ?:`)

// Read parses raw RFC 5322 bytes. It never panics. A message whose body is
// partly broken (bad base64, a missing boundary) still yields what could be
// read; an error is returned only when nothing usable is there.
func Read(raw []byte) (m *Message, err error) {
	return read(raw, 0)
}

// ReadHeader parses only the header of raw: addresses, subject, date,
// ids and the automation headers, with no Body or Text. It costs a small
// part of Read, for deciding whether a message needs reading at all. A
// header the fast path cannot read is read by Read, whole.
func ReadHeader(raw []byte) (m *Message, err error) {
	h, err := ReadHead(raw)
	if err != nil {
		return nil, err
	}
	return h.Message, nil
}

// Head is a message read as far as its header, whose body can then be
// read without parsing the header again.
type Head struct {
	// Message has the header fields only: no Body, Text, Forwarded or
	// Attachments.
	Message *Message
	raw     []byte
	header  textproto.MIMEHeader // nil when the header needed the slow path
	body    []byte
}

// ReadHead reads the header of raw, as ReadHeader does, keeping what
// Head.Read needs to read the rest.
func ReadHead(raw []byte) (head *Head, err error) {
	defer func() {
		if r := recover(); r != nil {
			head, err = nil, fmt.Errorf("reading message header: %w: %v", errPanic, r)
		}
	}()
	h, body, err := splitHeader(raw)
	if err != nil {
		m, err := Read(raw)
		if err != nil {
			return nil, err
		}
		m.Body, m.Text, m.Forwarded, m.Attachments = "", "", "", nil
		return &Head{Message: m, raw: raw}, nil
	}
	m := &Message{}
	readHeaders(m, h)
	return &Head{Message: m, raw: raw, header: h, body: body}, nil
}

// Read reads the whole message, as Read(raw) does, with the header it
// already has.
func (hd *Head) Read() (m *Message, err error) {
	if hd.header == nil {
		return Read(hd.raw)
	}
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("reading message: %w: %v", errPanic, r)
		}
	}()
	c, err := fastBody(hd.header, hd.body)
	if err != nil {
		return Read(hd.raw) // the slow path reads header and body again
	}
	m = new(Message)
	*m = *hd.Message
	finish(m, c, 0)
	return m, nil
}

// maxNesting bounds how deep attached messages are read.
const maxNesting = 2

func read(raw []byte, depth int) (m *Message, err error) {
	defer func() {
		// The MIME and HTML libraries are third-party code fed with
		// untrusted bytes: a bug there must not take the daemon down.
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("reading message: %w: %v", errPanic, r)
		}
	}()
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, fmt.Errorf("reading message: empty input: %w", ErrNotMessage)
	}
	h, c, err := fastParse(raw)
	if err != nil {
		h, c, err = enmimeParse(raw)
	}
	if err != nil {
		return nil, fmt.Errorf("reading message: %w: %w", ErrNotMessage, err)
	}
	if len(h) == 0 {
		return nil, fmt.Errorf("reading message: no header fields: %w", ErrNotMessage)
	}
	m = &Message{}
	readHeaders(m, h)
	finish(m, c, depth)
	return m, nil
}

// finish fills in the body fields of m, whose header fields are read.
func finish(m *Message, c *content, depth int) {
	m.Attachments = c.attachments
	m.Body, m.Text, m.Forwarded = texts(c, forwardSubject.MatchString(m.Subject))
	if m.Forwarded == "" && depth < maxNesting {
		m.Forwarded = attachedText(c.messages, depth)
	}
}

// attachedText returns the text of messages forwarded as attachments
// (Outlook's "forward as attachment"): their own new text, or their whole
// body when that is empty.
func attachedText(messages [][]byte, depth int) string {
	var texts []string
	for _, raw := range messages {
		inner, err := read(raw, depth+1)
		if err != nil {
			continue
		}
		t := inner.Text
		if t == "" {
			t = inner.Body
		}
		if t != "" {
			texts = append(texts, t)
		}
	}
	return strings.Join(texts, "\n\n")
}

// texts returns the whole body, the new text and any forwarded text.
func texts(c *content, forward bool) (body, text, forwarded string) {
	var newSrc string
	if plain := strings.Join(c.plain, "\n"); strings.TrimSpace(plain) != "" || len(c.html) == 0 {
		body = plain
		newSrc = body
	} else {
		src := strings.Join(c.html, "\n")
		body = htmlToText(src, htmlAll)
		if forward {
			newSrc = htmlToText(src, htmlForward)
		} else {
			newSrc = htmlToText(src, htmlNew)
		}
	}
	body = clean(body)
	text, forwarded = splitHistory(clean(newSrc), forward)
	return tidy(body), tidy(stripSignature(text)), forwarded
}

// clean makes text valid UTF-8 with \n line ends and no byte order marks.
func clean(s string) string {
	s = normalizeNewlines(s)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.ReplaceAll(s, "\ufeff", "")
}
