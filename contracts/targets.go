package contracts

import (
	"strings"
	"time"
)

// targets is what a stretch of text names in the contract.
type targets struct {
	deliv      *delivProfile
	delivScore float64
	delivWords string

	excl      *exclProfile
	exclScore float64 // keywords and description
	exclKw    float64 // keywords alone
	exclStem  float64 // matched by word form, not only by shared meaning
	exclWords string
	rate      *rateProfile
	rateWords string
	rateScore float64
	coverage  float64 // share of content words the deliverables account for
}

func (t targets) empty() bool { return t.delivScore < 2 && t.exclScore < 2 && t.rate == nil }

// matchSet collects distinct matched contract words and the message words.
type matchSet struct {
	score float64
	seen  map[string]bool
	words []string
}

func (m *matchSet) add(key string, w float64, word string) {
	if m.seen == nil {
		m.seen = map[string]bool{}
	}
	if m.seen[key] {
		return
	}
	m.seen[key] = true
	m.score += w
	if word != "" {
		m.words = append(m.words, word)
	}
}

// phraseAt reports whether phrase p starts at toks[i].
func phraseAt(p phrase, toks []token, i int) bool {
	if i+len(p.toks) > len(toks) {
		return false
	}
	for k, pt := range p.toks {
		if !pt.matches(toks[i+k]) {
			return false
		}
	}
	return true
}

func phraseText(toks []token, i, n int) string {
	parts := make([]string, 0, n)
	for k := 0; k < n && i+k < len(toks); k++ {
		parts = append(parts, toks[i+k].raw)
	}
	return strings.Join(parts, " ")
}

// contentTokens drops stop words and numbers.
func contentTokens(toks []token) []token {
	out := make([]token, 0, len(toks))
	for _, t := range toks {
		if contentWord(t) {
			out = append(out, t)
		}
	}
	return out
}

// contentWord: not a stop word nor a number; two-letter words count when
// they are not stop words ("DP", "UI", "fi" of "hi-fi").
func contentWord(t token) bool {
	return !stopword(t.fold) && !isDigits(t.fold) && len(t.fold) >= 2
}

// group is a stretch of words and how much it says about the target.
type group struct {
	toks []token
	w    float64
}

// targets scores deliverables on every group, and exclusions and rate-card
// extras on the first group only: an excluded word in a neighbouring
// sentence ("our printer asks for the files") is context, not the request.
func (a *analysis) targets(groups ...group) targets {
	return a.withLedger(a.score(groups...))
}

// scored is what targets computes without the ledger, so that Analyze,
// which runs in parallel, can do it for Decide, which runs in order.
type scored struct {
	scores []float64  // per deliverable
	words  [][]string // per deliverable
	t      targets    // exclusion, rate and coverage; no deliverable yet
}

// withLedger picks the deliverable: a deliverable with rounds recorded
// wins a tie.
func (a *analysis) withLedger(sc *scored) targets {
	t := sc.t
	best := -1
	for i, dp := range a.p.delivs {
		score := sc.scores[i]
		if _, ok := a.ledger[dp.d.ID]; ok && score > 0 {
			score += 0.25
		}
		if score > t.delivScore {
			t.deliv, t.delivScore, best = dp, score, i
		}
	}
	if best >= 0 {
		t.delivWords = joinUnique(sc.words[best])
	}
	return t
}

func (a *analysis) score(groups ...group) *scored {
	sc := a.scoreDelivs(groups...)
	if len(groups) == 0 {
		return sc
	}
	t := &sc.t
	content := groups[0].toks
	for _, xp := range a.p.excls {
		kw, stem, score, words := scoreExclusion(xp, content)
		// Keywords outrank description words: "answer the comments" beats a
		// passing "photo".
		if kw*2+score > t.exclKw*2+t.exclScore {
			t.excl, t.exclScore, t.exclKw, t.exclStem, t.exclWords = xp, score, kw, stem, joinUnique(words)
		}
	}
	for _, rp := range a.p.rates {
		if rp.kind != rateExtra || len(rp.distinct) == 0 {
			continue
		}
		var m matchSet
		for _, d := range rp.distinct {
			for _, c := range content {
				switch {
				case d.matches(c):
					m.add(d.fold, 2, c.raw)
				case d.conceptMatches(c):
					m.add(d.fold, 1, c.raw)
				}
			}
		}
		// One shared word is enough only for a rate that has one.
		if (m.score >= 3 || m.score >= 2 && len(rp.distinct) == 1) && m.score > t.rateScore {
			t.rate, t.rateWords, t.rateScore = rp, joinUnique(m.words), m.score
		}
	}
	// Coverage: how much of what is asked the deliverables account for.
	if len(content) > 0 {
		covered := 0
		for _, c := range content {
			if a.p.covers(c) {
				covered++
			}
		}
		t.coverage = float64(covered) / float64(len(content))
	}
	return sc
}

// scoreDelivs scores the deliverables only; the exclusions, rates and
// coverage of the result are left empty.
func (a *analysis) scoreDelivs(groups ...group) *scored {
	sc := &scored{scores: make([]float64, len(a.p.delivs)), words: make([][]string, len(a.p.delivs))}
	for _, g := range groups {
		a.p.delivScores(g.toks, g.w, sc.scores, sc.words)
	}
	return sc
}

// scoreExclusion returns the keyword score, the score of matches by word
// form, the whole score and the words that matched. Each contract word and
// each message word counts once.
func scoreExclusion(xp *exclProfile, content []token) (kw, stem, score float64, words []string) {
	nk, nn := len(xp.keywords), len(xp.name)
	seen := make([]bool, nk+nn+len(xp.desc)+len(content))
	add := func(slot int, w float64, word string) bool {
		if seen[slot] {
			return false
		}
		seen[slot] = true
		score += w
		if word != "" {
			words = append(words, word)
		}
		return true
	}
	for ki, k := range xp.keywords {
		for i := range content {
			if phraseAt(k, content, i) {
				add(ki, 3, phraseText(content, i, len(k.toks)))
				break
			}
		}
		if !seen[ki] && len(k.toks) > 1 && allPresent(k.toks, content) {
			add(ki, 2, k.text)
		}
	}
	kw = score
	cbase := nk + nn + len(xp.desc)
	for i, c := range content {
		if c.con == 0 {
			continue
		}
		for _, k := range xp.keywords {
			if len(k.toks) == 1 && k.toks[0].conceptMatches(c) {
				add(cbase+i, 1, c.raw)
				break
			}
		}
	}
	for ni, n := range xp.name {
		for _, c := range content {
			if n.matches(c) {
				if add(nk+ni, 1.5, c.raw) {
					stem += 1.5
				}
			} else if n.conceptMatches(c) {
				add(nk+ni, 1, c.raw)
			}
		}
	}
	desc := 0.0
	for di, d := range xp.desc {
		if genericWords[d.fold] || desc >= 3 {
			continue
		}
		slot := nk + nn + di
		for _, c := range content {
			if d.matches(c) {
				if add(slot, 1, c.raw) {
					stem++
					desc++
				}
			} else if d.conceptMatches(c) {
				if add(slot, 0.5, c.raw) {
					desc += 0.5
				}
			}
		}
	}
	return kw, stem, score, words
}

// covers reports whether a word belongs to the contract's deliverables.
func (p *profile) covers(c token) bool {
	if len(p.ix.byForm[c.fold]) > 0 || len(p.ix.byForm[c.stem]) > 0 {
		return true
	}
	if c.con != 0 {
		for _, e := range p.ix.byConcept {
			if e.con&c.con != 0 && !e.desc {
				return true
			}
		}
	}
	return false
}

// earlierDate finds a date asked as a deadline that comes before the one
// the contract sets for that work.
func (a *analysis) earlierDate(f *feat, ctx targets) (dateMention, time.Time, *delivProfile) {
	if f.has[famMeeting] {
		return dateMention{}, time.Time{}, nil
	}
	mentions := findDates(f.s, a.today)
	if len(mentions) == 0 {
		return dateMention{}, time.Time{}, nil
	}
	due, dp := a.c.Deadline.Time, (*delivProfile)(nil)
	if ctx.deliv != nil && ctx.delivScore >= 2 {
		if !ctx.deliv.due.IsZero() {
			due, dp = ctx.deliv.due, ctx.deliv
		} else if ctx.deliv.dueDay > 0 {
			month := a.today.Month()
			for _, t := range f.s.toks {
				if m, ok := months[t.fold]; ok && len(t.fold) > 3 {
					month = time.Month(m)
				}
			}
			y := a.today.Year()
			if month < a.today.Month()-6 {
				y++
			}
			due, dp = time.Date(y, month+1, ctx.deliv.dueDay, 0, 0, 0, 0, time.UTC), ctx.deliv
		}
	}
	if asAgreed(f.s) {
		return dateMention{}, time.Time{}, nil // "prêt pour le 19 février comme convenu"
	}
	// "Before the 12th we need these changes": a date on a change asked
	// is when the change is wanted; it moves the delivery only when the
	// sentence speaks of delivering or compares with the agreed date.
	if f.change && !deliveryTiming(f) && !comparesDate(f) {
		return dateMention{}, time.Time{}, nil
	}
	for _, dm := range mentions {
		if !deadlineCueNear(f, dm) || !dm.day.Before(due) || dm.day.Before(a.today) {
			continue
		}
		return dm, due, dp
	}
	return dateMention{}, time.Time{}, nil
}

// comparesDate: the change cue of a sentence with a date compares it with
// another time: "by 2 July rather than at the end of the month".
func comparesDate(f *feat) bool {
	for _, h := range f.hits {
		if h.fam != famChange {
			continue
		}
		switch w := fold(h.words); {
		case w == "rather than", w == "rather", strings.HasPrefix(w, "instead"), strings.HasPrefix(w, "plutot"), strings.HasPrefix(w, "au lieu"):
			return true
		}
	}
	return false
}

// deliveryStems tell that a sentence is about when the work is handed
// over: delivered, ready, finished, due, moved up.
var deliveryStems = []string{"deliver", "livr", "ready", "finish", "fini", "termin", "complet", "due", "deadline",
	"echeance", "remis", "remettre", "avanc", "final"}

var deliveryWords = toSet(`pret prete prets pretes rendre rendu rendue rendus tot earlier sooner`)

// deliveryTiming: the sentence speaks of delivery or compares the date
// with another ("instead of the 15th", "au lieu du 18").
func deliveryTiming(f *feat) bool {
	for _, h := range f.hits {
		if h.fam == famDeliver || h.fam == famDeadline && afterDateCue(h.words) {
			return true
		}
	}
	for _, t := range f.s.toks {
		if deliveryWords[t.fold] {
			return true
		}
		for _, p := range deliveryStems {
			if strings.HasPrefix(t.fold, p) {
				return true
			}
		}
	}
	return false
}

// asAgreed: the date is the one agreed, asked about, not a new one.
func asAgreed(s *sentence) bool {
	f := fold(s.text)
	for _, p := range []string{"comme convenu", "comme prevu", "as agreed", "as planned", "as scheduled"} {
		if i := strings.Index(f, p); i >= 0 {
			// "pour le 22 novembre plutôt que mi-décembre comme prévu":
			// what was agreed is the date set aside.
			before := f[:i]
			for _, c := range []string{"plutot qu", "au lieu d", "rather than", "instead of"} {
				if strings.Contains(before, c) {
					return false
				}
			}
			return true
		}
	}
	return false
}

func deadlineCueNear(f *feat, dm dateMention) bool {
	for _, h := range f.hits {
		if h.fam != famDeadline {
			continue
		}
		// "by Friday the 20th", "avant le 5": only little words between
		// the cue and the date. "before the interview on the 5th" dates
		// the interview, not the work.
		if h.to <= dm.from && dm.from-h.to <= 3 && !nounBetween(f.s.toks[h.to:dm.from]) {
			return true
		}
		if h.from >= dm.to && h.from-dm.to <= 3 && afterDateCue(h.words) {
			return true
		}
	}
	// "nous livrer les fichiers définitifs le 9 août", "deliver the final
	// files on 9 August": the verb of delivery dates the handover, its
	// object between them.
	toks := f.s.toks
	if dm.from < 2 || !dateArticles[toks[dm.from-1].fold] {
		return false
	}
	for k := dm.from - 2; k >= 0 && k >= dm.from-8; k-- {
		if strings.HasPrefix(toks[k].fold, "livr") || strings.HasPrefix(toks[k].fold, "deliver") {
			return true
		}
	}
	return false
}

// dateArticles stand right before a date a verb governs: "le 9 août",
// "on 9 August".
var dateArticles = toSet(`le on`)

// nounBetween: a content word other than a weekday or a month name.
func nounBetween(toks []token) bool {
	for _, t := range toks {
		if contentWord(t) && !weekdays[t.fold] && months[t.fold] == 0 {
			return true
		}
	}
	return false
}

// afterDateCue: cues that follow the date they qualify ("le 30 au plus
// tard", "le 9 plutôt que le 27").
func afterDateCue(w string) bool {
	f := fold(w)
	return strings.Contains(f, "plus tard") || strings.Contains(f, "instead") || strings.Contains(f, "au lieu") || strings.Contains(f, "latest") ||
		strings.HasPrefix(f, "plutot") || strings.HasPrefix(f, "rather")
}

var numberWords = map[string]int{
	"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
	"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
	"two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "twenty": 20,
}

var ordinalWords = map[string]int{
	"deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8,
	"neuvieme": 9, "dixieme": 10, "treizieme": 13, "quinzieme": 15,
	"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12, "thirteenth": 13,
}

var newDeterminers = toSet(`un une a an another autre nouvelle nouveau new extra additional cette cet ce this that`)

// measureWords after a number make it a size, not a count of units.
var measureWords = toSet(`h pm am eur euros gbp cad usd second seconds seconde secondes minute minutes min mots words cm mm px
pages ko mo mb gb jours days semaines weeks mois months heures hours lignes lines caracteres characters`)

// measureUnits are units of size, area, weight, distance, money and age:
// a number before them is a measure, never a count of units.
var measureUnits = toSet(`acre acres hectare hectares ha m m2 sqm sq ft feet foot metre metres meter meters km kilometre
kilometres kilometer kilometers mile miles yard yards inch inches pouces kg kilo kilos grams gramme grammes lb lbs tonne tonnes
litre litres liter liters percent pourcent pct dollars dollar cents centimes pounds ans years year`)

func numberValue(f string) (int, bool) {
	if n, ok := numberWords[f]; ok {
		return n, true
	}
	if isDigits(f) && len(f) <= 3 {
		n := 0
		for i := 0; i < len(f); i++ {
			n = n*10 + int(f[i]-'0')
		}
		return n, true
	}
	return 0, false
}

// quantityOver finds more units asked than the contract sells: "15 posts"
// when 12 are sold, "a third concept", "five more products", "a card for
// one more person too".
func (a *analysis) quantityOver(f *feat, sents []*feat, ctx targets) (*delivProfile, int, string) {
	type cand struct {
		dp    *delivProfile
		n     int
		words string
	}
	var found []cand
	for _, g := range sents {
		toks := g.s.toks
		units := a.unitsOf(g.s)
		for i, t := range toks {
			wordMask, anyMask := units[i].word, units[i].any
			if anyMask == 0 {
				continue
			}
			for di, dp := range a.p.delivs {
				if dp.d.Quantity <= 0 || di >= 64 || anyMask&(1<<di) == 0 {
					continue
				}
				byWord := wordMask&(1<<di) != 0
				for back := 1; back <= 2 && i-back >= 0; back++ {
					p := toks[i-back].fold
					words := func() string { return phraseText(toks, i-back, back+1) } // only for a candidate
					// "troisième piste": an ordinal may name the unit by meaning.
					if n, ok := ordinalWords[p]; ok && n > dp.d.Quantity {
						found = append(found, cand{dp, n, words()})
					}
					if !byWord {
						continue
					}
					// "five acres, aerials as well": a number whose next
					// word is a measure or another noun counts that, not
					// the deliverable's units.
					measure := back == 2 && !a.countModifier(toks[i-1], di)
					if n, ok := numberValue(p); ok && !measure && !isPriceOrTime(toks, i-back) && !resizedTo(toks, i-back) {
						switch {
						case back == 2 && moreWords[toks[i-1].fold], joining(g.s): // "five more products", "two new hires join"
							found = append(found, cand{dp, dp.d.Quantity + n, words()})
						case g == f && f.request && i-back-1 >= 0 && addingWord(toks[i-back-1].fold):
							// "could you add two recipes", "ajouter trois
							// fiches", "add three practice sheets": counted
							// units added to those sold.
							found = append(found, cand{dp, dp.d.Quantity + n, phraseText(toks, i-back-1, back+2)})
						case n > dp.d.Quantity && (g == f || g.has[famAdditive]):
							// A bare count elsewhere in the mail ("a 12-person
							// firm") is not a request for 12 units.
							found = append(found, cand{dp, n, words()})
						}
					}
					extraCue := g.has[famAdditive] || g.has[famCreate] || g.has[famChange]
					if newDeterminers[p] && toks[i-back].raw != "à" && (g == f || g.has[famAsk]) && f.request && extraCue && (!dp.service || g.has[famAdditive]) &&
						(!isDemonstrative(p) || g.has[famAdditive]) {
						found = append(found, cand{dp, dp.d.Quantity + 1, words()})
					}
				}
				// "the same work on the Events and Meetings pages": more units
				// of a counted deliverable, unless a number points at one
				// already there ("post 9").
				if g == f && f.request && f.has[famAdditive] && dp.isUnitField(t) && !f.change &&
					!(i+1 < len(toks) && isDigits(toks[i+1].fold)) && !a.additiveElsewhere(f, di) {
					found = append(found, cand{dp, dp.d.Quantity + 1, t.raw})
				}
				// "3 cartes supplémentaires", "deux pages de plus"
				// "deux générations de plus", "trois pages en plus"
				more := i+1 < len(toks) && moreWords[toks[i+1].fold] ||
					byWord && i+2 < len(toks) && (toks[i+1].fold == "de" || toks[i+1].fold == "en") && toks[i+2].fold == "plus"
				if more && i > 0 {
					if n, ok := numberValue(toks[i-1].fold); ok {
						found = append(found, cand{dp, dp.d.Quantity + n, phraseText(toks, i-1, 3)})
					}
				}
			}
		}
	}
	// "twelve new events we'll need sounds for", "trois nouveaux modèles à
	// patronner": new things counted in a request about a counted
	// deliverable are that many more units, whatever the noun.
	if f.request && !f.change && !f.has[famDeliver] && ctx.deliv != nil && ctx.deliv.d.Quantity > 0 && ctx.delivScore >= 2 {
		if n, words := newCount(f.s.toks); n > 0 {
			found = append(found, cand{ctx.deliv, ctx.deliv.d.Quantity + n, words})
		}
	}
	// "so we can launch all fourteen together", "14 in total": a total
	// above what was sold.
	if f.request && ctx.deliv != nil && ctx.deliv.d.Quantity > 1 {
		toks := f.s.toks
		for i := 0; i+1 < len(toks); i++ {
			if n, ok := numberValue(toks[i].fold); ok && n > ctx.deliv.d.Quantity && totalAfter(toks, i+1) && !isPriceOrTime(toks, i) {
				found = append(found, cand{ctx.deliv, n, phraseText(toks, i, 3)})
			}
			switch toks[i].fold {
			case "all", "tous", "toutes":
				if n, ok := numberValue(toks[i+1].fold); ok && n > ctx.deliv.d.Quantity && !isPriceOrTime(toks, i+1) &&
					!(i+2 < len(toks) && months[toks[i+2].fold] > 0) {
					found = append(found, cand{ctx.deliv, n, phraseText(toks, i, 2)})
				}
			}
		}
	}
	// "nous serons 74 et non plus 60", "15 instead of 12": a count replacing
	// the contract's quantity.
	for _, g := range sents {
		if dp, n, words := a.replacedCount(g.s); dp != nil {
			found = append(found, cand{dp, n, words})
		}
	}
	if len(found) == 0 {
		return nil, 0, ""
	}
	best := found[0]
	for _, c := range found[1:] {
		if c.dp == ctx.deliv && best.dp != ctx.deliv {
			best = c
		}
	}
	return best.dp, best.n, best.words
}

// unitMask is what unitMasks says of one word.
type unitMask struct{ word, any uint64 }

// unitsOf returns unitMasks of every word of s, computed once per
// analysis: quantityOver reads every sentence for each one it decides.
func (a *analysis) unitsOf(s *sentence) []unitMask {
	if u, ok := a.units[s]; ok {
		return u
	}
	u := make([]unitMask, len(s.toks))
	for i, t := range s.toks {
		u[i].word, u[i].any = a.p.unitMasks(t)
	}
	if a.units == nil {
		a.units = map[*sentence][]unitMask{}
	}
	a.units[s] = u
	return u
}

// additiveElsewhere: every word of more in f is bound to another noun than
// deliverable di's units: "les trois maquettes, ou une autre date ?" asks
// for another date, not another maquette.
func (a *analysis) additiveElsewhere(f *feat, di int) bool {
	toks := f.s.toks
	bound := false
	for _, h := range f.hits {
		if h.fam != famAdditive {
			continue
		}
		// Only a word that stands before its noun ("une autre date",
		// "another date") is bound to the next word; "de plus", "too"
		// and "aussi" are not.
		if !prenominalMore[toks[h.to-1].fold] || h.to >= len(toks) || !contentWord(toks[h.to]) {
			return false
		}
		if w, _ := a.p.unitMasks(toks[h.to]); w&(1<<di) != 0 {
			return false
		}
		bound = true
	}
	return bound
}

var prenominalMore = toSet(`autre autres another other new nouveau nouvelle nouveaux nouvelles extra additional more`)

// addingWord: a verb form of adding, as in "add two recipes".
func addingWord(w string) bool {
	for _, p := range []string{"add", "ajout", "rajout"} {
		if strings.HasPrefix(w, p) && !strings.HasPrefix(w, "addr") {
			return true
		}
	}
	return false
}

// totalAfter: toks[i:] starts with "in total", "au total" or "en tout".
func totalAfter(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	a, b := toks[i].fold, toks[i+1].fold
	return (a == "in" || a == "au") && b == "total" || a == "en" && b == "tout"
}

// sizeAdjectives may stand between a count and what it counts: "three
// short posts", "deux grandes affiches".
var sizeAdjectives = toSet(`big small large short long little quick simple full different separate similar same other
further more new extra whole few grand grande grands grandes petit petite petits petites court courte courts courtes
long longue longs longues gros grosse beaux belles nouveaux nouvelles autres memes`)

// adjectiveEndings are English endings of adjectives and participles.
var adjectiveEndings = []string{"ed", "al", "ic", "ive", "ful", "ous", "able", "ible", "ish", "less", "ary"}

// countModifier: t may stand between a number and the deliverable di's
// unit without being what the number counts: an adjective, a participle,
// a word of more, or a word of the same deliverable ("five floor plans").
// A measure or another noun ("five acres", "three bedroom") takes the
// count for itself.
func (a *analysis) countModifier(t token, di int) bool {
	if measureWords[t.fold] || measureUnits[t.fold] {
		return false
	}
	if moreWords[t.fold] || countAdders[t.fold] || sizeAdjectives[t.fold] {
		return true
	}
	if w, _ := a.p.unitMasks(t); w&(1<<di) != 0 {
		return true
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(t.fold, e) && len(t.fold) > len(e)+2 {
			return true
		}
	}
	return false
}

// joining tells that the units counted are newcomers: "two associates
// join us in May", "deux collaboratrices nous rejoignent".
func joining(s *sentence) bool {
	for _, t := range s.toks {
		for _, p := range []string{"rejoign", "rejoint", "recrut", "embauch", "joined", "joining", "hired", "newcomer", "arrivals", "arrivees"} {
			if strings.HasPrefix(t.fold, p) {
				return true
			}
		}
	}
	return false
}

// replacedCount finds "N1 instead of N2" where N2 is a deliverable's
// quantity and N1 is more.
func (a *analysis) replacedCount(s *sentence) (*delivProfile, int, string) {
	toks := s.toks
	for i := range toks {
		n1, ok := numberValue(toks[i].fold)
		if !ok || isPriceOrTime(toks, i) || afterMeasure(toks, i) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			n2, ok := numberValue(toks[j].fold)
			if !ok {
				continue
			}
			if isPriceOrTime(toks, j) {
				break
			}
			between := " " + fold(s.text[toks[i].end:toks[j].start]) + " "
			if n1 <= n2 || !(strings.Contains(between, "instead") || strings.Contains(between, "au lieu") ||
				strings.Contains(between, " non ") || strings.Contains(between, "rather") || strings.Contains(between, " not ") ||
				strings.Contains(between, "plutot") || strings.Contains(between, " vs ")) {
				break
			}
			for di, dp := range a.p.delivs {
				if dp.d.Quantity == n2 && dp.d.Quantity > 1 && a.countsUnits(s, di, i) {
					return dp, n1, phraseText(toks, i, j-i+1)
				}
			}
			break
		}
	}
	return nil, 0, ""
}

// countsUnits: the count at i is one of deliverable di's units: the
// sentence names the unit ("15 recipes instead of 12") or counts the
// senders themselves ("nous serons 74 et non plus 60"); "Tank is 6, not
// 4" is someone's age.
func (a *analysis) countsUnits(s *sentence, di, i int) bool {
	for _, u := range a.unitsOf(s) {
		if u.any&(1<<di) != 0 {
			return true
		}
	}
	for k := max(0, i-4); k < i; k++ {
		switch s.toks[k].fold {
		case "we", "nous", "on", "serons", "sommes", "seront", "sera":
			return true
		}
	}
	return false
}

// countAdders after a number make its noun newcomers: "two new", "trois
// nouveaux", "five more".
var countAdders = toSet(`new more additional extra nouveaux nouvelles nouveau nouvelle supplementaires autres`)

var knownDeterminers = toSet(`the these those your les ces vos tes`)

// newCount finds "N new X" or "N X supplémentaires" where X is no measure:
// the number of things added.
func newCount(toks []token) (int, string) {
	for i := 0; i+2 < len(toks); i++ {
		n, ok := numberValue(toks[i].fold)
		// "the two new versions you sent" are known things, not newcomers.
		if !ok || n < 1 || i > 0 && (isDigits(toks[i-1].fold) || knownDeterminers[toks[i-1].fold]) {
			continue
		}
		noun := -1
		switch {
		case countAdders[toks[i+1].fold]:
			noun = i + 2
		case countAdders[toks[i+2].fold] && toks[i+2].fold != "autres" && !strings.HasPrefix(toks[i+2].fold, "nouve"):
			noun = i + 1
		}
		if noun < 0 || measureWords[toks[noun].fold] || measureUnits[toks[noun].fold] || months[toks[noun].fold] > 0 || weekdays[toks[noun].fold] {
			continue
		}
		return n, phraseText(toks, i, 3)
	}
	return 0, ""
}

var moreWords = toSet(`more additional extra autres supplementaire supplementaires nouveaux nouvelles plus`)

func isDemonstrative(w string) bool {
	return w == "cette" || w == "cet" || w == "ce" || w == "this" || w == "that"
}

// afterMeasure: the number at i completes a measure begun before it, the
// seconds of "2 min 25", the pence of "3 £ 50": a measure is not a count.
func afterMeasure(toks []token, i int) bool {
	return i >= 2 && (measureWords[toks[i-1].fold] || measureUnits[toks[i-1].fold]) && isDigits(toks[i-2].fold)
}

func isPriceOrTime(toks []token, i int) bool {
	return i+1 < len(toks) && (measureWords[toks[i+1].fold] || measureUnits[toks[i+1].fold])
}

// resizedTo: the number at i is the size something is brought to, not a
// count of units: "cut it to 8 bars", "ramener le texte à 3 pages".
func resizedTo(toks []token, i int) bool {
	if i < 2 || (toks[i-1].fold != "to" && toks[i-1].fold != "a" && toks[i-1].fold != "down") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		for _, p := range []string{"cut", "trim", "shorten", "reduc", "bring", "brought", "condens", "raccourc", "redui", "ramen", "coup", "limit"} {
			if strings.HasPrefix(toks[k].fold, p) {
				return true
			}
		}
	}
	return false
}

// isUnitField: t is the word the contract counts by ("page", "article").
func (dp *delivProfile) isUnitField(t token) bool {
	for _, u := range dp.unit {
		if u.matches(t) {
			return true
		}
	}
	return false
}

// stripSubjectPrefixes removes Re:, RE :, TR:, Fwd: and the like.
func stripSubjectPrefixes(s string) string {
	for {
		t := strings.TrimSpace(s)
		l := strings.ToLower(t)
		cut := false
		for _, p := range []string{"re:", "re :", "tr:", "tr :", "fwd:", "fw:", "fwd :", "aw:", "wg:", "réf:"} {
			if strings.HasPrefix(l, p) {
				t = t[len(p):]
				cut = true
				break
			}
		}
		s = t
		if !cut {
			return s
		}
	}
}

// allPresent reports whether every word of a phrase is in content, in any
// order. A compound that repeats one word ("one-to-one", "face-to-face", "bout à
// bout") names nothing when its words are scattered: its parts are found
// only side by side.
func allPresent(ps []ptok, content []token) bool {
	if len(ps) < 2 {
		return false
	}
	distinct := false
	for _, p := range ps[1:] {
		if p.stemFR != ps[0].stemFR {
			distinct = true
			break
		}
	}
	if !distinct {
		return false
	}
	for _, p := range ps {
		ok := false
		for _, c := range content {
			if p.matches(c) || p.conceptMatches(c) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// joinUnique lists words once each, case-insensitively, in first-seen order.
func joinUnique(words []string) string {
	seen := make(map[string]bool, len(words))
	out := make([]string, 0, len(words))
	for _, w := range words {
		k := strings.ToLower(w)
		if !seen[k] {
			seen[k] = true
			out = append(out, w)
		}
	}
	return strings.Join(out, ", ")
}
