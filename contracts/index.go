package contracts

import "strings"

// delivIndex finds, for a message word, every deliverable word it matches,
// so that scoring a text costs one map lookup a word rather than a scan of
// every keyword of every deliverable.
type delivIndex struct {
	byForm    map[string][]ientry // by folded form and both stems
	byConcept []ientry            // entries whose word carries a shared meaning
	keys      int                 // distinct keys, for the seen bitmap
}

type ientry struct {
	deliv  int
	key    int     // distinct contract word or keyword
	w      float64 // weight of a match by form
	cw     float64 // weight of a match by shared meaning (0: none)
	desc   bool    // description word: capped
	phrase *phrase // multi-word keyword starting here
	con    concept
}

func (p *profile) buildIndex() {
	ix := &delivIndex{byForm: map[string][]ientry{}}
	add := func(pt ptok, e ientry) {
		seen := map[string]bool{}
		for _, f := range []string{pt.fold, pt.stemFR, pt.stemEN} {
			if f == "" || seen[f] {
				continue
			}
			seen[f] = true
			ix.byForm[f] = append(ix.byForm[f], e)
		}
		if e.cw > 0 && pt.con&^monthMask != 0 {
			e.con = pt.con &^ monthMask
			ix.byConcept = append(ix.byConcept, e)
		}
		// Month names meet across languages through their month bit.
		if m := pt.con & monthMask; m != 0 {
			e.con = m
			e.cw = e.w
			ix.byConcept = append(ix.byConcept, e)
		}
	}
	for di, dp := range p.delivs {
		for _, k := range dp.keywords {
			k := k
			key := ix.keys
			ix.keys++
			if len(k.toks) == 1 {
				add(k.toks[0], ientry{deliv: di, key: key, w: 3, cw: 1})
			} else {
				add(k.toks[0], ientry{deliv: di, key: key, w: 3, phrase: &k})
			}
		}
		for _, n := range dp.name {
			if genericWords[n.fold] {
				continue
			}
			add(n, ientry{deliv: di, key: ix.keys, w: 2, cw: 1})
			ix.keys++
		}
		for _, u := range dp.unit {
			add(u, ientry{deliv: di, key: ix.keys, w: 1, cw: 1})
			ix.keys++
		}
		for _, d := range dp.desc {
			if genericWords[d.fold] {
				continue
			}
			add(d, ientry{deliv: di, key: ix.keys, w: 0.5, desc: true})
			ix.keys++
		}
	}
	p.ix = ix
}

// delivScores scores every deliverable on content words (stop words
// removed), adding into scores and words.
func (p *profile) delivScores(toks []token, w float64, scores []float64, words [][]string) {
	ix := p.ix
	seen := make([]bool, ix.keys)
	desc := make([]float64, len(p.delivs))
	// The words of a phrase keyword belong to it alone: "livret de
	// cérémonie" names the booklet once, not also the word "cérémonie" of
	// another deliverable, nor the words of its own name and unit.
	claimed := p.phraseClaims(toks)
	for i, t := range toks {
		conceptUsed := false
		try := func(e ientry, byConcept bool) {
			if seen[e.key] {
				return
			}
			if claimed != nil && claimed[i].deliv >= 0 &&
				(e.phrase == nil || e.deliv != claimed[i].deliv || !claimed[i].start) {
				return
			}
			if e.phrase != nil && !phraseAt(*e.phrase, toks, i) {
				return
			}
			weight := e.w
			if byConcept {
				if conceptUsed {
					return // a word counts once by shared meaning
				}
				conceptUsed = true
				weight = e.cw
			}
			if e.desc {
				if desc[e.deliv] >= 2 {
					return
				}
				desc[e.deliv] += weight
			}
			seen[e.key] = true
			scores[e.deliv] += weight * w
			if e.phrase != nil {
				words[e.deliv] = append(words[e.deliv], phraseText(toks, i, len(e.phrase.toks)))
			} else if !e.desc {
				words[e.deliv] = append(words[e.deliv], t.raw)
			}
		}
		for _, f := range [3]string{t.fold, t.stem, ""} {
			if f == "" {
				break
			}
			for _, e := range ix.byForm[f] {
				try(e, false)
			}
			if t.stem == t.fold {
				break
			}
		}
		if t.con != 0 {
			for _, e := range ix.byConcept {
				if e.con&t.con != 0 {
					try(e, e.con&monthMask == 0)
				}
			}
		}
	}
}

// claim marks a message word taken by a phrase keyword.
type claim struct {
	deliv int  // -1: free
	start bool // the phrase's first word
}

// phraseClaims finds the phrase keywords in toks, left to right and the
// longest at each word, and returns which deliverable each word belongs
// to; nil when no phrase keyword is there.
func (p *profile) phraseClaims(toks []token) []claim {
	var out []claim
	for i, t := range toks {
		if out != nil && out[i].deliv >= 0 {
			continue
		}
		best, bestLen := -1, 0
		for _, f := range [2]string{t.fold, t.stem} {
			for _, e := range p.ix.byForm[f] {
				if e.phrase != nil && len(e.phrase.toks) > bestLen && phraseAt(*e.phrase, toks, i) {
					best, bestLen = e.deliv, len(e.phrase.toks)
				}
			}
		}
		if best < 0 {
			continue
		}
		if out == nil {
			out = make([]claim, len(toks))
			for k := range out {
				out[k].deliv = -1
			}
		}
		for k := i; k < i+bestLen; k++ {
			out[k] = claim{deliv: best, start: k == i}
		}
	}
	return out
}

// unitIndex tells which deliverables a word names one unit of: by form
// (unit word or one-word keyword) or by shared meaning (unit word only).
type unitIndex struct {
	byForm    map[string]uint64 // bit i: deliverable i
	byConcept []struct {
		con  concept
		mask uint64
	}
}

func (p *profile) buildUnitIndex() {
	ux := &unitIndex{byForm: map[string]uint64{}}
	addForm := func(pt ptok, bit uint64) {
		for _, f := range []string{pt.fold, pt.stemFR, pt.stemEN} {
			if f != "" {
				ux.byForm[f] |= bit
			}
		}
	}
	for i, dp := range p.delivs {
		if i >= 64 {
			break
		}
		bit := uint64(1) << i
		for _, u := range dp.unit {
			addForm(u, bit)
			if c := u.con &^ monthMask; c != 0 {
				ux.byConcept = append(ux.byConcept, struct {
					con  concept
					mask uint64
				}{c, bit})
			}
		}
		for _, k := range dp.keywords {
			// "sur place" is one content word but names no unit.
			if len(k.toks) != 1 || len(strings.Fields(k.text)) != 1 {
				continue
			}
			// Of a work sold as one unit, the keywords name its parts
			// ("headings" of the index, a "façade" of the permit
			// drawings); only the unit word counts more of it.
			if dp.d.Quantity == 1 {
				continue
			}
			addForm(k.toks[0], bit)
		}
	}
	p.units = ux
}

// unitMasks returns, for a word, the deliverables it names a unit of by
// form, and those by form or shared meaning.
func (p *profile) unitMasks(t token) (byWord, any uint64) {
	if stopword(t.fold) {
		return 0, 0
	}
	byWord = p.units.byForm[t.fold] | p.units.byForm[t.stem]
	any = byWord
	if t.con != 0 {
		for _, e := range p.units.byConcept {
			if e.con&t.con != 0 {
				any |= e.mask
			}
		}
	}
	return byWord, any
}
