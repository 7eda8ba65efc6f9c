package message

import (
	"bytes"
	"errors"
)

var errQP = errors.New("invalid quoted-printable")

// decodeQP decodes quoted-printable text in one pass over the slice. It
// follows mime/quotedprintable's reader, deviations included ("=\n" soft
// breaks, '=' kept when no hex follows, bytes >= 0x80 passed through), at
// a fraction of its cost; the fast path reads every body through it.
func decodeQP(src []byte) ([]byte, error) {
	out := make([]byte, 0, len(src))
	for len(src) > 0 {
		var line []byte
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i+1], src[i+1:]
		} else {
			line, src = src, nil
		}
		hasLF := line[len(line)-1] == '\n'
		hasCR := hasLF && len(line) > 1 && line[len(line)-2] == '\r'
		body := bytes.TrimRight(line, " \t\r\n")
		soft := len(body) > 0 && body[len(body)-1] == '='
		if soft {
			body = body[:len(body)-1]
			rest := bytes.TrimLeft(line[len(body)+1:], " \t")
			if len(rest) > 0 && rest[0] != '\n' && !bytes.HasPrefix(rest, []byte("\r\n")) {
				return nil, errQP
			}
			if len(rest) == 0 && len(body) == 0 {
				return nil, errQP // a lone '=' at the very end
			}
		}
		var err error
		if out, err = appendQPLine(out, body); err != nil {
			return nil, err
		}
		switch {
		case soft:
		case hasCR:
			out = append(out, '\r', '\n')
		case hasLF:
			out = append(out, '\n')
		}
	}
	return out, nil
}

// appendQPLine decodes one line, trailing whitespace and soft break
// already removed.
func appendQPLine(out, line []byte) ([]byte, error) {
	for i := 0; i < len(line); i++ {
		b := line[i]
		switch {
		case b == '=':
			if i+2 < len(line) {
				hi, ok1 := unhex(line[i+1])
				lo, ok2 := unhex(line[i+2])
				if ok1 && ok2 {
					out = append(out, hi<<4|lo)
					i += 2
					continue
				}
			}
			if i+1 >= len(line) || line[i+1] == '\r' || line[i+1] == '\n' {
				return nil, errQP
			}
			out = append(out, '=') // no hex digits follow: a literal '='
		case b == '\t' || b == '\r' || b == '\n' || b >= 0x80:
			out = append(out, b)
		case b < ' ' || b > '~':
			return nil, errQP
		default:
			out = append(out, b)
		}
	}
	return out, nil
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}
