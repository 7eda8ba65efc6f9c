package message

import (
	"regexp"
	"strings"
)

// Markers that start a forwarded message: everything below was written by
// someone else and sent on.
var forwardMarker = regexp.MustCompile(`(?i)^(?:-{2,} ?(?:forwarded message|message transf[ée]r[ée]|mensaje reenviado|weitergeleitete nachricht) ?-*` +
	`|(?:d[ée]but du message r[ée]exp[ée]di[ée]|begin forwarded message|message transf[ée]r[ée]) ?:?)$`)

// Markers that start quoted history in a reply, without '>' prefixes.
var historyMarker = regexp.MustCompile(`(?i)^(?:-{2,} ?(?:original message|message d['’]origine|urspr[üu]ngliche nachricht|mensaje original) ?-*)$`)

// Attribution lines: "Le mar. 3 nov. 2026 à 15:10, X <x@y> a écrit :",
// "On Mon, Oct 26, 2026 at 4:40 PM X wrote:", Thunderbird's
// "Le 09/10/2026 à 16:25, X a écrit :". Gmail's plain text mode may wrap
// them over two or three lines; attributionLines joins those first.
var attributionEnds = []string{"a écrit", "a ecrit", "wrote", "escribió", "schrieb", "ha scritto"}

// Outlook header block lines ("De : / Envoyé : / À : / Objet :").
var (
	headerFrom  = regexp.MustCompile(`(?i)^\*?(?:de|from|von) ?\*? ?:\s*\S`)
	headerDate  = regexp.MustCompile(`(?i)^\*?(?:envoy[ée]|sent|date|datum|gesendet) ?\*? ?:\s*\S`)
	headerTopic = regexp.MustCompile(`(?i)^\*?(?:objet|subject|sujet|betreff) ?\*? ?:`)
	headerAny   = regexp.MustCompile(`(?i)^\*?(?:de|from|von|envoy[ée]|sent|gesendet|date|datum|objet|subject|sujet|betreff|[àa]|an|to|pour|cc|cci|bcc|reply-to|r[ée]pondre [àa]) ?\*? ?:`)
)

// splitHistory separates what the sender wrote from quoted history and
// forwarded mail. Lines quoted with '>' are dropped wherever they are, so
// answers written between quotes survive; an Outlook header block or a
// forward marker ends the new text. forwardSubject says the subject marks a
// forward, so an Outlook header block introduces forwarded mail.
func splitHistory(s string, forwardSubject bool) (text, forwarded string) {
	lines := strings.Split(s, "\n")
	norm := make([]string, len(lines))
	for i, l := range lines {
		norm[i] = normLine(l)
	}
	kept := make([]string, 0, len(lines))
	cut := func() string { return strings.Join(kept, "\n") }
	for i := 0; i < len(lines); i++ {
		l := norm[i]
		switch {
		case l == "":
		case isQuoted(l):
			// Apple Mail's HTML puts the forward marker inside the quote.
			if u := unquote(l); startsWithAny(u, "-dDbBmM") && forwardMarker.MatchString(u) {
				return cut(), cleanForward(lines[i+1:])
			}
			continue
		case startsWithAny(l, "-dDbBmM") && forwardMarker.MatchString(l):
			return cut(), cleanForward(lines[i+1:])
		case l[0] == '-' && historyMarker.MatchString(l):
			if forwardSubject {
				return cut(), cleanForward(lines[i+1:])
			}
			return cut(), ""
		case isHeaderBlock(norm, i):
			if forwardSubject {
				return cut(), cleanForward(lines[i:])
			}
			return cut(), ""
		default:
			if n := attributionLines(norm, i); n > 0 {
				next := nextNonBlank(norm, i+n)
				if next < 0 || isQuoted(norm[next]) {
					i += n - 1 // the quote itself is dropped line by line
					continue
				}
				return cut(), "" // unquoted history follows
			}
		}
		kept = append(kept, lines[i])
	}
	return cut(), ""
}

// startsWithAny reports whether l starts with one of the ASCII bytes in set:
// a cheap filter before a regular expression.
func startsWithAny(l, set string) bool {
	return l != "" && strings.IndexByte(set, l[0]) >= 0
}

// normLine trims a line and turns the no-break spaces that mail clients
// put before French colons and in "4:40 PM" into plain spaces.
func normLine(l string) string {
	l = strings.TrimSpace(l)
	for i := 0; i < len(l); i++ {
		if l[i] >= 0x80 { // only non-ASCII lines can hold these spaces
			return strings.TrimSpace(spaceReplacer.Replace(l))
		}
	}
	return l
}

var spaceReplacer = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\ufeff", "", "\u200b", "")

// hasAttributionStart reports a line opening like an attribution: "Le ",
// "On " (or the Spanish, German, Italian forms) and a word.
func hasAttributionStart(l string) bool {
	if len(l) < 4 || l[2] != ' ' || l[3] == ' ' {
		return false
	}
	switch l[:2] {
	case "Le", "On", "El", "Am", "Il":
		return true
	}
	return false
}

func isQuoted(norm string) bool { return strings.HasPrefix(norm, ">") }

// unquote removes the '>' marks and spaces in front of a quoted line.
func unquote(l string) string { return strings.TrimLeft(l, "> ") }

// attributionLines returns how many normalised lines (1 to 3) form an
// attribution starting at line i, or 0.
func attributionLines(norm []string, i int) int {
	if !hasAttributionStart(norm[i]) {
		return 0
	}
	joined := norm[i]
	for n := 1; n <= 3 && len(joined) < 400; n++ {
		// A real attribution names a date or an address: "On the home
		// page you wrote:" is the sender's own sentence.
		if hasAttributionEnd(joined) && strings.ContainsAny(joined, "0123456789@") {
			return n
		}
		if i+n >= len(norm) || norm[i+n] == "" || isQuoted(norm[i+n]) {
			break
		}
		joined += " " + norm[i+n]
	}
	return 0
}

// hasAttributionEnd reports a line ending in "a écrit :" or "wrote:".
func hasAttributionEnd(l string) bool {
	if !strings.HasSuffix(l, ":") {
		return false
	}
	l = strings.TrimRight(strings.TrimSuffix(l, ":"), " ")
	for _, end := range attributionEnds {
		if len(l) >= len(end) && strings.EqualFold(l[len(l)-len(end):], end) {
			return true
		}
	}
	return false
}

// isHeaderBlock reports an Outlook-style "From: / Sent: / Subject:" block
// starting at normalised line i: a From line followed closely by a date
// and a subject.
func isHeaderBlock(norm []string, i int) bool {
	if !startsWithAny(norm[i], "*dDfFvV") || !headerFrom.MatchString(norm[i]) {
		return false
	}
	var date, topic bool
	for j := i + 1; j < len(norm) && j <= i+10; j++ {
		switch {
		case headerDate.MatchString(norm[j]):
			date = true
		case headerTopic.MatchString(norm[j]):
			topic = true
		}
	}
	return date && topic
}

func nextNonBlank(norm []string, i int) int {
	for ; i < len(norm); i++ {
		if norm[i] != "" {
			return i
		}
	}
	return -1
}

// cleanForward returns the forwarded message's text: its header lines and
// '>' prefixes removed.
func cleanForward(lines []string) string {
	out := make([]string, 0, len(lines))
	inHeader := true
	for _, line := range lines {
		l := strings.TrimRight(line, " \t")
		if t := strings.TrimLeft(l, " "); strings.HasPrefix(t, ">") {
			l = strings.TrimPrefix(strings.TrimPrefix(t, ">"), " ")
		}
		if inHeader {
			n := normLine(l)
			if n == "" || headerAny.MatchString(n) {
				continue
			}
			inHeader = false
		}
		out = append(out, l)
	}
	return tidy(strings.Join(out, "\n"))
}
