package notify

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"

	"github.com/scopeguard/scopeguard/contracts"
)

// coConcepts groups everyday words of freelance work that mean the same
// thing across both languages, so that a request for "trains and rooms"
// meets a rate for "travel (transport and accommodation)". A trailing *
// matches any ending. Words are folded (lower case, no accents).
var coConcepts = [][]string{
	{"tradu*", "translat*", "anglais*", "english", "francais*", "french", "bilingu*", "localis*", "localiz*"},
	{"train", "trains", "avion*", "vol", "vols", "billet*", "hotel*", "chambre*", "heberg*", "transport*",
		"deplacement*", "voyage*", "travel*", "flight*", "ticket*", "sejour*", "trip*", "accommodation*"},
	{"email*", "mail", "mails", "mailbox*", "inbox*", "boite*", "courriel*", "messagerie*"},
	{"video*", "animation*", "anime", "animated", "motion", "gif", "gifs", "film*", "reel", "reels", "footage", "montage*"},
	{"concept*", "piste*", "proposition*", "variante*", "variant*", "monogram*"},
	{"post", "posts", "publication*", "carrousel*", "carousel*"},
	{"page", "pages", "ecran*", "screen*"},
	{"revision*", "retouche*", "modification*", "round*", "tour", "tours", "correction*", "change", "changes", "amendment*"},
	{"formation*", "training", "session*", "tutori*", "atelier*", "workshop*"},
	{"carte*", "card", "cards"},
	{"heure*", "hour*"},
	{"legende*", "caption*"},
}

// coGeneric are words that say "more" or "one" and tell nothing about what
// a rate prices.
var coGeneric = map[string]bool{
	"supplementaire": true, "supplementaires": true, "additional": true, "extra": true, "additionnel": true,
	"additionnelle": true, "autre": true, "another": true, "more": true, "nouveau": true, "nouvelle": true,
	"new": true, "per": true, "par": true, "pour": true, "each": true, "chaque": true, "forfait": true,
	"client": true, "min": true, "mensuel": true, "monthly": true,
}

var coStopWords = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "un": true, "une": true,
	"et": true, "en": true, "au": true, "aux": true, "sur": true, "avec": true, "dans": true, "d": true, "l": true,
	"the": true, "a": true, "an": true, "and": true, "of": true, "for": true, "from": true, "with": true,
	"to": true, "on": true, "in": true, "or": true, "ou": true, "by": true, "nous": true, "vous": true,
	"we": true, "you": true, "our": true, "your": true, "it": true, "is": true, "est": true,
}

// coTerms is a bag of meanings of a text: the stems of its words in both
// languages, and how many of its words carry each concept.
type coTerms struct {
	stems    map[string]bool
	concepts map[int]int
}

// coWord is one content word of a text, with what it can match.
type coWord struct {
	stems    [2]string
	concepts uint64
}

func coFold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'à', 'â', 'ä', 'á':
			r = 'a'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'î', 'ï', 'í':
			r = 'i'
		case 'ô', 'ö', 'ó':
			r = 'o'
		case 'ù', 'û', 'ü', 'ú':
			r = 'u'
		case 'ç':
			r = 'c'
		case 'œ':
			b.WriteString("oe")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// coContentWords splits s into folded content words, dropping stop words,
// generic "more" words, numbers and one-letter words.
func coContentWords(s string) []coWord {
	fields := strings.FieldsFunc(coFold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []coWord
	for _, f := range fields {
		if len(f) < 2 || coStopWords[f] || coGeneric[f] || strings.IndexFunc(f, unicode.IsLetter) < 0 {
			continue
		}
		w := coWord{stems: [2]string{coStem(f, "fr"), coStem(f, "en")}, concepts: coConceptsOf(f)}
		out = append(out, w)
	}
	return out
}

func coStem(w, lang string) string {
	if len(w) <= 3 {
		return w
	}
	if lang == "fr" {
		return coFold(french.Stem(w, false))
	}
	return english.Stem(w, false)
}

func coConceptsOf(w string) uint64 {
	var c uint64
	for i, group := range coConcepts {
		for _, p := range group {
			if p == w || (strings.HasSuffix(p, "*") && strings.HasPrefix(w, p[:len(p)-1])) {
				c |= 1 << i
				break
			}
		}
	}
	return c
}

func coTermsOf(texts ...string) coTerms {
	t := coTerms{stems: map[string]bool{}, concepts: map[int]int{}}
	for _, s := range texts {
		for _, w := range coContentWords(s) {
			t.stems[w.stems[0]] = true
			t.stems[w.stems[1]] = true
			for i := range coConcepts {
				if w.concepts&(1<<i) != 0 {
					t.concepts[i]++
				}
			}
		}
	}
	return t
}

// coMatches counts the content words of name found in t, and how many
// content words name has. A word matches by stem, or by concept as long as
// t has words of that concept left: "train and rooms" pays for two travel
// words of a rate's name, not for four.
func coMatches(name string, t coTerms) (matched, total int) {
	left := make(map[int]int, len(t.concepts))
	for k, v := range t.concepts {
		left[k] = v
	}
	words := coContentWords(name)
	total = len(words)
	var rest []coWord
	for _, w := range words {
		if t.stems[w.stems[0]] || t.stems[w.stems[1]] {
			matched++
			coSpend(left, w.concepts)
		} else {
			rest = append(rest, w)
		}
	}
	for _, w := range rest {
		if coSpend(left, w.concepts) {
			matched++
		}
	}
	return matched, total
}

// coSpend uses one word of the first of the concepts with words left.
func coSpend(left map[int]int, concepts uint64) bool {
	for i := range coConcepts {
		if concepts&(1<<i) != 0 && left[i] > 0 {
			left[i]--
			return true
		}
	}
	return false
}

// coRevisionWords name a revision round; "retouche" also means retouching
// (a photo, a text), so it names a round only in a rate that names no unit
// of a deliverable.
var (
	coRevisionWords = []string{"revision*", "round*", "tour", "tours", "modification*", "correction*",
		"amendment*", "change", "changes"}
	coRetouchWords = []string{"retouche*"}
)

func coHasWord(folded, patterns []string) bool {
	for _, f := range folded {
		for _, p := range patterns {
			if p == f || (strings.HasSuffix(p, "*") && strings.HasPrefix(f, p[:len(p)-1])) {
				return true
			}
		}
	}
	return false
}

// coIsRevisionRate reports whether a rate prices an extra revision round.
func coIsRevisionRate(c *contracts.Contract, name string) bool {
	folded := coFoldedWords(name)
	if coHasWord(folded, coRevisionWords) {
		return true
	}
	if !coHasWord(folded, coRetouchWords) {
		return false
	}
	for _, d := range c.Deliverables {
		if d.Unit == "" {
			continue
		}
		if m, _ := coMatches(name, coTermsOf(d.Unit)); m > 0 {
			return false
		}
	}
	return true
}

func coFoldedWords(s string) []string {
	return strings.FieldsFunc(coFold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
