package contracts

import (
	"strings"
	"time"
)

// ptok is a contract word, stemmed in both languages so that a keyword
// written in either language meets a message in either.
type ptok struct {
	fold   string
	stemFR string
	stemEN string
	con    concept
}

func (p ptok) matches(t token) bool {
	if t.stem == p.stemFR || t.stem == p.stemEN || t.fold == p.fold {
		return true
	}
	// Month names match across languages.
	return p.con&monthMask != 0 && p.con&t.con&monthMask != 0
}

func (p ptok) conceptMatches(t token) bool {
	return p.con&^monthMask != 0 && t.con&p.con&^monthMask != 0
}

// phrase is a keyword of one or more words.
type phrase struct {
	text string
	toks []ptok
}

// target is what a request may be about: a deliverable, an exclusion or a
// rate-card extra, with the words that name it.
type target struct {
	keywords []phrase
	name     []ptok // content words of the name
	desc     []ptok // content words of the description
	unit     []ptok // the unit quantity counts, plus keywords naming one unit
}

type delivProfile struct {
	d *Deliverable
	target
	service bool      // ongoing work (inbox, calendar): asks are tasks, not revisions
	recurs  bool      // done again and again: a service, or "weekly", "par mois"
	due     time.Time // delivery date written in the description, if any
	dueDay  int       // "by the 5th of the following month"
}

type exclProfile struct {
	e *Exclusion
	target
	presence bool // the excluded work is being there in person
}

type rateKind int

const (
	rateExtra rateKind = iota // a unit or a service beyond the contract
	rateRound                 // an extra revision round
	rateHour                  // a plain hourly rate
)

type rateProfile struct {
	r        *Rate
	kind     rateKind
	toks     []ptok
	distinct []ptok // words naming no deliverable: what makes the extra recognisable
	deliv    string // the deliverable it extends, if any
}

type profile struct {
	presence bool // some deliverable is done in person: visits, sessions, the day itself
	ix       *delivIndex
	units    *unitIndex
	c        *Contract
	delivs   []*delivProfile
	excls    []*exclProfile
	rates    []*rateProfile
}

func (e *Engine) ptoks(text string) []ptok {
	var out []ptok
	for _, t := range e.st.tokenize(text, "fr") {
		if stopword(t.fold) {
			continue
		}
		out = append(out, ptok{fold: t.fold, stemFR: t.stem, stemEN: e.st.stem(t.fold, "en"), con: tokenConcepts(t.fold)})
	}
	return out
}

// uniqueStems keeps the first word of each stem: a description that says
// "page" twice names pages once.
func uniqueStems(ps []ptok) []ptok {
	seen := map[string]bool{}
	out := ps[:0]
	for _, p := range ps {
		if !seen[p.stemFR] {
			seen[p.stemFR] = true
			out = append(out, p)
		}
	}
	return out
}

func (e *Engine) phrases(list []string) []phrase {
	out := make([]phrase, 0, len(list))
	for _, k := range list {
		toks := e.ptoks(k)
		if len(toks) > 0 {
			out = append(out, phrase{text: k, toks: toks})
		}
	}
	return out
}

var serviceWords = []string{"gestion", "tenue", "tri", "quotidien", "management", "managing", "handling", "daily", "ongoing", "suivi",
	"scheduling", "maintenance", "support", "administration", "permanence"}

// complementPreps introduce a complement: a service word after one is not
// what the deliverable is ("Case for support", "Plan de maintenance" is a
// plan), as it is in "Gestion de l'agenda" or "Customer support".
var complementPreps = toSet(`for of pour de du des d`)

// serviceName reports whether a deliverable's name says ongoing work.
func serviceName(lower string) bool {
	words := strings.FieldsFunc(lower, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80) })
	for i, w := range words {
		for _, sw := range serviceWords {
			if w == sw && !(i > 0 && complementPreps[words[i-1]]) {
				return true
			}
		}
	}
	return false
}

// presenceWords tell work done in person, on the spot: a visit, a session,
// the day of the event.
var presenceWords = []string{"visite", "visites", "visit", "visits", "presence", "present", "presentiel", "sur site",
	"on site", "onsite", "on-site", "sur place", "in person", "en personne", "seance", "session", "sessions", "atelier",
	"ateliers", "workshop", "workshops", "jour j", "day of", "reportage", "tournage", "shoot", "shooting",
	"prise de vue", "prises de vue", "deplacement", "deplacements", "coordination", "animation", "attendance",
	"accompagnement", "permanence"}

func inPerson(text string) bool {
	f := fold(text)
	for _, w := range presenceWords {
		if containsWord(f, w) {
			return true
		}
	}
	return false
}

// recurrenceWords tell work sold to be done again and again.
var recurrenceWords = []string{"weekly", "monthly", "daily", "hebdomadaire", "hebdomadaires", "mensuel", "mensuelle",
	"mensuels", "mensuelles", "quotidien", "quotidienne", "quotidiens", "chaque semaine", "chaque mois", "par semaine",
	"par mois", "per week", "per month", "each week", "each month", "every week", "every month", "mois", "month",
	"months", "semaine", "week", "weeks", "ongoing", "recurring", "recurrent", "abonnement", "subscription", "retainer"}

func recurring(text string) bool {
	f := fold(text)
	for _, w := range recurrenceWords {
		if containsWord(f, w) {
			return true
		}
	}
	return false
}

var roundWords = []string{"retouche", "revision", "round", "tour", "modification", "correction"}
var hourWords = []string{"heure", "hour", "hourly", "horaire"}

// genericWords are pricing and framing words that name no particular work.
var genericWords = map[string]bool{
	"forfait": true, "mensuel": true, "mensuelle": true, "monthly": true, "hebdomadaire": true, "weekly": true,
	"annuel": true, "organisation": true, "organization": true, "supplementaire": true, "additional": true,
	"extra": true, "per": true, "par": true, "batch": true, "lot": true, "session": true, "min": true,
	"minutes": true, "jour": true, "day": true, "client": true, "from": true, "edited": true, "pour": true,
	"collaborateur": true, "nouveau": true, "new": true, "version": true, "adaptation": true,
	"week": true, "month": true, "daily": true, "semaine": true, "mois": true,
	"quotidien": true, "quotidienne": true, "annual": true,
}

func (e *Engine) buildProfile(c *Contract) *profile {
	p := &profile{c: c}
	for i := range c.Deliverables {
		d := &c.Deliverables[i]
		dp := &delivProfile{d: d}
		dp.keywords = e.phrases(d.Keywords)
		dp.name = e.ptoks(d.Name)
		dp.desc = e.ptoks(d.Description)
		dp.unit = e.ptoks(d.Unit)
		// Only the name says ongoing work ("Gestion de l'agenda"): a
		// description mentions "gestion de l'attente" as easily as anything.
		dp.service = serviceName(fold(d.Name + " " + firstWords(d.Description, 2)))
		dp.recurs = dp.service || recurring(d.Name+" "+d.Description+" "+d.Unit)
		dp.due, dp.dueDay = e.descriptionDue(d.Description, c)
		if inPerson(d.Name + " " + d.Description) {
			p.presence = true
		}
		p.delivs = append(p.delivs, dp)
	}
	for i := range c.Exclusions {
		x := &c.Exclusions[i]
		xp := &exclProfile{e: x}
		xp.keywords = e.phrases(x.Keywords)
		// A word the deliverables also name ("product" in "Product
		// photography" next to "Product pages") tells nothing excluded.
		// A name word said twice ("One-to-one coaching") counts once.
		xp.name = p.unshared(uniqueStems(e.ptoks(x.Name)))
		xp.desc = p.unshared(uniqueStems(e.ptoks(x.Description)))
		xp.presence = inPerson(x.Name + " " + x.Description)
		p.excls = append(p.excls, xp)
	}
	for i := range c.Rates {
		r := &c.Rates[i]
		rp := &rateProfile{r: r, toks: e.ptoks(r.Name)}
		lower := fold(r.Name)
		for _, w := range roundWords {
			if containsWord(lower, w) || containsWord(lower, w+"s") {
				rp.kind = rateRound
			}
		}
		for _, w := range hourWords {
			if containsWord(lower, w) {
				rp.kind = rateHour
			}
		}
		best := 0
		for _, t := range rp.toks {
			if genericWords[t.fold] {
				continue
			}
			named := false
			for _, dp := range p.delivs {
				if dp.namesWord(t) {
					named = true
					if n := len(rp.toks); n > best {
						rp.deliv = dp.d.ID
					}
				}
			}
			if !named {
				rp.distinct = append(rp.distinct, t)
			}
		}
		p.rates = append(p.rates, rp)
	}
	p.buildIndex()
	p.buildUnitIndex()
	return p
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// namesWord reports whether the deliverable's keywords, name or unit use t.
func (dp *delivProfile) namesWord(t ptok) bool {
	same := func(a ptok) bool { return a.stemFR == t.stemFR || a.stemEN == t.stemEN }
	for _, k := range dp.keywords {
		for _, a := range k.toks {
			if same(a) {
				return true
			}
		}
	}
	for _, a := range dp.name {
		if same(a) {
			return true
		}
	}
	for _, a := range dp.unit {
		if same(a) {
			return true
		}
	}
	return false
}

// descriptionDue reads a delivery date written in a deliverable's
// description: an absolute one ("by November 25") or a day of the following
// month ("au plus tard le 5 du mois suivant").
func (e *Engine) descriptionDue(desc string, c *Contract) (time.Time, int) {
	lang := detectLanguage(desc)
	ref := c.Signed.Time
	var due time.Time
	for _, s := range e.st.splitSentences(desc, lang) {
		hits := e.cues.find(&s)
		if !hasFam(hits, famDeadline) {
			continue
		}
		f := fold(s.text)
		if strings.Contains(f, "mois suivant") || strings.Contains(f, "following month") || strings.Contains(f, "next month") {
			for _, dm := range findDates(&s, ref) {
				return time.Time{}, dm.day.Day()
			}
		}
		for _, dm := range findDates(&s, ref) {
			if due.IsZero() || dm.day.After(due) {
				due = dm.day
			}
		}
	}
	return due, 0
}

func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(s[j-1])
		after := j+len(w) == len(s) || !isWordByte(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

func hasFam(hits []hit, f family) bool {
	for _, h := range hits {
		if h.fam == f {
			return true
		}
	}
	return false
}

// unshared drops the words a deliverable's name, keywords or unit use.
func (p *profile) unshared(ps []ptok) []ptok {
	out := ps[:0]
	for _, t := range ps {
		named := false
		for _, dp := range p.delivs {
			if dp.namesWord(t) {
				named = true
				break
			}
		}
		if !named {
			out = append(out, t)
		}
	}
	return out
}
