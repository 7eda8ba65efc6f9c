package watcher

import (
	"bytes"
	"strings"
)

// maxHeaderScan bounds how much of a message is scanned for a header field,
// so a message with no header/body separator costs no more than this.
const maxHeaderScan = 256 << 10

// headerValue returns the unfolded value of the first header field called
// name (case-insensitive) in raw, or "". It reads untrusted mail: it never
// panics and stops at the blank line ending the header or at maxHeaderScan.
func headerValue(raw []byte, name string) string {
	if len(raw) > maxHeaderScan {
		raw = raw[:maxHeaderScan]
	}
	var val []byte
	found := false
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) == 0 {
			break // end of header
		}
		if line[0] == ' ' || line[0] == '\t' {
			if found {
				if len(val) > 0 {
					val = append(val, ' ')
				}
				val = append(val, bytes.TrimSpace(line)...)
			}
			continue
		}
		if found {
			break
		}
		k, v, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(k)), name) {
			found = true
			val = append(val, bytes.TrimSpace(v)...)
		}
	}
	// A bare CR inside a line is not a line break, but it must not reach
	// logs or the draft index as one.
	return string(bytes.ReplaceAll(val, []byte("\r"), []byte(" ")))
}

// messageID normalises a Message-ID header value: the first <...> token
// without brackets, or the trimmed value when it has none. Long values are
// cut so logs stay bounded.
func messageID(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, '<'); i >= 0 {
		if j := strings.IndexByte(v[i:], '>'); j > 0 {
			v = v[i+1 : i+j]
		}
	}
	if len(v) > 512 {
		v = v[:512]
	}
	return v
}

// withDraftHeader returns draft with "X-Scopeguard-Draft: <id>" in front
// when it does not already carry the header; the result depends only on its
// inputs, so a retried draft has the same bytes.
func withDraftHeader(draft []byte, id string) []byte {
	if headerValue(draft, DraftHeader) != "" {
		return draft
	}
	out := make([]byte, 0, len(draft)+len(DraftHeader)+len(id)+6)
	out = append(out, DraftHeader+": <"+id+">\r\n"...)
	return append(out, draft...)
}
