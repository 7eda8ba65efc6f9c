package notify

import (
	"regexp"
	"strings"
)

// replyPrefix matches the reply and forward markers mail clients pile up,
// in several languages: "Re:", "RE :", "TR :", "Fwd:", "AW:", "Réf. :",
// "Re[2]:", "[EXT]".
var replyPrefix = regexp.MustCompile(`(?i)^\s*(?:(?:re|r[ée]f\.?|fwd?|tr|aw|wg|sv|vs|antw|rif)\s*(?:\[\d+\]|\(\d+\))?\s*:|\[ext(?:ernal)?\])\s*`)

// replyStripPrefixes removes every leading reply or forward marker.
func replyStripPrefixes(subject string) string {
	s := strings.Join(strings.Fields(subject), " ")
	for {
		loc := replyPrefix.FindStringIndex(s)
		if loc == nil || loc[1] == 0 {
			return s
		}
		s = s[loc[1]:]
	}
}

// replySubject is "Re: " and the original subject without its markers; an
// empty subject falls back to the project's name.
func replySubject(subject, project string) string {
	s := replyStripPrefixes(subject)
	if s == "" {
		s = project
	}
	return "Re: " + s
}
