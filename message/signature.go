package message

import (
	"regexp"
	"strings"
)

// mobileLine matches the line phones and mail apps add below a message.
var mobileLine = regexp.MustCompile(`(?i)^(?:envoy[ée] (?:de|depuis|à partir de|a partir de) (?:mon|ma|mon appareil|l['’]application|outlook|yahoo|mail)` +
	`|sent (?:from|with|via) (?:my|outlook|mail|yahoo|gmail|proton|samsung|bluemail)` +
	`|get outlook for|t[ée]l[ée]charge[rz] outlook pour|obtenir outlook pour)\b.{0,60}$`)

// disclaimerWords are the phrases of confidentiality notices, French and
// English. A paragraph holding several of them is a notice, not a request.
var disclaimerWords = []string{
	"confidenti", "destinataire", "par erreur", "interdit", "avertir", "détruire", "pièces jointes",
	"intended recipient", "privileged", "in error", "notify the sender", "delete", "prohibited",
	"disclaimer", "unauthorised", "unauthorized", "registered in england", "virus",
}

// disclaimerCues are stems one of which every notice holds; a cheap test
// before the full count on the lower-cased paragraph.
var disclaimerCues = []string{"onfidenti", "ONFIDENTI", "estinataire", "ecipient", "rivileg", "isclaimer", "DISCLAIMER"}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// stripSignature removes the "-- " signature block, "sent from my phone"
// lines and confidentiality notices from the new text.
func stripSignature(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if l := strings.TrimRight(line, " \t\u00a0"); l == "--" {
			lines = lines[:i]
			break
		}
	}
	kept := lines[:0]
	for _, line := range lines {
		if l := normLine(line); !startsWithAny(l, "eEsSgGtToO") || !mobileLine.MatchString(l) {
			kept = append(kept, line)
		}
	}
	return dropDisclaimers(strings.Join(kept, "\n"))
}

// dropDisclaimers removes paragraphs that read as confidentiality notices.
func dropDisclaimers(s string) string {
	paras := strings.Split(s, "\n\n")
	kept := paras[:0]
	for _, p := range paras {
		if !isDisclaimer(p) {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

func isDisclaimer(p string) bool {
	if len(p) < 80 || !containsAny(p, disclaimerCues) {
		return false
	}
	low := strings.ToLower(normLine(p))
	hits := 0
	for _, w := range disclaimerWords {
		if strings.Contains(low, w) {
			hits++
		}
	}
	return hits >= 3
}

// tidy trims trailing spaces, drops leading and trailing blank lines and
// separator lines left by a removed block, and keeps at most one blank line
// in a row.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // drop leading blank lines
	for _, line := range lines {
		line = strings.TrimRight(strings.ReplaceAll(line, "\ufeff", ""), " \t\u00a0")
		if strings.TrimSpace(line) == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, line)
	}
	for len(out) > 0 && (out[len(out)-1] == "" || isSeparator(out[len(out)-1])) {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

// isSeparator reports a line made only of underscores, dashes, equals signs
// or stars, as clients draw above quoted history.
func isSeparator(l string) bool {
	l = strings.TrimSpace(l)
	if len(l) < 3 {
		return false
	}
	return strings.Trim(l, "_-=*") == ""
}
