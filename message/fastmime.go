package message

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/textproto"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// The fast path reads well-formed mail with the standard library, four to
// five times faster than enmime. It gives up at the first irregularity
// (errFallback), and Read then parses the whole message again with enmime,
// which repairs broken mail. Both paths must give the same result on
// well-formed mail; a test checks it on every corpus email.

var errFallback = errors.New("not simple enough for the fast path")

const maxDepth = 8 // nesting of multiparts read by the fast path

func fallback(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errFallback}, args...)...)
}

// fastParse splits raw into its header and readable content.
func fastParse(raw []byte) (textproto.MIMEHeader, *content, error) {
	h, body, err := splitHeader(raw)
	if err != nil {
		return nil, nil, err
	}
	c, err := fastBody(h, body)
	if err != nil {
		return nil, nil, err
	}
	return h, c, nil
}

// fastBody reads the content of a body whose header h is parsed.
func fastBody(h textproto.MIMEHeader, body []byte) (*content, error) {
	var c content
	if err := walk(h, body, &c, 0); err != nil {
		return nil, err
	}
	// HTML is decoded only when there is no plain text to read instead,
	// the common case for multipart/alternative.
	if strings.TrimSpace(strings.Join(c.plain, "")) == "" {
		for _, p := range c.rawHTML {
			text, err := decodePart(p.header, p.params, p.body)
			if err != nil {
				return nil, err
			}
			c.html = append(c.html, text)
		}
	}
	return &c, nil
}

// rawPart is a text/html part kept undecoded by the fast path.
type rawPart struct {
	header textproto.MIMEHeader
	params map[string]string
	body   []byte
}

// splitHeader reads the header block of raw and returns the body after it.
func splitHeader(raw []byte) (textproto.MIMEHeader, []byte, error) {
	end, sep := bytes.Index(raw, []byte("\r\n\r\n")), 4
	if lf := bytes.Index(raw, []byte("\n\n")); lf >= 0 && (end < 0 || lf < end) {
		end, sep = lf, 2
	}
	if end < 0 {
		return nil, nil, fallback("no end of header")
	}
	// A buffer the size of the block: the default 4 KiB per message adds up
	// in a backfill.
	block := raw[:end+sep]
	r := textproto.NewReader(bufio.NewReaderSize(bytes.NewReader(block), len(block)))
	h, err := r.ReadMIMEHeader()
	if err != nil || len(h) == 0 {
		return nil, nil, fallback("header: %v", err)
	}
	for _, values := range h {
		for _, v := range values {
			if !utf8.ValidString(v) {
				return nil, nil, fallback("8-bit header")
			}
		}
	}
	return h, raw[end+sep:], nil
}

// walk adds the readable content of one MIME entity to c.
func walk(h textproto.MIMEHeader, body []byte, c *content, depth int) error {
	// Without a Content-Type the charset is undeclared: UTF-8 if valid.
	ctype, params := "text/plain", map[string]string{}
	if v := h.Get("Content-Type"); v != "" {
		var err error
		if ctype, params, err = mime.ParseMediaType(v); err != nil {
			return fallback("content type %q: %v", v, err)
		}
	}
	disposition, name, err := dispositionOf(h, params)
	if err != nil {
		return err
	}
	switch {
	case strings.HasPrefix(ctype, "multipart/"):
		return walkMultipart(ctype, params["boundary"], body, c, depth)
	case ctype == "message/rfc822":
		data, err := decodeTransfer(h, body)
		if err != nil {
			return err
		}
		c.messages = append(c.messages, data)
		if name = strings.TrimSpace(name); name != "" {
			c.attachments = append(c.attachments, name)
		}
		return nil
	case strings.EqualFold(disposition, "attachment") ||
		name != "" && !strings.HasPrefix(ctype, "text/"):
		if name = strings.TrimSpace(name); name != "" {
			c.attachments = append(c.attachments, name)
		}
		return nil
	case ctype == "text/html":
		c.rawHTML = append(c.rawHTML, rawPart{h, params, body})
		return nil
	case ctype != "text/plain":
		return nil
	}
	text, err := decodePart(h, params, body)
	if err != nil {
		return err
	}
	if strings.EqualFold(params["format"], "flowed") {
		text = unflow(text, strings.EqualFold(params["delsp"], "yes"))
	}
	c.plain = append(c.plain, text)
	return nil
}

func walkMultipart(ctype, boundary string, body []byte, c *content, depth int) error {
	if boundary == "" || depth >= maxDepth {
		return fallback("multipart without boundary or too deep")
	}
	target := c
	var alt content
	if ctype == "multipart/alternative" {
		target = &alt
	}
	mr := multipart.NewReader(bytes.NewReader(body), boundary)
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fallback("multipart: %v", err)
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return fallback("multipart: %v", err)
		}
		if err := walk(p.Header, data, target, depth+1); err != nil {
			return err
		}
	}
	if target == &alt {
		mergeAlternative(c, &alt)
	}
	return nil
}

// dispositionOf returns the disposition and the file name of an entity.
func dispositionOf(h textproto.MIMEHeader, ctParams map[string]string) (string, string, error) {
	var disposition string
	var params map[string]string
	if v := h.Get("Content-Disposition"); v != "" {
		var err error
		if disposition, params, err = mime.ParseMediaType(v); err != nil {
			return "", "", fallback("content disposition %q: %v", v, err)
		}
	}
	name := params["filename"]
	if name == "" {
		name = ctParams["name"]
	}
	if strings.Contains(name, "=?") {
		d, err := wordDecoder.DecodeHeader(name)
		if err != nil {
			return "", "", fallback("file name %q: %v", name, err)
		}
		name = d
	}
	return disposition, name, nil
}

// decodePart undoes the transfer encoding and the charset of a text part.
func decodePart(h textproto.MIMEHeader, params map[string]string, body []byte) (string, error) {
	data, err := decodeTransfer(h, body)
	if err != nil {
		return "", err
	}
	label := params["charset"]
	if label == "" {
		if !utf8.Valid(data) {
			return "", fallback("undeclared charset")
		}
		return string(data), nil
	}
	enc, err := lookupCharset(label)
	if err != nil {
		return "", fallback("%v", err)
	}
	if enc == unicode.UTF8 && utf8.Valid(data) {
		return fixC1(string(data)), nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fallback("charset %q: %v", label, err)
	}
	return fixC1(string(out)), nil
}

// decodeTransfer undoes the Content-Transfer-Encoding of an entity.
func decodeTransfer(h textproto.MIMEHeader, body []byte) ([]byte, error) {
	switch cte := strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))); cte {
	case "", "7bit", "8bit", "binary":
		return body, nil
	case "quoted-printable":
		data, err := decodeQP(body)
		if err != nil {
			return nil, fallback("%v", err)
		}
		return data, nil
	case "base64":
		clean := bytes.Map(func(r rune) rune {
			if r == '\r' || r == '\n' || r == ' ' || r == '\t' {
				return -1
			}
			return r
		}, body)
		data := make([]byte, base64.StdEncoding.DecodedLen(len(clean)))
		n, err := base64.StdEncoding.Decode(data, clean)
		if err != nil {
			return nil, fallback("base64: %v", err)
		}
		return data[:n], nil
	default:
		return nil, fallback("transfer encoding %q", cte)
	}
}
