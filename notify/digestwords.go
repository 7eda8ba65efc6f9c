package notify

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/scopeguard/scopeguard/contracts"
)

// digestWords holds the digest's fixed text, per language.
var digestWords = map[string]map[string]string{
	"fr": {
		"title":             "Résumé scopeguard",
		"period":            "Période\u00a0: du %s au %s",
		"nothing":           "Rien à signaler pour cette période.",
		"failed":            "Messages que scopeguard n'a pas pu traiter (à lire vous-même)",
		"s_failed":          "%d message non traité",
		"s_failed_pl":       "%d messages non traités",
		"messages":          "Messages clients analysés\u00a0: %d",
		"requests":          "Demandes hors périmètre et retouches au-delà du forfait",
		"drafts":            "Réponses en attente dans vos brouillons",
		"change_orders":     "Avenants",
		"revisions":         "Tours de retouches",
		"unclear":           "Demandes à clarifier, toujours sans réponse",
		"signals":           "Signaux",
		"totals":            "Total des avenants proposés",
		"reason":            "Termes relevés",
		"from":              "De",
		"used":              "%d / %d utilisés",
		"over":              "dépassé",
		"colon":             "\u00a0: ",
		"q_open":            "«\u00a0",
		"q_close":           "\u00a0»",
		"signal_tension":    "Tension en hausse\u00a0: %d message tendu, contre %d sur la période précédente",
		"signal_tension_pl": "Tension en hausse\u00a0: %d messages tendus, contre %d sur la période précédente",
		"signal_oos":        "Demandes hors périmètre plus fréquentes\u00a0: %d, contre %d sur la période précédente",
		"footer":            "Ce résumé n'est envoyé qu'à vous. Rien n'est parti chez vos clients\u00a0: les brouillons attendent votre relecture.",
		"subject":           "scopeguard — résumé du %s : %s",
		"s_nothing":         "rien à signaler",
		"s_oos":             "%d hors périmètre",
		"s_over":            "%d retouche hors forfait",
		"s_over_pl":         "%d retouches hors forfait",
		"s_co":              "%d avenant (%s)",
		"s_co_pl":           "%d avenants (%s)",
		"s_unclear":         "%d demande à clarifier",
		"s_unclear_pl":      "%d demandes à clarifier",
		"s_drafts":          "%d brouillon en attente",
		"s_drafts_pl":       "%d brouillons en attente",
		"s_signals":         "signaux à surveiller",
		"st_proposed":       "proposé",
		"st_accepted":       "accepté",
		"st_declined":       "refusé",
		"st_pending":        "en préparation",
		"st_appended":       "dans Brouillons",
	},
	"en": {
		"title":             "scopeguard digest",
		"period":            "Period: %s to %s",
		"nothing":           "Nothing to report for this period.",
		"failed":            "Messages scopeguard could not process (read them yourself)",
		"s_failed":          "%d message not processed",
		"s_failed_pl":       "%d messages not processed",
		"messages":          "Client messages analysed: %d",
		"requests":          "Out-of-scope requests and revisions beyond the included rounds",
		"drafts":            "Replies waiting in your Drafts",
		"change_orders":     "Change orders",
		"revisions":         "Revision rounds",
		"unclear":           "Unclear requests still waiting for an answer",
		"signals":           "Signals",
		"totals":            "Change orders proposed, total",
		"reason":            "Trigger words",
		"from":              "From",
		"used":              "%d / %d used",
		"over":              "over the limit",
		"colon":             ": ",
		"q_open":            "“",
		"q_close":           "”",
		"signal_tension":    "Tension rising: %d tense message, against %d in the previous period",
		"signal_tension_pl": "Tension rising: %d tense messages, against %d in the previous period",
		"signal_oos":        "Out-of-scope requests more frequent: %d, against %d in the previous period",
		"footer":            "This digest is sent to you only. Nothing went to your clients: drafts wait for your review.",
		"subject":           "scopeguard — digest for %s: %s",
		"s_nothing":         "nothing to report",
		"s_oos":             "%d out of scope",
		"s_over":            "%d over-limit revision",
		"s_over_pl":         "%d over-limit revisions",
		"s_co":              "%d change order (%s)",
		"s_co_pl":           "%d change orders (%s)",
		"s_unclear":         "%d unclear request",
		"s_unclear_pl":      "%d unclear requests",
		"s_drafts":          "%d draft waiting",
		"s_drafts_pl":       "%d drafts waiting",
		"s_signals":         "signals to watch",
		"st_proposed":       "proposed",
		"st_accepted":       "accepted",
		"st_declined":       "declined",
		"st_pending":        "being prepared",
		"st_appended":       "in Drafts",
	},
}

var digestVerdictWords = map[string]map[contracts.Verdict]string{
	"fr": {
		contracts.OutOfScope:        "hors périmètre",
		contracts.RevisionOverLimit: "retouche au-delà du forfait",
		contracts.Unclear:           "à clarifier",
		contracts.Revision:          "retouche",
		contracts.InScope:           "dans le périmètre",
		contracts.NotARequest:       "pas une demande",
	},
	"en": {
		contracts.OutOfScope:        "out of scope",
		contracts.RevisionOverLimit: "revision over the limit",
		contracts.Unclear:           "unclear",
		contracts.Revision:          "revision",
		contracts.InScope:           "in scope",
		contracts.NotARequest:       "not a request",
	},
}

var digestMonthsFR = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"}

// digestLang formats words, dates and money in one language and time zone.
type digestLang struct {
	lang string
	loc  *time.Location
}

func newDigestLang(lang string, loc *time.Location) digestLang {
	if loc == nil {
		loc = time.UTC
	}
	return digestLang{lang: digestLanguage(lang), loc: loc}
}

// word returns the fixed text for key, formatted with args; an unknown key
// is returned as is so a missing word shows rather than panics.
func (l digestLang) word(key string, args ...any) string {
	w, ok := digestWords[l.lang][key]
	if !ok {
		return key
	}
	if len(args) == 0 {
		return w
	}
	return fmt.Sprintf(w, args...)
}

// count is word with a plural form (key+"_pl") chosen by n, the first
// argument.
func (l digestLang) count(key string, n int, args ...any) string {
	plural := n > 1
	if l.lang == "en" {
		plural = n != 1
	}
	if _, ok := digestWords[l.lang][key+"_pl"]; ok && plural {
		key += "_pl"
	}
	return l.word(key, append([]any{n}, args...)...)
}

func (l digestLang) verdict(v contracts.Verdict) string {
	if w, ok := digestVerdictWords[l.lang][v]; ok {
		return w
	}
	return string(v)
}

// day formats a calendar day: "23 novembre" or "23 November".
func (l digestLang) day(t time.Time) string {
	t = t.In(l.loc)
	if l.lang == "fr" {
		d := fmt.Sprint(t.Day())
		if t.Day() == 1 {
			d = "1er"
		}
		return d + " " + digestMonthsFR[t.Month()-1]
	}
	return t.Format("2 January")
}

// stamp formats a moment: "23 novembre 08:00" or "23 November 08:00".
func (l digestLang) stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return l.day(t) + " " + t.In(l.loc).Format("15:04")
}

var digestSymbols = map[string]string{"EUR": "€", "GBP": "£", "USD": "$", "CAD": "$ CA", "CHF": "CHF"}

// money formats an amount: "1 234,50 €" in French, "€1,234.50" in English.
func (l digestLang) money(v float64, cur string) string {
	cents := int64(math.Round(math.Abs(v) * 100))
	whole, frac := cents/100, cents%100
	sign := ""
	if v < 0 && cents != 0 {
		sign = "-"
	}
	sym, known := digestSymbols[cur]
	if l.lang == "fr" {
		if !known {
			sym = cur
		}
		return fmt.Sprintf("%s%s,%02d\u00a0%s", sign, digestGroup(whole, "\u00a0"), frac, sym)
	}
	switch {
	case cur == "CAD":
		sym = "CA$"
	case !known || sym == cur:
		return fmt.Sprintf("%s%s %s.%02d", sign, cur, digestGroup(whole, ","), frac)
	}
	return fmt.Sprintf("%s%s%s.%02d", sign, sym, digestGroup(whole, ","), frac)
}

// digestGroup writes n with sep between groups of three digits.
func digestGroup(n int64, sep string) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// signal turns a relationship signal into a sentence.
func (l digestLang) signal(s DigestSignal) string {
	switch s.Kind {
	case SignalTension:
		return l.count("signal_tension", s.Count, s.Previous)
	case SignalMoreOutOfScope:
		return l.word("signal_oos", s.Count, s.Previous)
	}
	return string(s.Kind)
}

// status translates a change-order or draft status, keeping unknown ones.
func (l digestLang) status(s string) string {
	if w, ok := digestWords[l.lang]["st_"+s]; ok {
		return w
	}
	return s
}

// totals formats the per-currency totals: "450,00 €, 120,00 £".
func (l digestLang) totals(ts []DigestAmount) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = l.money(t.Value, t.Currency)
	}
	return strings.Join(parts, ", ")
}
