package message

import (
	"fmt"
	"io"
	"mime"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// wordDecoder decodes RFC 2047 encoded-words in any charset x/text knows.
// Outlook writes windows-1252 words, which the standard decoder rejects.
var wordDecoder = &mime.WordDecoder{CharsetReader: charsetReader}

var addressParser = &mail.AddressParser{WordDecoder: wordDecoder}

// lookupCharset maps a MIME charset label to a decoder. It follows the
// WHATWG table, so iso-8859-1 and us-ascii decode as windows-1252: mail
// labelled Latin-1 often holds cp1252 bytes such as the euro sign 0x80.
func lookupCharset(label string) (encoding.Encoding, error) {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	switch label {
	case "", "utf-8", "utf8":
		return unicode.UTF8, nil
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("unknown charset %q: %w", label, err)
	}
	return enc, nil
}

func charsetReader(label string, r io.Reader) (io.Reader, error) {
	enc, err := lookupCharset(label)
	if err != nil {
		return nil, err
	}
	return enc.NewDecoder().Reader(r), nil
}

// readHeaders fills the header fields of m from h.
func readHeaders(m *Message, h textproto.MIMEHeader) {
	fixRawHeaders(h)
	m.MessageID = firstID(h.Get("Message-Id"))
	m.InReplyTo = parseIDs(h.Get("In-Reply-To"))
	m.References = parseIDs(strings.Join(h.Values("References"), " "))
	if from := parseAddresses(h.Get("From")); len(from) > 0 {
		m.From = from[0]
	}
	m.ReplyTo = parseAddresses(h.Get("Reply-To"))
	m.To = parseAddresses(strings.Join(h.Values("To"), ", "))
	m.Cc = parseAddresses(strings.Join(h.Values("Cc"), ", "))
	m.Subject = decodeText(h.Get("Subject"))
	m.Date = parseDate(h.Get("Date"))
	m.AutoSubmitted = strings.TrimSpace(h.Get("Auto-Submitted"))
	m.Precedence = strings.TrimSpace(h.Get("Precedence"))
	m.ListID = strings.TrimSpace(h.Get("List-Id"))
	m.XAutoreply = strings.TrimSpace(h.Get("X-Autoreply"))
	m.XScopeguard = strings.TrimSpace(h.Get("X-Scopeguard-Draft"))
}

// fixRawHeaders decodes header values sent as raw 8-bit bytes, not as
// encoded-words: when they are not UTF-8 they are read as windows-1252,
// what the programs that send them almost always mean.
func fixRawHeaders(h textproto.MIMEHeader) {
	for _, values := range h {
		for i, v := range values {
			if !utf8.ValidString(v) {
				values[i] = fixC1(decodeLatin(v))
			}
		}
	}
}

// decodeLatin maps each byte to the rune of the same value (ISO-8859-1);
// fixC1 then maps 0x80-0x9F as windows-1252.
func decodeLatin(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

// decodeText decodes an unstructured header; undecodable words stay as sent.
func decodeText(v string) string {
	v = strings.TrimSpace(v)
	if !strings.Contains(v, "=?") {
		return v
	}
	d, err := wordDecoder.DecodeHeader(v)
	if err != nil {
		return v
	}
	return strings.TrimSpace(strings.ToValidUTF8(d, "\uFFFD"))
}

// parseDate tolerates broken dates: they become the zero time.
func parseDate(v string) time.Time {
	v = strings.TrimSpace(v)
	// Most mail writes RFC 5322's own layout; net/mail tries several
	// layouts in turn and builds an error for each that fails.
	if t, err := time.Parse(time.RFC1123Z, v); err == nil {
		return t
	}
	t, err := mail.ParseDate(v)
	if err != nil {
		return time.Time{}
	}
	return t
}

// parseIDs returns the message ids of an In-Reply-To or References header,
// without angle brackets. Ids written without brackets are accepted when
// the header has none in brackets; comments are skipped.
func parseIDs(v string) []string {
	var ids []string
	if !strings.Contains(v, "<") {
		for _, f := range strings.Fields(v) {
			if !strings.HasPrefix(f, "(") && !strings.HasSuffix(f, ")") {
				ids = append(ids, f)
			}
		}
		return ids
	}
	for {
		open := strings.IndexByte(v, '<')
		if open < 0 {
			return ids
		}
		v = v[open+1:]
		end := strings.IndexByte(v, '>')
		if end < 0 {
			end = len(v) // truncated header: keep what is there
		}
		if id := strings.TrimSpace(v[:end]); id != "" && !strings.ContainsAny(id, " \t") {
			ids = append(ids, id)
		}
		if end == len(v) {
			return ids
		}
		v = v[end+1:]
	}
}

func firstID(v string) string {
	if ids := parseIDs(v); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// parseAddresses parses an address list; when the whole list does not
// parse, each comma-separated piece is tried alone so one bad entry does
// not hide the others.
func parseAddresses(v string) []Address {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	list, err := addressParser.ParseList(v)
	if err != nil {
		list = list[:0]
		for _, piece := range strings.Split(v, ",") {
			if a, err := addressParser.Parse(piece); err == nil {
				list = append(list, a)
			}
		}
	}
	out := make([]Address, 0, len(list))
	for _, a := range list {
		out = append(out, Address{
			Name:    strings.ToValidUTF8(a.Name, "\uFFFD"),
			Address: strings.ToLower(strings.ToValidUTF8(a.Address, "\uFFFD")),
		})
	}
	return out
}
