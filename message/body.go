package message

import (
	"bytes"
	"net/textproto"
	"strings"

	"github.com/jhillyerd/enmime/v2"
	"github.com/jhillyerd/enmime/v2/mediatype"
)

// parser survives broken mail: a missing closing boundary or bad base64
// becomes a warning on the part, not an error. Charset detection is off so
// the declared charset wins (it is right far more often than a guess).
var parser = enmime.NewParser(
	enmime.SkipMalformedParts(true),
	enmime.DisableCharacterDetection(true),
	enmime.SetReadPartErrorPolicy(enmime.AllowCorruptTextPartErrorPolicy),
	enmime.MaxStoredPartErrors(8),
)

// content is the readable content of a message: plain text, or HTML when
// the sender's client wrote no plain text.
type content struct {
	plain       []string // text/plain bodies, in order
	html        []string // text/html bodies, used when there is no plain text
	attachments []string
	rawHTML     []rawPart // fast path: HTML parts not decoded yet
	messages    [][]byte  // attached messages (message/rfc822), raw
}

// enmimeParse reads raw with enmime, which repairs broken mail.
func enmimeParse(raw []byte) (textproto.MIMEHeader, *content, error) {
	root, err := parser.ReadParts(bytes.NewReader(raw))
	if err != nil {
		return nil, nil, err
	}
	var c content
	collect(root, &c)
	return root.Header, &c, nil
}

// collect walks the MIME tree: it picks one alternative of each
// multipart/alternative and concatenates the parts of other multiparts.
func collect(p *enmime.Part, c *content) {
	switch {
	case p == nil:
		return
	case p.ContentType == "message/rfc822":
		c.messages = append(c.messages, p.Content)
		if name := strings.TrimSpace(p.FileName); name != "" {
			c.attachments = append(c.attachments, name)
		}
		return
	case isAttachment(p):
		if name := strings.TrimSpace(p.FileName); name != "" {
			c.attachments = append(c.attachments, name)
		}
		return
	case p.ContentType == "multipart/alternative":
		collectAlternative(p, c)
		return
	case strings.HasPrefix(p.ContentType, "multipart/"):
		for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
			collect(ch, c)
		}
		return
	case p.ContentType == "text/html":
		c.html = append(c.html, fixC1(string(p.Content)))
	case p.ContentType == "text/plain" || p.ContentType == "":
		c.plain = append(c.plain, plainText(p))
	}
}

// collectAlternative keeps one of the alternatives.
func collectAlternative(p *enmime.Part, c *content) {
	var alt content
	for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
		collect(ch, &alt)
	}
	mergeAlternative(c, &alt)
}

// mergeAlternative adds to c the first non-empty plain text and the last
// HTML body (the richest, per RFC 2046) among the alternatives in alt.
func mergeAlternative(c, alt *content) {
	for _, t := range alt.plain {
		if strings.TrimSpace(t) != "" {
			c.plain = append(c.plain, t)
			break
		}
	}
	if n := len(alt.html); n > 0 {
		c.html = append(c.html, alt.html[n-1])
	}
	if n := len(alt.rawHTML); n > 0 {
		c.rawHTML = append(c.rawHTML, alt.rawHTML[n-1])
	}
	c.attachments = append(c.attachments, alt.attachments...)
	c.messages = append(c.messages, alt.messages...)
}

func isAttachment(p *enmime.Part) bool {
	if strings.EqualFold(p.Disposition, "attachment") {
		return true
	}
	// An inline image or document with a name is a file, not text.
	return p.FileName != "" && !strings.HasPrefix(p.ContentType, "text/") &&
		!strings.HasPrefix(p.ContentType, "multipart/")
}

// plainText returns the decoded text of a text/plain part, with
// format=flowed lines joined.
func plainText(p *enmime.Part) string {
	s := fixC1(string(p.Content))
	ctype := p.Header.Get("Content-Type")
	if !strings.Contains(strings.ToLower(ctype), "flowed") {
		return s
	}
	// enmime leaves ContentTypeParams empty on parsed parts.
	_, params, _, err := mediatype.Parse(ctype)
	if err == nil && strings.EqualFold(params["format"], "flowed") {
		s = unflow(s, strings.EqualFold(params["delsp"], "yes"))
	}
	return s
}

// unflow decodes RFC 3676 format=flowed text: a line ending in a space is
// joined with the next one; space-stuffing is removed; the "-- " signature
// separator is never joined.
func unflow(s string, delsp bool) string {
	lines := strings.Split(normalizeNewlines(s), "\n")
	var b strings.Builder
	b.Grow(len(s))
	var para strings.Builder
	paraDepth := -1
	flush := func() {
		if paraDepth < 0 {
			return
		}
		b.WriteString(strings.Repeat(">", paraDepth))
		if paraDepth > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(para.String())
		b.WriteByte('\n')
		para.Reset()
		paraDepth = -1
	}
	for _, line := range lines {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		text := strings.TrimPrefix(line[depth:], " ") // space-stuffing
		if paraDepth >= 0 && depth != paraDepth {
			flush()
		}
		paraDepth = depth
		soft := strings.HasSuffix(text, " ") && text != "-- "
		if soft && delsp {
			text = text[:len(text)-1]
		}
		para.WriteString(text)
		if !soft {
			flush()
		}
	}
	flush()
	return strings.TrimSuffix(b.String(), "\n")
}

// fixC1 maps C1 control characters to their windows-1252 meaning. A part
// declared iso-8859-1 but written in cp1252 decodes its 0x80-0x9F bytes to
// these controls, which never appear in real text.
func fixC1(s string) string {
	if !hasC1(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f {
			if m := cp1252[r-0x80]; m != 0 {
				r = m
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hasC1 reports whether s holds a C1 control (UTF-8 0xC2 0x80-0x9F).
func hasC1(s string) bool {
	for i := strings.IndexByte(s, 0xc2); i >= 0 && i+1 < len(s); {
		if c := s[i+1]; c >= 0x80 && c <= 0x9f {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xc2)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// cp1252 holds the windows-1252 characters for bytes 0x80-0x9F (0 = unused).
var cp1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
