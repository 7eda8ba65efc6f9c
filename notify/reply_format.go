package notify

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// replyFuncs are the helpers templates of one language can call.
func replyFuncs(lang string) map[string]any {
	return map[string]any{
		"plural": func(n int, one, many string) string {
			if n == 1 || (lang == "fr" && n == 0) {
				return one
			}
			return many
		},
		"units":   func(n int, unit string) string { return replyUnits(n, unit, lang) },
		"join":    func(items []string) string { return replyJoin(items, lang) },
		"ordinal": func(n int) string { return replyOrdinal(n, lang) },
		"quote":   func(s string) string { return replyQuote(s, lang) },
		"quoteall": func(items []string) []string {
			out := make([]string, len(items))
			for i, s := range items {
				out[i] = replyQuote(s, lang)
			}
			return out
		},
		"lower": replyLowerFirst,
		"stop":  replyStop,
		"prefix": func(pre string, items []string) []string {
			out := make([]string, len(items))
			for i, s := range items {
				out[i] = pre + s
			}
			return out
		},
	}
}

// replyUnits writes a count as a letter does: "two concepts", "deux
// concepts", "un tour", "une page", "12 posts". From one to ten the number
// is spelt out; in French "1" stays a digit when the unit's gender is not
// known, since "un" or "une" would be a guess.
func replyUnits(n int, unit, lang string) string {
	if unit == "" {
		return strconv.Itoa(n)
	}
	if n > 1 {
		unit = replyPluralWord(unit)
	}
	return replyCount(n, unit, lang) + " " + unit
}

var (
	replyNumbersEN = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	replyNumbersFR = [...]string{"zéro", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"}
	// Gender of units freelancers sell, for "un"/"une"; others keep "1".
	replyMasculineFR = []string{"tour", "concept", "logo", "article", "post", "visuel", "rendu", "fichier", "modèle",
		"mois", "jour", "atelier", "entretien", "dossier", "épisode", "plan", "rapport", "texte", "montage", "shooting"}
	replyFeminineFR = []string{"page", "photo", "vidéo", "image", "séance", "heure", "maquette", "version",
		"proposition", "planche", "illustration", "affiche", "boîte", "journée", "semaine", "newsletter",
		"traduction", "retouche", "story", "formation", "landing page", "fiche", "publication", "vignette"}
)

func replyCount(n int, unit, lang string) string {
	if n < 0 || n > 10 {
		return strconv.Itoa(n)
	}
	if lang != "fr" {
		return replyNumbersEN[n]
	}
	if n != 1 {
		return replyNumbersFR[n]
	}
	head, _, _ := strings.Cut(strings.ToLower(unit), " ")
	switch {
	case slices.Contains(replyMasculineFR, head):
		return "un"
	case slices.Contains(replyFeminineFR, head):
		return "une"
	}
	return "1"
}

// replyPluralWord puts the head word of a unit in the plural ("boîte mail"
// -> "boîtes mail", "post" -> "posts"); words ending in s, x or z stay.
func replyPluralWord(unit string) string {
	head, rest, found := strings.Cut(unit, " ")
	if !strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "x") && !strings.HasSuffix(head, "z") {
		head += "s"
	}
	if found {
		return head + " " + rest
	}
	return head
}

func replyJoin(items []string, lang string) string {
	and := " and "
	if lang == "fr" {
		and = " et "
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}

func replyOrdinal(n int, lang string) string {
	if lang == "fr" {
		if n == 1 {
			return "1er"
		}
		return strconv.Itoa(n) + "e"
	}
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

func replyQuote(s, lang string) string {
	if lang == "fr" {
		return "« " + s + " »"
	}
	return "“" + s + "”"
}

func replyLowerFirst(s string) string {
	// An acronym ("SEO audit", "AR models") keeps its capitals.
	if len(s) > 1 && s[1] >= 'A' && s[1] <= 'Z' {
		return s
	}
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

// replyMoney writes an amount as people of the language read it:
// "2 800,00 €", "£2,800.00", "120,00 $ CA", "CA$120.00".
func replyMoney(v float64, cur, lang string) string {
	cents := int64(math.Round(math.Abs(v) * 100))
	sign := ""
	if v < 0 && cents != 0 {
		sign = "-"
	}
	units, frac := cents/100, cents%100
	if lang == "fr" {
		s := fmt.Sprintf("%s%s,%02d", sign, replyGroup(units, " "), frac)
		switch cur {
		case "EUR":
			return s + " €"
		case "GBP":
			return s + " £"
		case "CAD":
			return s + " $ CA"
		case "USD":
			return s + " $ US"
		}
		return s + " " + cur
	}
	s := fmt.Sprintf("%s.%02d", replyGroup(units, ","), frac)
	switch cur {
	case "EUR":
		return sign + "€" + s
	case "GBP":
		return sign + "£" + s
	case "CAD":
		return sign + "CA$" + s
	case "USD":
		return sign + "$" + s
	}
	return sign + cur + " " + s
}

func replyGroup(n int64, sep string) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}

// replyStop is the full stop a sentence ending with a quote needs, unless
// the quoted words end a sentence already.
func replyStop(quoted string) string {
	if strings.HasSuffix(quoted, ".") || strings.HasSuffix(quoted, "?") || strings.HasSuffix(quoted, "!") || strings.HasSuffix(quoted, "…") {
		return ""
	}
	return "."
}
