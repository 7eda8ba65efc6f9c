package contracts

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Input is what the scope engine reads of one message.
type Input struct {
	Subject   string
	Text      string // the new text the sender wrote
	Forwarded string // a forwarded email inside the message, if any (not the sender's words)
	Automated bool   // Auto-Submitted, Precedence: bulk, List-Id, X-Autoreply
	Today     time.Time
}

// Engine classifies messages. It holds compiled lexicons and per-contract
// profiles, and is safe for concurrent use.
type Engine struct {
	st   *stemmer
	cues *cueIndex

	mu       sync.Mutex
	profiles map[*Contract]*profile
}

// NewEngine builds the scope engine.
func NewEngine() *Engine {
	return &Engine{st: newStemmer(), cues: buildCueIndex(lexicon), profiles: map[*Contract]*profile{}}
}

func (e *Engine) profile(c *Contract) *profile {
	e.mu.Lock()
	p, ok := e.profiles[c]
	e.mu.Unlock()
	if ok {
		return p
	}
	p = e.buildProfile(c)
	e.mu.Lock()
	if len(e.profiles) > 1000 { // contracts are reloaded on SIGHUP: forget old ones
		e.profiles = map[*Contract]*profile{}
	}
	e.profiles[c] = p
	e.mu.Unlock()
	return p
}

// purposeClause returns the number of tokens of a leading purpose clause:
// "to" or "pour" (or "in order to", "afin de") and a verb, up to the first
// comma within eight words; 0 when the sentence has none. "Pour le
// lancement, …" names an occasion, not a purpose: a determiner after the
// opening word keeps it.
func purposeClause(s *sentence) int {
	toks := s.toks
	first := firstWordIndex(s)
	if first < 0 || first+1 >= len(toks) {
		return 0
	}
	start := first + 1
	switch toks[first].fold {
	case "to", "pour":
	case "afin":
		start++ // afin de
	case "in":
		start += 2 // in order to
	default:
		return 0
	}
	if start >= len(toks) || determiners[toks[start].fold] || toks[start].fold == "que" || toks[start].fold == "qu" {
		return 0
	}
	for k := start + 1; k < len(toks) && k <= start+8; k++ {
		if strings.Contains(s.text[toks[k-1].end:toks[k].start], ",") {
			return k
		}
	}
	return 0
}

// purposeBefore: "so (that) you can", "pour que", "afin que" ends within
// the three words before i.
func purposeBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].fold
		if w == "so" && k+1 < len(toks) && (toks[k+1].fold == "you" || toks[k+1].fold == "that") ||
			(w == "que" || w == "qu") && k > 0 && (toks[k-1].fold == "pour" || toks[k-1].fold == "afin") {
			return true
		}
		// "pour voir comment la police se comporte", "in order to see
		// how": an infinitive of purpose.
		if k == i-1 && (w == "pour" || w == "afin" || k > 0 && w == "de" && toks[k-1].fold == "afin" ||
			w == "to" && k > 1 && toks[k-1].fold == "order" && toks[k-2].fold == "in") {
			return true
		}
	}
	return false
}

// vousIndicative: a one-word cue in -ez with "vous" before it, maybe
// through clitics ("vous y mettez", "vous le faites"): the indicative, a
// statement about the reader, not an order.
func vousIndicative(toks []token, h hit) bool {
	if h.to-h.from != 1 || !strings.HasSuffix(toks[h.from].fold, "ez") {
		return false
	}
	k := h.from - 1
	for k >= 0 && preverbalClitics[toks[k].fold] && toks[k].fold != "vous" {
		k--
	}
	return k >= 0 && toks[k].fold == "vous"
}

// frModalQuestion finds "est-ce que … pourrait/peut …?" in a question.
func frModalQuestion(s *sentence) string {
	if !s.question {
		return ""
	}
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].fold != "est" || toks[i+1].fold != "ce" || toks[i+2].fold != "que" && toks[i+2].fold != "qu" {
			continue
		}
		for k := i + 3; k < len(toks) && k <= i+8; k++ {
			switch toks[k].fold {
			case "pourrait", "pourraient", "peut", "peuvent", "pourrions", "pourrais":
				return phraseText(toks, i, 3) + " " + toks[k].raw
			}
		}
	}
	return ""
}

// preverbalClitics stand between a French subject and its verb: "vous y
// mettez", "on le fait", "vous nous envoyez".
var preverbalClitics = toSet(`y en le la les l lui leur me m te t se s nous vous`)

// englishBeforeGo: words after which "go" is the English verb.
var englishBeforeGo = toSet(`you we i they he she it as to will can could would should let lets ll d must might may just`)

// participleBefore make the next word a participle: "sont faites",
// "a été fait".
var participleBefore = toSet(`est sont etait etaient ete etre soit soient sera seront ont avait avaient`)

// Weights of the cues, rspamd style: each reason carries one.
const (
	wAutomated = 10.0
	wDeadline  = 8.0
	wExclusion = 7.0
	wRate      = 6.0
	wQuantity  = 6.0
	wNewWork   = 5.0
	wFeature   = 5.0
	wVague     = 4.0
	wChange    = 3.0
	wInScope   = 2.0
	wInfo      = 1.0
)

// feat is what one sentence says.
type feat struct {
	s          *sentence
	hits       []hit
	has        [famCount]bool
	words      [famCount]string
	request    bool
	change     bool // asks for a change
	strong     bool // a change verb, not only a comparison
	listItem   bool
	content    []token // words that are not cues: what the sentence is about
	imperative bool    // asked by an order ("use the photo of me"), not a question
	inferred   bool    // the change is read from a quality ("be warmer"), no verb of change
	scores     *featScores
}

// decision is a candidate verdict from one sentence, with its reasons.
type decision struct {
	verdict     Verdict
	deliverable string
	exclusion   string
	quantity    int
	earlier     time.Time
	reasons     []Reason
	sentence    string
	soft        bool // new work inferred from wording, not from a contract term
}

// Bounds on what Classify reads. Some rules compare a sentence with its
// neighbours, so the cost grows faster than the text; a client's new text
// is a few hundred bytes (the development corpus's longest is under 1 KB),
// and what comes after these bounds is not where a request is made.
const (
	maxText      = 8 << 10
	maxSubject   = 300
	maxSentences = 80
)

// clip cuts s to at most n bytes, at a line or word boundary when there is
// one in the last quarter, never inside a UTF-8 sequence.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexAny(s[:cut], "\n "); i > n*3/4 {
		cut = i
	}
	return s[:cut]
}

// Classify decides the verdict of one message for its contract and ledger.
func (e *Engine) Classify(c *Contract, in Input, ledger Ledger) Result {
	return e.Analyze(c, in).Decide(ledger)
}

// Analysis is the part of a classification that does not depend on the
// ledger: the message read against its contract. Analyses of several
// messages can run in parallel; their Decide calls then run in order, each
// with the ledger as the messages before it left it.
type Analysis struct {
	a    *analysis
	done *Result // set when the verdict needs no ledger
	lang string
	in   Input
}

// Analyze reads one message against its contract. The Analysis is used
// once: Decide may consume it.
func (e *Engine) Analyze(c *Contract, in Input) *Analysis {
	in.Text = clip(in.Text, maxText)
	in.Forwarded = clip(in.Forwarded, maxText)
	in.Subject = clip(in.Subject, maxSubject)
	p := e.profile(c)
	lang := detectLanguage(in.Text)
	if strings.TrimSpace(in.Text) == "" {
		lang = c.Language
	}
	res := Result{Contract: c.ID, Language: lang}
	today := in.Today
	if today.IsZero() {
		today = c.Signed.Time
	}
	if in.Automated {
		res.Verdict = NotARequest
		res.Reasons = []Reason{{Cue: "automated", Weight: wAutomated, Detail: "Auto-Submitted, Precedence, List-Id or X-Autoreply header"}}
		return &Analysis{done: &res}
	}
	sents := e.st.splitSentences(in.Text, lang)
	if len(sents) > maxSentences {
		sents = sents[:maxSentences]
	}
	subj := e.st.splitSentences(stripSubjectPrefixes(in.Subject), lang)
	feats := make([]*feat, 0, len(sents))
	for i := range sents {
		if isDisclaimer(&sents[i]) {
			continue
		}
		feats = append(feats, e.features(&sents[i]))
	}
	promoteFeedback(feats)
	materialLists(feats)
	feasibilityBack(feats)

	a := &analysis{e: e, p: p, c: c, feats: feats, subj: subj, today: today,
		reply: stripSubjectPrefixes(in.Subject) != strings.TrimSpace(in.Subject)}
	for _, f := range feats {
		a.dropKeywordChanges(f)
		a.copulaChange(f)
		quotedChange(f)
	}
	for _, f := range feats {
		a.unitsOf(f.s)
		if f.request || f.change {
			a.scoreTargets(f) // what Decide weighs first, with no ledger
		}
	}
	return &Analysis{a: a, lang: lang, in: in}
}

// namesDeliverable: the words name a deliverable by a score of 2 or more.
func (p *profile) namesDeliverable(toks []token) bool {
	scores := make([]float64, len(p.delivs))
	p.delivScores(toks, 1, scores, make([][]string, len(p.delivs)))
	for _, sc := range scores {
		if sc >= 2 {
			return true
		}
	}
	return false
}

// asksEarlier: the sentence names, by a cue of deadline, a date earlier
// than the one agreed.
func (a *analysis) asksEarlier(f *feat) bool {
	if f.scores == nil {
		a.scoreTargets(f)
	}
	dm, _, _ := a.earlierDate(f, a.withLedger(f.scores.ctx))
	return !dm.day.IsZero()
}

// featScores are the scores decide reads for a sentence: its own words,
// its words with the paragraph and subject around, and those alone.
type featScores struct {
	own, ctx, around *scored
}

func (a *analysis) scoreTargets(f *feat) {
	own := a.score(group{f.content, 1})
	// Exclusions, rates and coverage are scored on the first group, the
	// sentence's own words in both: only the deliverables differ.
	ctx := a.scoreDelivs(group{f.content, 1}, group{a.scope(f, true), 0.5}, group{a.subjectTokens(), a.subjectWeight()})
	ctx.t = own.t
	f.scores = &featScores{own: own, ctx: ctx}
	// The words around are weighed when the sentence's own words name
	// no target; a score of 2 or more names one whatever the ledger.
	named := false
	for _, sc := range own.scores {
		named = named || sc >= 2
	}
	if !named && own.t.exclScore < 2 && own.t.rate == nil {
		f.scores.around = a.score(group{a.scope(f, true), 1}, group{a.subjectTokens(), 0.75})
	}
}

// Decide finishes the classification with the revision rounds used so far.
func (an *Analysis) Decide(ledger Ledger) Result {
	if an.done != nil {
		return *an.done
	}
	a, in, lang, p := an.a, an.in, an.lang, an.a.p
	a.ledger = ledger
	res := Result{Contract: a.c.ID, Language: lang}
	var best *decision
	bestAsked := false
	for _, f := range a.feats {
		d := a.decide(f)
		if d == nil {
			continue
		}
		// The most serious request wins; between equals, one the client
		// actually asked beats a change inferred from a plain sentence.
		if best == nil || d.verdict.Severity() > best.verdict.Severity() ||
			d.verdict.Severity() == best.verdict.Severity() && f.has[famAsk] && !bestAsked {
			best, bestAsked = d, f.has[famAsk]
		}
	}
	if best == nil && strings.TrimSpace(in.Forwarded) != "" {
		best = a.forwardedInput()
	}
	if best == nil {
		best = a.noRequest()
	}
	// An invitation to discuss turns a soft verdict into a question.
	open := a.messageHas(famOpen)
	unsure := open != "" && unsurePhrase(open)
	if open != "" && (best.verdict == Revision || best.verdict == InScope || best.soft || unsure && best.verdict == RevisionOverLimit ||
		best.verdict == NotARequest && a.anyRequest()) {
		best = &decision{verdict: Unclear, reasons: append(best.reasons, Reason{Cue: "open_question", Weight: wVague, Words: open})}
	}
	res.Verdict = best.verdict
	res.Deliverable = best.deliverable
	res.Exclusion = best.exclusion
	res.Quantity = best.quantity
	res.Request = best.sentence
	if !best.earlier.IsZero() {
		res.EarlierDate = best.earlier.Format("2006-01-02")
	}
	res.Reasons = best.reasons
	if t := a.messageHas(famTension); t != "" {
		res.Tension = true
		res.Reasons = append(res.Reasons, Reason{Cue: "tension", Weight: 0, Words: t})
	}
	if dp := p.deliv(res.Deliverable); dp != nil {
		res.RoundsIncluded = dp.d.Revisions
		res.RoundsUsed = ledger[dp.d.ID]
	}
	res.Reasons = append(res.Reasons, Reason{Cue: "language", Weight: 0, Words: lang})
	return res
}

func (p *profile) deliv(id string) *delivProfile {
	for _, dp := range p.delivs {
		if dp.d.ID == id {
			return dp
		}
	}
	return nil
}

// analysis is the state of one classification.
type analysis struct {
	e      *Engine
	p      *profile
	c      *Contract
	feats  []*feat
	subj   []sentence
	ledger Ledger
	today  time.Time

	reply    bool // the subject is a reply's ("Re: …"): the thread names the work under review
	subjToks []token
	paraToks map[int][]token // content words per paragraph
	units    map[*sentence][]unitMask
}

func (a *analysis) messageHas(f family) string {
	for _, ft := range a.feats {
		if ft.has[f] {
			return ft.words[f]
		}
	}
	return ""
}

func (a *analysis) anyChange() bool {
	for _, ft := range a.feats {
		if ft.change {
			return true
		}
	}
	return false
}

func (a *analysis) anyRequest() bool {
	for _, ft := range a.feats {
		if ft.request {
			return true
		}
	}
	return false
}

// Imperatives: French verb forms that only an order uses, and English base
// verbs at the start of a sentence.
var frImperatives = toSet(`mets remets mettez remettez enleve enlevez ajoutez rajoutez coupez raccourcis
raccourcissez confirmez indiquez renvoie renvoyez envoyez changez modifiez remplacez supprimez retirez corrigez
reprends reprenez prevois prevoyez calez bloquez relancez publiez ecris ecrivez preparez trouvez verifiez
reponds repondez faites deplacez inversez passez precisez signez`)

// frImperativesAtStart are also nouns or first-person forms ("traits de
// coupe", "je vous confirme"): orders only at the head of a sentence.
var frImperativesAtStart = toSet(`ajoute rajoute coupe confirme indique envoie change modifie remplace supprime
retire corrige cale bloque relance publie prepare trouve verifie fais deplace inverse passe precise signe`)

var subjectPronouns = toSet(`je j tu il elle on nous vous ils elles qui ca cela`)

var enImperatives = toSet(`make add change swap move remove delete use put replace send set update fix redo try give
cut shorten turn drop include switch keep show take get book call answer reply write create prepare find resend
forward share confirm check adjust tweak rework edit rename brighten darken reorder split bump increase reduce`)

// negators before a change cue cancel it: "no more changes", "rien à
// changer", "sans modification".
var negators = toSet(`no not nothing without never pas rien sans aucun aucune plus jamais`)

// negContractions are the English verbs whose "n't" splits into a word of
// its own: "hasn't moved" is "hasn" + "t".
var negContractions = toSet(`hasn haven hadn isn aren wasn weren doesn don didn won wouldn shouldn couldn can mustn needn`)

// auxiliaries before a change cue tell of a change already made: "elle a
// encore raccourci", "we've changed".
var auxiliaries = toSet(`a ai as avons avez ont ete etait etaient has have had was were been ve got gotten`)

// dropNegatedChanges removes change cues that are negated or idiomatic
// ("change of plan", "changement de programme").
func dropNegatedChanges(s *sentence, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.fam == famChange {
			neg := false
			for k := h.from - 1; k >= 0 && k >= h.from-3; k-- {
				if negators[s.toks[k].fold] || s.toks[k].fold == "t" && k > 0 && negContractions[s.toks[k-1].fold] {
					neg = true
				}
				if k >= h.from-2 && auxiliaries[s.toks[k].fold] && s.toks[k].raw != "à" && !englishArticle(s, k) {
					neg = true
				}
			}
			// "notre bière la plus légère": a superlative describes, it
			// does not ask for more or less.
			if first := s.toks[h.from].fold; (first == "plus" || first == "moins") && h.from > 0 {
				switch s.toks[h.from-1].fold {
				case "le", "la", "les", "l":
					neg = true
				}
			}
			// "la direction vient de changer": venir de + infinitive tells
			// of what just happened.
			if h.from >= 2 && s.toks[h.from-1].fold == "de" && recentPast[s.toks[h.from-2].fold] {
				neg = true
			}
			if thingSubject(s, h.from) || thirdPartyQuestion(s, h.from) {
				neg = true
			}
			if h.to < len(s.toks) {
				next := s.toks[h.to].fold
				if next == "of" || next == "de" && h.to+1 < len(s.toks) && (s.toks[h.to+1].fold == "programme" || s.toks[h.to+1].fold == "plan" || s.toks[h.to+1].fold == "cap") {
					neg = true
				}
			}
			if neg {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// degreeNouns follow the English article "a" in a degree ("a bit less",
// "a little shorter", "a touch warmer"); before them "a" is no French
// auxiliary telling of a change already made.
var degreeNouns = toSet(`bit little tad touch lot few couple shade notch`)

// englishArticle: the "a" at k is the English article of a degree.
func englishArticle(s *sentence, k int) bool {
	return s.toks[k].fold == "a" && k+1 < len(s.toks) && degreeNouns[s.toks[k+1].fold]
}

// doSupport opens a yes/no question in English.
var doSupport = toSet(`do does did should must`)

// thirdParties are subjects that are neither the provider nor the client
// asking: "does she need to move the horses?" asks what she must do.
var thirdParties = toSet(`she he they`)

// thirdPartyQuestion: "does she need to move…", "do they have to
// remove…", "should he change…": a question about what someone else
// must do, not a change asked of the provider.
func thirdPartyQuestion(s *sentence, i int) bool {
	k := i - 1
	if k >= 1 && s.toks[k].fold == "to" && (s.toks[k-1].fold == "need" || s.toks[k-1].fold == "have") {
		k -= 2
	}
	return k >= 1 && thirdParties[s.toks[k].fold] && doSupport[s.toks[k-1].fold]
}

// recentPast are the forms of "venir" that, before "de" and an infinitive,
// make the recent past.
var recentPast = toSet(`viens vient venons venez viennent venait venaient`)

// thingSubjects are the pronouns that make a thing the subject of a verb.
var thingSubjects = toSet(`ca cela it that this`)

// objectClitics may stand between a subject and its verb: "ça t'ajoute",
// "ça nous change", "it'll".
var objectClitics = toSet(`t te vous nous me m lui leur ll d`)

// thingSubject: a change verb whose subject is a thing ("ça t'ajouterait
// quoi, une heure ?", "that changes everything", "it adds a day") tells
// of an effect; nobody is asked to change anything. "Could it move" keeps
// its modal and stays an ask.
func thingSubject(s *sentence, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-2 && objectClitics[s.toks[k].fold] {
		k--
	}
	if k < 0 || !thingSubjects[s.toks[k].fold] {
		return false
	}
	if k > 0 {
		switch s.toks[k-1].fold {
		case "could", "can", "would", "will", "should", "might", "may", "must", "to", "make", "let", "have", "get":
			return false
		}
	}
	return true
}

// deliverNouns are go-ahead verbs that are also nouns: after a determiner
// they name a thing ("the programme for their visit", "our schedule"),
// not an order to send or proceed.
var deliverNouns = toSet(`programme schedule share forward transfer`)

var goParticles = toSet(`into through over back to in out down up beyond further deeper`)

var determiners = toSet(`the a an our your their my his her this that le la les un une notre votre nos vos leur leurs mon ma mes ce cet cette`)

func dropDeliverNouns(s *sentence, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.fam == famDeliver && h.to-h.from == 1 && h.from > 0 && deliverNouns[s.toks[h.from].fold] && determiners[s.toks[h.from-1].fold] {
			continue
		}
		// "go into the theme", "go through the list": a movement, not a go-ahead.
		if h.fam == famDeliver && s.toks[h.to-1].fold == "go" && h.to < len(s.toks) && goParticles[s.toks[h.to].fold] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// modalVerbs ask when they come before "on": "peut-on", "pourrait-on".
var modalVerbs = toSet(`peut pourrait pourrions faudrait doit devrait va voudrait aimerait`)

// wishVerbs say what the speaker wants or plans to do.
var wishVerbs = toSet(`like want need plan hope intend love`)

// dropOwnActions removes create cues the sender does himself: "je vous
// écris", "I'll write them".
func dropOwnActions(s *sentence, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.fam == famCreate {
			own := false
			for k := h.from - 1; k >= 0 && k >= h.from-2; k-- {
				switch s.toks[k].fold {
				case "je", "j", "i", "ll":
					own = true
				}
			}
			// "I'd like to set up…", "I want to build…": the sender's own
			// wish to act; asking the provider needs "you" ("I'd like you to").
			if k := h.from - 1; k >= 3 && s.toks[k].fold == "to" && wishVerbs[s.toks[k-1].fold] &&
				(s.toks[k-2].fold == "i" || s.toks[k-2].fold == "d" && s.toks[k-3].fold == "i") {
				own = true
			}
			// "on décroche avant la fin": "on" right before the verb tells
			// what we do, unless a modal makes it a question ("peut-on créer").
			if h.from >= 1 && s.toks[h.from-1].fold == "on" && (h.from < 2 || !modalVerbs[s.toks[h.from-2].fold]) {
				own = true
			}
			if own {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// timePreps head a phrase that tells when: "before our design review",
// "avant la création du compte", "since the pre-launch".
var timePreps = toSet(`before after until till during since avant apres pendant lors depuis jusqu`)

// nounPrefixes joined by a hyphen make the next word part of a noun or an
// adjective: "pre-launch", "post-production", "non-design".
var nounPrefixes = toSet(`pre post non mid anti`)

// phraseModifiers may stand between a determiner and the noun it leads:
// "the first design review", "la prochaine création".
var phraseModifiers = toSet(`first next last final upcoming premier premiere prochain prochaine dernier derniere`)

// dropPhraseNouns removes change, create and open cues that are nouns of
// a phrase rather than verbs of the request: inside a time phrase ("before
// our design review on Monday", "avant la refonte") or after a prefix
// joined by a hyphen ("since the pre-launch"). The time phrase names an
// occasion, not the object of what is asked.
func dropPhraseNouns(s *sentence, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if (h.fam == famChange || h.fam == famCreate || h.fam == famVague) && nounInPhrase(s, h.from) {
			continue
		}
		out = append(out, h)
	}
	return out
}

func nounInPhrase(s *sentence, i int) bool {
	toks := s.toks
	if i > 0 && nounPrefixes[toks[i-1].fold] && toks[i-1].end+1 == toks[i].start && s.text[toks[i-1].end] == '-' {
		return true
	}
	det := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		f := toks[k].fold
		switch {
		case determiners[f]:
			det = true
		case phraseModifiers[f]:
		case timePreps[f]:
			return det
		default:
			return false
		}
	}
	return false
}

func (e *Engine) features(s *sentence) *feat {
	f := &feat{s: s, hits: dropOverlaps(s, dropTransitiveMoves(s, dropDeliverNouns(s, dropOwnActions(s, dropPhraseNouns(s, dropIdioms(s, dropNegatedChanges(s, e.cues.find(s)))))))), listItem: s.item}
	for _, h := range f.hits {
		if !f.has[h.fam] {
			f.has[h.fam] = true
			f.words[h.fam] = h.words
		}
	}
	if permissionOnly(f) {
		f.has[famAsk], f.words[famAsk] = false, ""
	}
	// "Est-ce que Nino pourrait tenir la lanterne… ?", "est-ce que le
	// titre peut passer en blanc ?": a question whether something could
	// be otherwise asks for it.
	if w := frModalQuestion(s); w != "" && !f.has[famAsk] {
		f.has[famAsk], f.words[famAsk] = true, w
	}
	imperative := ""
	first := firstWordIndex(s)
	for i, t := range s.toks {
		// "vous faites", "vous y mettez", and the participle of "sont
		// faites": no order.
		if i > 0 && (subjectPronouns[s.toks[i-1].fold] || participleBefore[s.toks[i-1].fold]) {
			continue
		}
		k := i - 1
		for k >= 0 && preverbalClitics[s.toks[k].fold] && !subjectPronouns[s.toks[k].fold] {
			k--
		}
		if k >= 0 && k < i-1 && subjectPronouns[s.toks[k].fold] {
			continue
		}
		if frImperatives[t.fold] || i <= first+1 && frImperativesAtStart[t.fold] {
			imperative = t.raw
			break
		}
		if i == first && enImperatives[t.fold] {
			imperative = t.raw
			break
		}
	}
	f.request = f.has[famAsk] || imperative != "" || f.has[famFeature] ||
		(s.question && (hasWord(s, "vous") || hasWord(s, "tu") || hasWord(s, "you") || hasWord(s, "we")))
	if imperative != "" && !f.has[famAsk] {
		f.has[famAsk] = true
		f.words[famAsk] = imperative
		f.imperative = true
	}
	f.content = make([]token, 0, len(s.toks))
	inCue := make([]bool, len(s.toks))
	for _, h := range f.hits {
		if h.fam == famAsk {
			for k := h.from; k < h.to; k++ {
				inCue[k] = true
			}
		}
	}
	// "To prepare the casting, could you…", "Pour boucler le dossier,
	// pourriez-vous…": a leading purpose is what the client will do; the
	// request is what follows.
	purpose := purposeClause(s)
	for k, t := range s.toks {
		if !inCue[k] && t.raw != imperative && contentWord(t) && k >= purpose {
			f.content = append(f.content, t)
		}
	}
	if f.has[famChange] {
		for _, h := range f.hits {
			if h.fam == famChange && strongChange(h.words) {
				f.strong = true
			}
		}
		if imperative != "" && frImperatives[fold(imperative)] {
			f.strong = true
		}
	}
	if !f.has[famMeeting] && hasWeekdayAndTime(s) {
		f.has[famMeeting] = true
		f.words[famMeeting] = "day and time"
	}
	f.change = f.has[famChange] && (f.request || f.listItem)
	// A note in a list of feedback is a change even without a verb:
	// "- visage plus rond, jambes plus courtes".
	if f.listItem && f.has[famComparative] && !f.has[famThanks] && !f.has[famDeliver] {
		f.change, f.has[famChange] = true, true
		if f.words[famChange] == "" {
			f.words[famChange] = f.words[famComparative]
		}
	}
	return f
}

// copulas are verbs of being and seeming: a comparative after them
// describes the work.
var copulas = toSet(`be being sound feel look read seem etre soit soient sonne sonner paraisse paraitre semble sembler reste rester`)

// degreeWords may stand between a copula and a comparative: "be a bit
// more", "soit un peu plus".
var degreeWords = toSet(`a bit little tad touch lot slightly much even un peu beaucoup encore legerement nettement`)

// copulaChange: "could the English parts be more casual?", "que l'intro
// soit un peu plus chaleureuse": a comparative after a verb of being,
// degree words apart, asks for a quality of the work, which is a change,
// whatever the adjective. "Could there be more photos" counts units: a
// word of a deliverable after the comparative keeps it a quantity.
// quotedChange: a request that quotes wording to put in place of other
// wording ("il faut dire « maintenez » et pas « appuyez »", "we can't say
// "up to 120 km" any more") asks for a change to delivered work, whatever
// the trade: two quotations, or one with a verb of saying.
func quotedChange(f *feat) {
	if f.has[famChange] || !f.request {
		return
	}
	n := quotations(f.s.text)
	// "écrire « X » et pas « Y »": a verb of making whose object is
	// wording put in place of other wording.
	if f.has[famCreate] && !(n >= 2 && replacing(f.s)) {
		return
	}
	if n >= 2 || n == 1 && sayingVerb(f.s) {
		f.has[famChange], f.words[famChange], f.change = true, "quoted wording", true
	}
}

// quotations counts the quoted passages of s: « », “ ” and straight
// double quotes.
func quotations(s string) int {
	n := min(strings.Count(s, "«"), strings.Count(s, "»"))
	n += min(strings.Count(s, "“"), strings.Count(s, "”"))
	n += strings.Count(s, "\"") / 2
	return n
}

// replacing: the sentence puts one thing in place of another.
func replacing(s *sentence) bool {
	for _, t := range s.toks {
		switch {
		case t.fold == "pas", t.fold == "not", t.fold == "instead", t.fold == "rather", t.fold == "plutot", t.fold == "lieu",
			strings.HasPrefix(t.fold, "remplac"), strings.HasPrefix(t.fold, "replac"):
			return true
		}
	}
	return false
}

// sayingVerb: the sentence is about what the work says or reads.
func sayingVerb(s *sentence) bool {
	for _, t := range s.toks {
		switch t.fold {
		case "say", "says", "said", "saying", "read", "reads", "wording", "dire", "dise", "disent", "dit", "lire", "lise", "formulation", "libelle":
			return true
		}
	}
	return false
}

func (a *analysis) copulaChange(f *feat) {
	if f.has[famChange] || !f.request {
		return
	}
	for _, h := range f.hits {
		if h.fam != famComparative || h.to >= len(f.s.toks) || a.p.covers(f.s.toks[h.to]) {
			continue
		}
		k := h.from - 1
		for k >= 0 && degreeWords[f.s.toks[k].fold] {
			k--
		}
		if k >= 0 && copulas[f.s.toks[k].fold] {
			f.has[famChange], f.words[famChange], f.change, f.inferred = true, h.words, true, true
			return
		}
	}
}

// permissionForms say what the provider may do when not put as a
// question and followed by a reflexive verb: "tu peux te garer dans la
// cour", "vous pouvez vous installer dans la salle".
var permissionForms = map[string]string{"tu_peux": "te t", "vous_pouvez": "vous"}

// workFamilies are the cues that name work to do.
var workFamilies = []family{famChange, famCreate, famDeliver, famVague, famAdditive, famOpen, famPresence,
	famRecurring, famSelf, famFeature, famProvide, famWhen, famAtIt}

// permissionOnly: a statement that the provider may do something ("tu
// peux te garer", "vous pouvez vous installer") gives leave or
// information; it asks for work only when it names some.
func permissionOnly(f *feat) bool {
	if !f.has[famAsk] || f.s.question {
		return false
	}
	leave := -1 // end of the permission form; "vous pouvez vous" also reads as "pouvez-vous"
	for _, h := range f.hits {
		if h.fam != famAsk {
			continue
		}
		if leave >= 0 && h.from < leave {
			continue
		}
		refl, ok := permissionForms[strings.ReplaceAll(fold(h.words), " ", "_")]
		if !ok || h.to >= len(f.s.toks) || !strings.Contains(" "+refl+" ", " "+f.s.toks[h.to].fold+" ") {
			return false
		}
		leave = h.to
	}
	for _, fam := range workFamilies {
		if f.has[fam] {
			return false
		}
	}
	return true
}

// timeOfDay matches "10:30", "14h", "10 h 30", "9pm".
var timeOfDay = regexp.MustCompile(`(?i)\b\d{1,2}(:\d{2}\b|\s?h\s?\d{0,2}\b|\s?[ap]\.?m\b)`)

// hasWeekdayAndTime: "Friday at 10:30", "jeudi 25 à 10 h" name a slot,
// which is how people move a meeting.
func hasWeekdayAndTime(s *sentence) bool {
	for _, t := range s.toks {
		if weekdays[t.fold] {
			return timeOfDay.MatchString(s.text)
		}
	}
	return false
}

// dropOverlaps removes cues that sit inside a cue of a family that wins:
// "move on to hi-fi" is a go-ahead, not a move; "trouver une solution" is
// an open question, not new work.
// dropTransitiveMoves: "pourriez-vous déplacer le bouton" moves a thing;
// only "vous déplacer" with no object is the provider travelling.
func dropTransitiveMoves(s *sentence, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.fam == famPresence && strings.HasPrefix(s.toks[h.to-1].fold, "deplac") && h.to < len(s.toks) &&
			(determiners[s.toks[h.to].fold] || s.toks[h.to].fold == "l") {
			continue
		}
		out = append(out, h)
	}
	return out
}

func dropOverlaps(s *sentence, hits []hit) []hit {
	wins := map[family]family{famChange: famDeliver, famCreate: famOpen}
	out := hits[:0]
	for _, h := range hits {
		over := false
		if w, ok := wins[h.fam]; ok {
			for _, o := range hits {
				if o.fam == w && o.from <= h.from && h.to <= o.to {
					over = true
				}
			}
		}
		// "take another look", "another pass", "une autre passe": the
		// "another" belongs to a second look at the same work, not to more
		// of it.
		// "passer la commande", "mettre en place": a change verb inside a
		// longer phrase of making, whose other words name a thing, is that
		// phrase ("add a" stays a change too).
		if h.fam == famChange {
			for _, o := range hits {
				if o.fam == famCreate && o.from <= h.from && h.to <= o.to && o.to-o.from > h.to-h.from && namesThing(s, o, h) {
					over = true
				}
			}
		}
		if h.fam == famAdditive {
			for _, o := range hits {
				if (o.fam == famVague || o.fam == famChange) && o.from <= h.from && h.to <= o.to && o.to-o.from > h.to-h.from {
					over = true
				}
			}
		}
		// "here's everything you need to get going": the need is the
		// provider's, told while offering material.
		if h.fam == famAsk {
			for _, o := range hits {
				if o.fam == famProvide && o.from < h.to && h.from < o.to {
					over = true
				}
			}
		}
		if !over {
			out = append(out, h)
		}
	}
	return out
}

// namesThing: the words of hit o outside hit h include a content word.
func namesThing(s *sentence, o, h hit) bool {
	for k := o.from; k < o.to; k++ {
		if (k < h.from || k >= h.to) && !stopword(s.toks[k].fold) {
			return true
		}
	}
	return false
}

// firstWordIndex skips list markers and labels ("Post 3:", "p. 12 :", "1.").
func firstWordIndex(s *sentence) int {
	if i := strings.IndexByte(s.text, ':'); i > 0 && i < 24 {
		for k, t := range s.toks {
			if t.start > i {
				return k
			}
		}
	}
	for k, t := range s.toks {
		if isDigits(t.fold) || t.fold == "please" || t.fold == "also" || t.fold == "and" || t.fold == "just" || t.fold == "so" {
			continue
		}
		return k
	}
	return 0
}

func hasWord(s *sentence, w string) bool {
	for _, t := range s.toks {
		if t.fold == w {
			return true
		}
	}
	return false
}

var weakChange = toSet(`zoom zoomer mettre mets mettez prefere preferes preferez preferons prefererait prefererions preferait trop plutot au lieu a la place un peu plus moins gros grand grande petit petite instead rather than
less too rather could be more bigger smaller larger brighter darker lighter thicker thinner pourrait pourraient etre pop sit say
read closer match optional in full come first go above below try the premium contrast fonce clair chaud chaude aere
large etroit etroite haut haute bas basse fin fine epais epaisse leger legere serre serree ample doux douce fort forte
sobre simple lisible wider narrower looser higher deeper softer simpler cleaner bolder warmer cooler heavier punchier calmer`)

func strongChange(words string) bool {
	for _, w := range strings.Fields(fold(words)) {
		if !weakChange[w] {
			return true
		}
	}
	return false
}

// promoteFeedback: in a message that asks for something, a sentence built
// on a change verb is one more change asked, even when not put as a question.
func promoteFeedback(feats []*feat) {
	any := false
	for _, f := range feats {
		if f.request || f.listItem && f.has[famChange] {
			any = true
		}
	}
	if !any {
		return
	}
	for _, f := range feats {
		if f.strong && !f.change && !f.has[famThanks] && !f.has[famProvide] && !comparedWith(f) {
			f.change = true
			f.request = true
		}
	}
}

// materialLists: after "voici de quoi nourrir le communiqué :" the list
// items are material the client provides, not changes, unless one asks.
func materialLists(feats []*feat) {
	providing := false
	for _, f := range feats {
		if !f.listItem {
			providing = f.has[famProvide] && !f.has[famAsk] && !feedbackHeader(f.s)
			continue
		}
		if providing && !f.has[famAsk] {
			f.change, f.request = false, false
		}
	}
}

// feedbackHeader: "voici nos retours", "here are our notes" announce
// changes, not material.
func feedbackHeader(s *sentence) bool {
	for _, t := range s.toks {
		switch t.fold {
		case "retours", "remarques", "commentaires", "notes", "feedback", "comments", "changes", "modifications",
			"corrections", "observations", "tweaks", "edits", "amends", "amendments":
			return true
		}
	}
	return false
}

// tokens of the sentence, plus those of its paragraph when the sentence
// names no target of its own ("could you make them smaller?").
func (a *analysis) scope(f *feat, withContext bool) []token {
	if !withContext {
		return f.content
	}
	if toks, ok := a.paraToks[f.s.para]; ok {
		return toks
	}
	var toks []token
	for _, g := range a.feats {
		if g.s.para == f.s.para {
			toks = append(toks, g.content...)
		}
	}
	if a.paraToks == nil {
		a.paraToks = map[int][]token{}
	}
	a.paraToks[f.s.para] = toks
	return toks
}

func (a *analysis) decide(f *feat) *decision {
	switch {
	case f.request, f.change:
	case f.has[famWhen] && f.s.question && a.asksEarlier(f):
		// "Is there any way it could be ready by Friday 24 March?": a
		// question of timing that asks for an earlier date than agreed.
	case f.has[famProvide], f.has[famDeliver] && goAhead(f), f.has[famWhen] && f.s.question:
		return a.inScopeInput(f)
	case f.s.question && !f.has[famThanks] && !f.has[famMeeting] && !f.has[famBilling] && a.p.namesDeliverable(f.content):
		// "Did the mic catch the speeches?": a question about covered work.
		return a.inScopeInput(f)
	default:
		return nil
	}
	d := &decision{sentence: f.s.text}
	reason := func(cue string, w float64, words, detail string) {
		d.reasons = append(d.reasons, Reason{Cue: cue, Weight: w, Words: words, Detail: detail})
	}
	reason("request", wInfo, f.words[famAsk]+f.words[famChange], "")

	// Meetings with the provider and billing questions ask for no work.
	if f.has[famMeeting] && !f.strong && !f.has[famDeliver] {
		d.verdict = NotARequest
		reason("meeting", wInfo, f.words[famMeeting], "meeting logistics with the provider")
		return d
	}

	if f.scores == nil {
		a.scoreTargets(f)
	}
	own := a.withLedger(f.scores.own)
	ctx := a.withLedger(f.scores.ctx)
	if own.empty() {
		if f.scores.around == nil {
			f.scores.around = a.score(group{a.scope(f, true), 1}, group{a.subjectTokens(), 0.75})
		}
		ctx = a.withLedger(f.scores.around)
	}
	// "Could you mock that up?": the change is told in the sentences around.
	if !f.change && !f.imperative && !f.has[famDeliver] && !f.has[famWhen] && !f.has[famCreate] && !f.has[famProvide] &&
		hasPronounObject(f) && a.paragraphHas(f, famChange) {
		f.change, f.inferred = true, true
	}

	additive := f.has[famAdditive] || f.has[famAtIt] || a.paragraphHas(f, famAtIt)
	// 1. An earlier date than agreed.
	if dm, due, dp := a.earlierDate(f, ctx); !dm.day.IsZero() {
		d.verdict, d.earlier = OutOfScope, dm.day
		if dp != nil {
			d.deliverable = dp.d.ID
		}
		reason("earlier_deadline", wDeadline, dm.words, fmt.Sprintf("asked for %s, the contract says %s", dm.day.Format("2006-01-02"), due.Format("2006-01-02")))
		return d
	}
	// 2. Work the contract excludes.
	descOnly := ctx.exclKw < 2
	// A note in a list of changes to delivered work names parts of that
	// work ("can the music drop land on the gun?"), not new work.
	feedbackNote := f.listItem && !f.has[famCreate] && !additive && a.anyChange()
	// A sentence that takes its object from its neighbours ("j'aimerais les
	// joindre au dossier") asks for excluded work only if it asks to make
	// or add something.
	borrowed := own.empty() && !f.has[famCreate] && !additive
	// A change to existing content ("call it X rather than Y", "swap the
	// rug for a plant") is excluded work only when the sentence itself
	// names an excluded keyword: a noun it shares with an exclusion's
	// description, or a keyword of the sentences around, is context.
	ownChange := f.change && own.exclKw < 2
	// A word shared with an exclusion's description, with no keyword, is
	// excluded work only in a sentence that asks to make or add something
	// ("no "super-food" language please" is a note on style).
	weakDesc := descOnly && !f.has[famCreate] && !additive
	if ctx.excl != nil && ctx.exclScore >= 2 && !(f.has[famDeliver] && !f.has[famCreate]) && !feedbackNote && !borrowed && !ownChange &&
		!(descOnly && (f.change && ctx.delivScore >= 3 || ctx.exclStem < 1.5)) && !weakDesc {
		// "Could you explore what it would look like if users could put
		// their logo on it?": asked to explore, not to make the excluded
		// thing; the message's invitation to discuss makes it a question.
		d.verdict, d.exclusion, d.soft = OutOfScope, ctx.excl.e.Name, descOnly || f.has[famOpen] && !f.has[famCreate]
		reason("exclusion", wExclusion, ctx.exclWords, "excluded: "+ctx.excl.e.Name)
		return d
	}
	// 2b. A request to make or add a thing whose meaning belongs to an
	// exclusion and to no deliverable: "German versions of the pages" when
	// translation is excluded, "a moving waveform" when video is.
	if (f.has[famCreate] || additive) && !f.change && !f.has[famDeliver] && !borrowed {
		if xp, w := a.excludedMeaning(f.content); xp != nil {
			d.verdict, d.exclusion, d.soft = OutOfScope, xp.e.Name, true
			reason("exclusion", wExclusion, w, "excluded by meaning: "+xp.e.Name)
			return d
		}
	}
	// 2c. The work in another language than the contract's, which its
	// deliverables do not name: "the same six messages in English".
	if f.has[famAsk] && !f.change && !f.has[famDeliver] && (ctx.deliv != nil || f.has[famCreate] || additive) {
		if w := a.otherLanguage(f); w != "" {
			d.verdict, d.soft = OutOfScope, true
			if ctx.deliv != nil {
				d.deliverable = ctx.deliv.d.ID
			}
			reason("other_language", wNewWork, w, "a version in another language; the contract's work is in "+a.c.Language)
			return d
		}
	}
	// 3. An extra priced on the rate card.
	rate := own
	if own.empty() {
		rate = ctx
	}
	if rate.rate != nil && f.request && (additive || f.has[famCreate] || rate.rateScore >= 3 && rate == own) && !(f.change && !additive) {
		ctx.rate, ctx.rateWords = rate.rate, rate.rateWords
		d.verdict, d.deliverable = OutOfScope, ctx.rate.deliv
		reason("rate_card_extra", wRate, ctx.rateWords, "priced extra: "+ctx.rate.r.Name)
		return d
	}
	// 4. More units than sold.
	qsents := a.feats // "could you photograph them?": the units may be told before
	if dp, n, words := a.quantityOver(f, qsents, ctx); dp != nil {
		d.verdict, d.deliverable, d.quantity = OutOfScope, dp.d.ID, n
		reason("quantity_over", wQuantity, words, fmt.Sprintf("%s: %d %s included", dp.d.Name, dp.d.Quantity, dp.d.Unit))
		return d
	}
	// 4b. "Could you squeeze out one more?": one more unit of the counted
	// deliverable the message is about.
	if w := oneMore(f); w != "" && !f.change && ctx.deliv != nil && ctx.deliv.d.Quantity > 0 && ctx.delivScore >= 2 {
		d.verdict, d.deliverable, d.quantity = OutOfScope, ctx.deliv.d.ID, ctx.deliv.d.Quantity+1
		reason("quantity_over", wQuantity, w, fmt.Sprintf("%s: %d %s included", ctx.deliv.d.Name, ctx.deliv.d.Quantity, ctx.deliv.d.Unit))
		return d
	}
	// 4b'. "We've added a vest to the line; could you make its pattern?":
	// the client tells of a thing new on their side and asks for the
	// counted deliverable to be made for it: one more unit.
	if f.has[famCreate] && !f.change && ctx.deliv != nil && !ctx.deliv.service && ctx.deliv.d.Quantity > 0 && ctx.delivScore >= 2 {
		if w := a.clientAddedNew(); w != "" {
			d.verdict, d.deliverable, d.quantity, d.soft = OutOfScope, ctx.deliv.d.ID, ctx.deliv.d.Quantity+1, true
			reason("quantity_over", wQuantity, w, fmt.Sprintf("%s: %d %s included, a new one added", ctx.deliv.d.Name, ctx.deliv.d.Quantity, ctx.deliv.d.Unit))
			return d
		}
	}
	// 4b, launches: "On lance deux modèles en mai, il faudrait un tuto
	// pour chacun": the client launches new things and asks for one of
	// the counted deliverable for them, with no verb of making.
	// So is one "like the other six", or new ones to do "avec les
	// autres": more of the counted deliverable, set beside those sold.
	others := likeTheOthers(f.s)
	if f.has[famAsk] && !f.change && !f.has[famDeliver] && ctx.deliv != nil && !ctx.deliv.service && ctx.deliv.d.Quantity > 0 &&
		ctx.delivScore >= 2 && (a.indefiniteUnit(f, ctx.deliv) || eachOne(f.s) || others != "" && hasPronounObject(f)) {
		w := a.clientLaunches()
		if w == "" {
			w = others
		}
		if w != "" {
			d.verdict, d.deliverable, d.quantity, d.soft = OutOfScope, ctx.deliv.d.ID, ctx.deliv.d.Quantity+1, true
			reason("quantity_over", wQuantity, w, fmt.Sprintf("%s: %d %s included, asked for something new", ctx.deliv.d.Name, ctx.deliv.d.Quantity, ctx.deliv.d.Unit))
			return d
		}
	}
	// 4b''. "Ce sont 9 endpoints. Tu pourrais les ajouter à la
	// référence ?": asked to add, by a pronoun, things counted before in
	// the deliverable's own unit: that many more units.
	if w := addingVerb(f); w != "" && hasPronounObject(f) && ctx.deliv != nil && ctx.deliv.d.Quantity > 0 && ctx.delivScore >= 2 {
		if n, words := a.countedBefore(f, ctx.deliv); n > 0 {
			d.verdict, d.deliverable, d.quantity = OutOfScope, ctx.deliv.d.ID, ctx.deliv.d.Quantity+n
			reason("quantity_over", wQuantity, words, fmt.Sprintf("%s: %d %s included, %d added", ctx.deliv.d.Name, ctx.deliv.d.Quantity, ctx.deliv.d.Unit, n))
			return d
		}
	}
	// 4c. Being there in person when no deliverable is done in person:
	// "que vous veniez présenter", "could you be there to host them".
	if f.has[famPresence] && !a.p.presence && !meetingNoun(f.s) {
		d.verdict, d.soft = OutOfScope, true
		for _, xp := range a.p.excls {
			if xp.presence {
				d.exclusion = xp.e.Name
				break
			}
		}
		reason("in_person", wNewWork, f.words[famPresence], "no deliverable is done in person")
		return d
	}
	// 4d. A task to repeat ("répondre aux avis deux fois par semaine") for
	// work sold once: new, ongoing work.
	if (f.has[famRecurring] || !f.change && hasPronounObject(f) && a.paragraphHas(f, famRecurring)) && !f.has[famMeeting] &&
		!f.has[famBilling] && (ctx.deliv == nil || !ctx.deliv.recurs) {
		d.verdict, d.soft = OutOfScope, true
		reason("ongoing_task", wNewWork, f.words[famRecurring]+a.messageHas(famRecurring), "recurring work, sold once")
		return d
	}
	// 4e. "Could you go into the theme yourself and add it?": the provider
	// asked to do, in person, a part the deliverables leave to others.
	if f.has[famSelf] && own.delivScore < 2 && !(hasPronounObject(f) && ctx.delivScore >= 2) && !f.has[famDeliver] && !f.has[famMeeting] && !f.has[famBilling] {
		d.verdict, d.soft = OutOfScope, true
		reason("provider_takes_over", wNewWork, f.words[famSelf], "asked to do it themselves, no deliverable covers it")
		return d
	}
	// 5. An open ask: the scope can't be told. "Could you rethink those
	// two?" after notes on what is wrong with them points back at changes
	// the message tells: a change, not an open ask.
	// "Take another look and get us something that shows more" leaves
	// what is wanted open: an indefinite object keeps the question.
	if f.has[famVague] && !f.has[famOpen] && !f.change && hasPronounObject(f) && !hasIndefinite(f) && a.changeElsewhere(f) {
		f.change = true
	}
	if (f.has[famVague] || f.has[famOpen]) && !f.strong && !f.change {
		d.verdict = Unclear
		if ctx.deliv != nil {
			d.deliverable = ctx.deliv.d.ID
		}
		reason("vague_request", wVague, f.words[famVague]+f.words[famOpen], "the request does not say what changes")
		return d
	}
	// 6. A capability for third parties, or new work no deliverable names.
	if f.has[famFeature] && ctx.coverage < 0.5 {
		d.verdict, d.soft = OutOfScope, true
		reason("new_feature", wFeature, f.words[famFeature], "a feature the deliverables do not describe")
		return d
	}
	createTarget := own.delivScore
	if product, ok := transformProduct(f); ok {
		// "turn them into a catalogue": what is made follows "into"; what
		// comes before is the material.
		createTarget = a.targets(group{product, 1}).delivScore
	} else if obj, ok := madeObject(f); ok {
		// "write me a toast drawing on the story": the story is the
		// material, the toast what is made.
		createTarget = a.targets(group{obj, 1}).delivScore
	} else if hasPronounObject(f) {
		createTarget = ctx.delivScore
	}
	if (f.has[famCreate] || additive && !f.change) && !(f.strong && !additive) &&
		(createTarget < 2 && f.has[famCreate] || additive && ctx.coverage < 0.34) && !f.has[famDeliver] {
		// "She wants the same for hers", "also the photos like those":
		// more of a deliverable the sentence names, with no verb of
		// making. Whether the contract's units hold it, the words don't
		// say; new work needs an object no deliverable is.
		if !f.has[famCreate] && f.has[famAdditive] && own.delivScore >= 2 {
			d.verdict, d.deliverable = Unclear, own.deliv.d.ID
			reason("more_of_covered_work", wVague, f.words[famAdditive], own.deliv.d.Name+": included or extra?")
			return d
		}
		// "Could we have some out there too? The piece from the hall
		// could go": with no verb of making, the sentences around may
		// name the deliverable the "too" extends. A count ("four more")
		// says units beyond the contract, whatever the neighbours name.
		if !f.has[famCreate] && f.has[famAdditive] && ctx.deliv != nil && ctx.delivScore >= 2 && !hasCount(f.s) {
			d.verdict, d.deliverable = Unclear, ctx.deliv.d.ID
			reason("more_of_covered_work", wVague, f.words[famAdditive], ctx.deliv.d.Name+": included or extra?")
			return d
		}
		d.verdict, d.soft = OutOfScope, true
		reason("new_work", wNewWork, f.words[famCreate], "no deliverable covers this")
		return d
	}
	// 7. A change to a deliverable (an invoice address is not one).
	if f.change && f.has[famBilling] && own.delivScore < 2 && aboutOurBilling(f) {
		d.verdict = NotARequest
		reason("billing", wInfo, f.words[famBilling], "invoice or payment")
		return d
	}
	if f.change {
		dp := ctx.deliv
		if dp == nil || ctx.delivScore < 1 {
			dp = a.guessDeliverable()
		}
		if dp == nil {
			d.verdict = Unclear
			reason("change_without_target", wVague, f.words[famChange], "a change, but to which deliverable?")
			return d
		}
		if dp.service {
			d.verdict, d.deliverable = InScope, dp.d.ID
			reason("service_task", wInScope, f.words[famChange], dp.d.Name+" is ongoing work")
			return d
		}
		used := a.ledger[dp.d.ID]
		d.deliverable = dp.d.ID
		// "Could you add something on errors to the guides?": what is
		// added is left open, a section of delivered work or a new piece.
		if w := indefiniteAddition(f); w != "" && used < dp.d.Revisions {
			d.verdict = Unclear
			reason("open_addition", wVague, w, dp.d.Name+": a section or a new piece?")
			return d
		}
		// A quality wished for ("she'd like it to feel as warm") in a
		// sentence that names no deliverable may be about anything: no
		// refusal without the work named or a verb of change.
		if used >= dp.d.Revisions && f.inferred && own.delivScore < 2 {
			d.verdict = Unclear
			reason("change_target_unsure", wVague, f.words[famChange], dp.d.Name+": a change to it, or something else?")
			return d
		}
		if used >= dp.d.Revisions {
			d.verdict = RevisionOverLimit
			reason("revision_over_limit", wChange, f.words[famChange],
				fmt.Sprintf("%s: %d of %d rounds used", dp.d.Name, used, dp.d.Revisions))
		} else {
			d.verdict = Revision
			reason("revision", wChange, f.words[famChange],
				fmt.Sprintf("%s: round %d of %d", dp.d.Name, used+1, dp.d.Revisions))
		}
		reason("deliverable", 0, ctx.delivWords, dp.d.ID)
		return d
	}
	// 8. Billing questions.
	// ("Could you let me know?" after an invoice question.)
	if f.has[famBilling] || a.paragraphHas(f, famBilling) && own.delivScore < 2 && len(f.content) <= 1 && !f.has[famDeliver] {
		d.verdict = NotARequest
		reason("billing", wInfo, f.words[famBilling]+a.messageHas(famBilling), "invoice or payment")
		return d
	}
	// 9. Asking for covered work. "Could you make us a version for the
	// board?": a version told with an indefinite article is one more
	// variant of the work, which the contract may or may not hold.
	if ctx.deliv != nil && !f.has[famDeliver] {
		if w := newVariant(f.s); w != "" {
			d.verdict, d.deliverable = Unclear, ctx.deliv.d.ID
			reason("new_variant", wVague, w, ctx.deliv.d.Name+": a further version, included or extra?")
			return d
		}
	}
	if ctx.deliv != nil {
		d.verdict, d.deliverable = InScope, ctx.deliv.d.ID
		reason("covered", wInScope, ctx.delivWords, ctx.deliv.d.Name)
		return d
	}
	if f.has[famDeliver] || f.has[famWhen] {
		d.verdict = InScope
		reason("covered", wInScope, f.words[famDeliver]+f.words[famWhen], "")
		return d
	}
	// "Can you look?" after telling of a problem with covered work.
	if dp := a.guessDeliverable(); dp != nil && !f.has[famCreate] && !additive {
		d.verdict, d.deliverable = InScope, dp.d.ID
		reason("covered", wInScope, "", dp.d.Name+", named elsewhere in the message")
		return d
	}
	d.verdict = Unclear
	reason("unknown_object", wVague, "", "a request that names nothing in the contract")
	return d
}

// excludedMeaning finds a word that shares its meaning with a keyword of
// an exclusion while no deliverable carries that meaning.
func (a *analysis) excludedMeaning(content []token) (*exclProfile, string) {
	for _, c := range content {
		if c.con == 0 || a.p.covers(c) {
			continue
		}
		for _, xp := range a.p.excls {
			for _, k := range xp.keywords {
				if len(k.toks) == 1 && k.toks[0].conceptMatches(c) {
					return xp, c.raw
				}
			}
		}
	}
	return nil, ""
}

// transformProduct returns the content words after a cue that turns one
// thing into another ("turn them into", "les transformer en").
func transformProduct(f *feat) ([]token, bool) {
	for _, h := range f.hits {
		if h.fam != famCreate {
			continue
		}
		last := f.s.toks[h.to-1].fold
		if last != "into" && last != "en" && !(h.to-h.from == 3 && f.s.toks[h.from].fold == "en") {
			continue
		}
		var out []token
		for _, t := range f.content {
			if t.start >= f.s.toks[h.to-1].end {
				out = append(out, t)
			}
		}
		return out, true
	}
	return nil, false
}

// meetingNoun: coming to a meeting or a call is meeting logistics, not work.
func meetingNoun(s *sentence) bool {
	for _, t := range s.toks {
		switch t.fold {
		case "reunion", "meeting", "call", "visio", "rdv", "appel", "zoom", "teams", "cafe", "coffee", "dejeuner", "lunch", "diner", "dinner", "drink", "verre", "pot", "apero":
			return true
		}
	}
	return false
}

// launchVerbs tell of something new on the client's side.
var launchVerbs = toSet(`lance lancons lancent lancera lancerons launch launching launches sortons ouvrons opening`)

// clientLaunches finds "on lance", "we're launching", "nous ouvrons" in the
// message: the client's own new things.
func (a *analysis) clientLaunches() string {
	for _, g := range a.feats {
		toks := g.s.toks
		for i, t := range toks {
			if !launchVerbs[t.fold] {
				continue
			}
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if addedSubjects[toks[k].fold] || toks[k].fold == "re" {
					return phraseText(toks, k, i-k+1)
				}
			}
		}
	}
	return ""
}

// indefiniteUnit: "un tuto", "a tutorial": an indefinite article before a
// unit word of dp.
func (a *analysis) indefiniteUnit(f *feat, dp *delivProfile) bool {
	di := -1
	for i, p := range a.p.delivs {
		if p == dp {
			di = i
		}
	}
	if di < 0 || di >= 64 {
		return false
	}
	toks := f.s.toks
	for i := 1; i < len(toks); i++ {
		// "un tuto", "a backing track": the article, maybe one word before.
		if w, _ := a.p.unitMasks(toks[i]); w&(1<<di) != 0 && (indefinites[toks[i-1].fold] || i >= 2 && indefinites[toks[i-2].fold]) {
			return true
		}
	}
	return false
}

// likeTheOthers finds "like the other six", "comme les autres", "with the
// others", "avec les autres": a thing set beside the ones already there.
func likeTheOthers(s *sentence) string {
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		a, b, c := toks[i].fold, toks[i+1].fold, toks[i+2].fold
		if (a == "like" || a == "with") && b == "the" && strings.HasPrefix(c, "other") ||
			(a == "comme" || a == "avec") && b == "les" && c == "autres" {
			return phraseText(toks, i, 3)
		}
	}
	return ""
}

// eachOne: "pour chacun", "for each of them", "pour chaque".
func eachOne(s *sentence) bool {
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i].fold, toks[i+1].fold
		if (a == "pour" || a == "for") && (b == "chacun" || b == "chacune" || b == "chaque" || b == "each" || b == "every") {
			return true
		}
	}
	return false
}

var addedVerbs = toSet(`ajoute rajoute added introduit introduced cree created`)
var addedSubjects = toSet(`on nous we ve`)
var indefinites = toSet(`un une a an`)

var vagueAmounts = toSet(`few couple bit lot peu`)

// materialPlaces are where a client puts material for the provider.
var materialPlaces = toSet(`folder drive dropbox sheet spreadsheet doc document board moodboard tableur drive
dossier partage wetransfer link lien`)

// materialPlace: the sentence puts the thing in such a place. An aside in
// brackets ("(sketch in the shared folder)") is not where it was added.
func materialPlace(s *sentence) bool {
	end := len(s.text)
	if k := strings.IndexByte(s.text, '('); k >= 0 {
		end = k
	}
	for _, t := range s.toks {
		if t.start < end && materialPlaces[t.fold] {
			return true
		}
	}
	return false
}

// clientAddedNew finds the client telling of a thing they added ("on a
// rajouté un gilet à la collection", "we've added a shop"): a subject of
// the first person, a verb of adding, and an indefinite thing after it.
func (a *analysis) clientAddedNew() string {
	for _, g := range a.feats {
		toks := g.s.toks
		for i, t := range toks {
			if !addedVerbs[t.fold] || i == 0 {
				continue
			}
			subj := false
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if addedSubjects[toks[k].fold] {
					subj = true
				}
			}
			if !subj {
				continue
			}
			if materialPlace(g.s) {
				continue // "we've added a photo to the folder": material
			}
			for k := i + 1; k+1 < len(toks) && k <= i+3; k++ {
				if indefinites[toks[k].fold] && !vagueAmounts[toks[k+1].fold] {
					return phraseText(toks, i, k-i+2)
				}
			}
		}
	}
	return ""
}

// oneMore finds "one more", "another one", "un de plus", "encore une" asked
// on their own, the unit left to the context.
func oneMore(f *feat) string {
	if !f.request {
		return ""
	}
	f2 := " " + fold(f.s.text) + " "
	for _, p := range []string{" one more?", " one more ", " another one", " un de plus", " une de plus", " encore un ", " encore une ", " one extra"} {
		if i := strings.Index(f2, p); i >= 0 {
			return strings.TrimSpace(strings.Trim(p, "?"))
		}
	}
	return ""
}

// unsurePhrase: the client says they do not know what they want ("je ne
// sais pas si c'est une ligne à ajouter ou tout un chantier"), which makes
// even a change past the included rounds a question first.
func unsurePhrase(words string) bool {
	f := fold(words)
	for _, p := range []string{"sais pas", "know whether", "know if", "not sure", "pas encore", "decided", "undecided", "hesit", "a vous de me dire", "a toi de me dire"} {
		if strings.Contains(f, p) {
			return true
		}
	}
	return false
}

// isDisclaimer spots legal footers that mail readers sometimes leave in.
func isDisclaimer(s *sentence) bool {
	for _, t := range s.toks {
		switch {
		case t.fold == "recipient", t.fold == "addressee", t.fold == "privileged", t.fold == "registered", t.fold == "expediteur", t.fold == "sender",
			strings.HasPrefix(t.fold, "confidenti"), strings.HasPrefix(t.fold, "destinataire"),
			strings.HasPrefix(t.fold, "immatricul"):
			return true
		}
	}
	return false
}

// aboutOurBilling: the billing words are the provider's own invoices ("vos
// factures", "your invoice"), not a subject of the work.
func aboutOurBilling(f *feat) bool {
	for _, h := range f.hits {
		if h.fam != famBilling || h.from == 0 {
			continue
		}
		switch f.s.toks[h.from-1].fold {
		case "vos", "votre", "your", "tes", "ta", "ton", "the", "la", "le", "les":
			return true
		}
	}
	return false
}

// goAhead: a deliver cue that approves or lets work continue, as opposed
// to one that asks for files to be sent.
func goAhead(f *feat) bool {
	for _, h := range f.hits {
		if h.fam != famDeliver {
			continue
		}
		w := fold(h.words)
		send := false
		for _, p := range []string{"envo", "renvo", "transmet", "partag", "send", "resend", "share", "forward", "file", "fichier", "final png", "final pdf", "livr"} {
			if strings.HasPrefix(w, p) {
				send = true
			}
		}
		if !send {
			return true
		}
	}
	return false
}

// inScopeInput: material, a go-ahead or a timing question about covered work.
func (a *analysis) inScopeInput(f *feat) *decision {
	toks := a.scope(f, true)
	if list := a.announcedList(f); len(list) > 0 {
		toks = append(toks[:len(toks):len(toks)], list...) // the paragraph's tokens are cached: copy
	}
	t := a.targets(group{toks, 1}, group{a.subjectTokens(), 0.75})
	if f.has[famBilling] || t.deliv == nil && !f.has[famDeliver] {
		return nil
	}
	d := &decision{verdict: InScope, sentence: f.s.text}
	cue := "input"
	switch {
	case f.has[famDeliver]:
		cue = "go_ahead"
	case f.has[famWhen]:
		cue = "timing_question"
	}
	d.reasons = append(d.reasons, Reason{Cue: cue, Weight: wInScope, Words: f.words[famProvide] + f.words[famDeliver] + f.words[famWhen]})
	if t.deliv != nil {
		d.deliverable = t.deliv.d.ID
		d.reasons = append(d.reasons, Reason{Cue: "deliverable", Weight: 0, Words: t.delivWords, Detail: t.deliv.d.ID})
	}
	return d
}

// announcedList: the content of the list a sentence announces with a
// colon ("here's everything you need:"), which may sit in the next
// paragraph.
func (a *analysis) announcedList(f *feat) []token {
	if !strings.HasSuffix(strings.TrimSpace(f.s.text), ":") {
		return nil
	}
	var out []token
	after := false
	for _, g := range a.feats {
		if g == f {
			after = true
			continue
		}
		if !after {
			continue
		}
		if !g.listItem {
			break
		}
		out = append(out, g.content...)
	}
	return out
}

// dropKeywordChanges: "cut" in "cut-downs" or "change" in a deliverable's
// name is that deliverable, not a change asked.
func (a *analysis) dropKeywordChanges(f *feat) {
	if !f.has[famChange] {
		return
	}
	kept := f.hits[:0]
	changes, dropped := 0, 0
	for _, h := range f.hits {
		if h.fam == famChange && a.inKeyword(f.s, h.from) {
			dropped++
			continue
		}
		if h.fam == famChange {
			changes++
		}
		kept = append(kept, h)
	}
	f.hits = kept
	// A change told by a comparative in a list of feedback has no change
	// cue to drop: it stands.
	if changes == 0 && dropped > 0 {
		f.has[famChange], f.change, f.strong = false, false, false
	}
}

func (a *analysis) inKeyword(s *sentence, i int) bool {
	for _, dp := range a.p.delivs {
		for _, k := range dp.keywords {
			if len(k.toks) < 2 {
				continue
			}
			for start := i - len(k.toks) + 1; start <= i; start++ {
				if start >= 0 && phraseAt(k, s.toks, start) {
					return true
				}
			}
		}
	}
	return false
}

// subjectWeight: in a reply, the thread's subject names the delivery the
// notes are about, and outweighs one keyword of the sentence ("blouse: the
// armhole is tight" under "Re: Grading"); two keywords of the sentence
// still win. A fresh subject only hints.
func (a *analysis) subjectWeight() float64 {
	if a.reply {
		return 1.25
	}
	return 0.75
}

func (a *analysis) subjectTokens() []token {
	if a.subjToks == nil {
		a.subjToks = []token{}
		for _, s := range a.subj {
			a.subjToks = append(a.subjToks, contentTokens(s.toks)...)
		}
	}
	return a.subjToks
}

var pronounObjects = toSet(`that it them this those these ca cela`)

// frClitics are the French object pronouns that are also articles.
var frClitics = toSet(`le la les l en`)

// cliticHosts are the words after which le, la, les and l' are object
// pronouns rather than articles: a subject or another clitic ("vous le",
// "nous la") or a modal verb ("pouvez le", "faudrait les").
var cliticHosts = toSet(`vous tu nous je j on il elle ils elles ne n me m te t se s y pouvez pourriez peux pourrais peut
pourrait pouvons pourrions voulez voudriez veux voudrais faut faudrait`)

// hasPronounObject: "could you mock that up?", "pourriez-vous le faire ?"
// but not the article of "dessiner le plan".
func hasPronounObject(f *feat) bool {
	for i, t := range f.s.toks {
		if t.fold == "that" && i > 0 && thatConjunction[f.s.toks[i-1].fold] {
			continue // "so that it works": a conjunction
		}
		if pronounObjects[t.fold] || frClitics[t.fold] && frClitic(f, i) {
			return true
		}
	}
	return false
}

// thatConjunction: words after which "that" opens a clause.
var thatConjunction = toSet(`so such now given provided except sure know think say says said mean hope feel`)

// frClitic tells the pronoun le/la/les/l' from the article: the pronoun
// follows a subject, another clitic or a modal ("vous le", "pouvez la"),
// follows "de" where the article would have contracted ("de le faire",
// not "du"), comes before an infinitive the lexicons know ("aimerait le
// publier") or ends the clause ("envoie-le").
func frClitic(f *feat, i int) bool {
	toks := f.s.toks
	if i+1 >= len(toks) {
		return toks[i].fold != "en"
	}
	if i > 0 && toks[i].fold != "en" { // "en" is also a preposition: only before a verb
		prev := toks[i-1].fold
		if cliticHosts[prev] || prev == "de" && (toks[i].fold == "le" || toks[i].fold == "les") {
			return true
		}
	}
	next := toks[i+1].fold
	if !(strings.HasSuffix(next, "er") || strings.HasSuffix(next, "ir") || strings.HasSuffix(next, "re")) {
		return false
	}
	for _, h := range f.hits {
		if h.from == i+1 && (h.fam == famChange || h.fam == famCreate || h.fam == famDeliver || h.fam == famVague) {
			return true
		}
	}
	return false
}

func (a *analysis) paragraphHas(f *feat, fam family) bool {
	for _, g := range a.feats {
		if g.s.para == f.s.para && g.has[fam] {
			return true
		}
	}
	return false
}

// forwardedInput: the client forwards material (a supplier's new prices,
// a customer's brief) without a request of their own: input for covered work.
func (a *analysis) forwardedInput() *decision {
	var all []token
	for _, f := range a.feats {
		if f.has[famThanks] || f.has[famBilling] {
			return nil
		}
		all = append(all, f.content...)
	}
	t := a.targets(group{all, 1}, group{a.subjectTokens(), 0.75})
	if t.deliv == nil || t.delivScore < 2 {
		return nil
	}
	return &decision{verdict: InScope, deliverable: t.deliv.d.ID,
		reasons: []Reason{{Cue: "forwarded_input", Weight: wInScope, Words: t.delivWords, Detail: t.deliv.d.Name}}}
}

// noRequest classifies a message that asks for nothing.
func (a *analysis) noRequest() *decision {
	d := &decision{verdict: NotARequest}
	for _, fam := range []family{famThanks, famBilling, famMeeting} {
		if w := a.messageHas(fam); w != "" {
			d.reasons = append(d.reasons, Reason{Cue: familyNames[fam], Weight: wInfo, Words: w})
		}
	}
	if len(d.reasons) == 0 {
		d.reasons = append(d.reasons, Reason{Cue: "no_request", Weight: wInfo, Detail: "nothing is asked"})
	}
	return d
}

// guessDeliverable picks the deliverable a change most likely concerns when
// the words don't say: the subject, else the one with rounds recorded.
func (a *analysis) guessDeliverable() *delivProfile {
	var all []token
	for _, f := range a.feats {
		all = append(all, f.content...)
	}
	t := a.targets(group{all, 1}, group{a.subjectTokens(), 0.75})
	if t.deliv != nil && t.delivScore >= 1 {
		return t.deliv
	}
	var ids []string
	for id, n := range a.ledger {
		if n > 0 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	if len(ids) == 1 {
		return a.p.deliv(ids[0])
	}
	// A contract of one deliverable leaves no doubt which work is meant.
	if len(a.p.delivs) == 1 && len(ids) == 0 {
		return a.p.delivs[0]
	}
	return nil
}

// attendFollowers may follow "make it" when it means getting somewhere or
// being available ("Pierre can make it too", "we won't make it on time"):
// a change needs a complement ("make it bigger").
var attendFollowers = toSet(`too either on at in to tomorrow today tonight there then by back after before anyway`)

// preferenceSubjects before a verb of preference ask the provider's
// choice ("would you rather", "tu préfères", "préférez-vous"), not a change.
var preferenceSubjects = toSet(`you tu vous`)

// ownObligation are the words by which the sender tells of what they
// themselves must do: "I'm supposed to say a few words", "je suis censée
// changer de train".
var ownObligation = toSet(`supposed cense censee censes censees`)

// dropIdioms removes cues that, by their grammar, ask for nothing:
//   - "make it" with no complement is attending ("can make it too");
//   - a verb of preference whose subject is the provider asks which
//     option the provider prefers;
//   - a change told as the sender's own obligation ("I'm supposed to
//     say") or purpose ("qu'on puisse changer", "so we can change");
//   - an opinion cue inside a timing question ("when do you think it will
//     be ready?") asks when, not what to do;
//   - "dans ce sens que", "en ce sens que" mean "in the sense that";
//   - in a timing question, a word of making after a determiner ("a
//     first draft") is a noun.
func dropIdioms(s *sentence, hits []hit) []hit {
	when := -1
	for _, h := range hits {
		if h.fam == famWhen {
			when = h.to
			break
		}
	}
	out := hits[:0]
	for _, h := range hits {
		toks := s.toks
		switch h.fam {
		case famChange:
			w := fold(h.words)
			// "le soin que vous y mettez": what the provider does, told.
			if vousIndicative(toks, h) {
				continue
			}
			// "de préférence avant 10 h", "vos préférences": the noun,
			// not "je préfère".
			if strings.HasPrefix(w, "preferen") {
				continue
			}
			// "our editors", "les correcteurs": people, not a change.
			if h.to-h.from == 1 && len(w) > 5 && (strings.HasSuffix(w, "ors") || strings.HasSuffix(w, "eurs") || strings.HasSuffix(w, "rices") ||
				strings.HasSuffix(w, "or") || strings.HasSuffix(w, "eur") || strings.HasSuffix(w, "rice")) {
				continue
			}
			// "paid by Faster Payment": a word of a name, capitalised
			// with the next one in mid-sentence.
			if h.to-h.from == 1 && h.from > 0 && h.to < len(toks) && capitalised(toks[h.from].raw) && capitalised(toks[h.to].raw) {
				continue
			}
			// "le carreleur ne passe que la semaine du 6": passing by.
			// "Passer" changes something when it takes it somewhere:
			// "passer le texte au « tu »", "passer en noir et blanc".
			if (w == "passe" || w == "passer") && !passesInto(toks, h.to) {
				continue
			}
			// "l'édition française", "the paperback edition": the noun.
			if strings.HasPrefix(w, "edition") {
				continue
			}
			// "over Zoom", "sur Zoom": the meeting tool, not zooming in.
			if strings.HasPrefix(w, "zoom") && h.from > 0 && toolPrepositions[toks[h.from-1].fold] {
				continue
			}
			// A "too" that ends the clause adds ("flowers out there
			// too?"); only before its adjective does it say excess.
			if w == "too" && (h.to == len(toks) || s.text[toks[h.to-1].end:toks[h.to].start] != " ") {
				h.fam = famAdditive
				out = append(out, h)
				continue
			}
			if w == "make it" && (h.to == len(toks) || attendFollowers[toks[h.to].fold]) {
				continue
			}
			if (strings.HasPrefix(w, "prefer") || w == "rather") &&
				(h.from > 0 && preferenceSubjects[toks[h.from-1].fold] || h.to < len(toks) && toks[h.to].fold == "vous" || h.to < len(toks) && toks[h.to].fold == "tu") {
				continue
			}
			// "je préférerais éviter de la trimballer", "I'd rather not
			// guess": what the sender would avoid doing, no change.
			if (strings.HasPrefix(w, "prefer") || w == "rather") && h.to < len(toks) && avoidance[toks[h.to].fold] {
				continue
			}
			// "éviter de la déplacer", "avoid moving it": a change shunned.
			if avoided(toks, h.from) {
				continue
			}
			// "Is that too soon?": a question of timing, not excess.
			if w == "too" && h.to < len(toks) && timingWords[toks[h.to].fold] {
				continue
			}
			// "feel free to say no": an answer, not wording to put in.
			if (w == "to say" || w == "should say") && h.to < len(toks) && answerWords[toks[h.to].fold] {
				continue
			}
			own := false
			for k := h.from - 1; k >= 0 && k >= h.from-3; k-- {
				if ownObligation[toks[k].fold] {
					own = true
				}
			}
			// "qu'on puisse la changer", "so that we can change it": a
			// purpose the client gives, what they will do themselves.
			k := h.from - 1
			for k >= 0 && (frClitics[toks[k].fold] || objectClitics[toks[k].fold]) {
				k--
			}
			if k >= 1 && (toks[k].fold == "puisse" || toks[k].fold == "puissions") ||
				k >= 2 && toks[k].fold == "can" && toks[k-1].fold == "we" && (toks[k-2].fold == "so" || toks[k-2].fold == "that") {
				own = true
			}
			// "je le corrige de mon côté": the sender does it. The
			// conditional ("je déplacerais la cuisine") suggests a change.
			if k >= 0 && k < h.from && (toks[k].fold == "je" || toks[k].fold == "j") &&
				!strings.HasSuffix(toks[h.from].fold, "rais") && !strings.HasSuffix(toks[h.from].fold, "rait") {
				own = true
			}
			if own {
				continue
			}
		case famCreate:
			// "Please find below the remittance details", "you will find
			// attached": a thing sent, nothing to look for.
			if w := fold(h.words); (w == "find" || strings.HasPrefix(w, "trouve")) &&
				(h.from > 0 && (toks[h.from-1].fold == "please" || toks[h.from-1].fold == "will" || toks[h.from-1].fold == "ll") ||
					h.to < len(toks) && sentNext[toks[h.to].fold]) {
				continue
			}
			// "when will we see a first draft?": after a determiner the
			// word of making is the thing awaited, asked about in time.
			if h.to-h.from == 1 && (afterDeterminer(s, h.from) || predicateNoun(s, h.from)) {
				continue
			}
			// "il trouve les prix difficiles", "she finds it long": a
			// third person's own doing or opinion, reported, not asked.
			if thirdPersonSubject(s, h.from) {
				continue
			}
		case famAsk:
			// "which Fiona kindly forwarded": a thanks for what was done.
			if fold(h.words) == "kindly" && h.to < len(toks) && strings.HasSuffix(toks[h.to].fold, "ed") {
				continue
			}
			if vousIndicative(toks, h) {
				continue
			}
			// "no need to", "pas besoin de", "please don't feel you have
			// to": an ask the sender withdraws.
			if negatedAsk(toks, h) {
				continue
			}
			// "a hard man to please": the verb, not the courtesy.
			if fold(h.words) == "please" && h.from > 0 && toks[h.from-1].fold == "to" {
				continue
			}
		case famPresence:
			// "Could the plate come down by half an inch?": a size
			// moved by a measure, a change, not a visit.
			if byMeasure(toks, h.to) {
				h.fam = famChange
				out = append(out, h)
				continue
			}
		case famDeliver:
			// The French "go" ("c'est go", "go pour la V2") is approval;
			// the English verb ("as you go", "we can go through it") is not.
			if fold(h.words) == "go" && h.from > 0 && englishBeforeGo[toks[h.from-1].fold] {
				continue
			}
		case famOpen:
			if when >= 0 && when <= h.from && h.from-when <= 3 {
				continue
			}
			// "so you can see how it stacks", "pour que vous voyiez
			// comment": what the material is for, not a question.
			if purposeBefore(toks, h.from) {
				continue
			}
		case famVague:
			if h.to < len(toks) && (toks[h.to].fold == "que" || toks[h.to].fold == "qu") && strings.HasSuffix(fold(h.words), "ce sens") {
				continue
			}
		case famComparative:
			if !comparing(toks, h) {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// comparing: a comparative that says more or less of a quality, as
// feedback does ("visage plus rond", "un peu grand", "a bit darker"),
// not a superlative ("notre bière la plus légère"), "at least" ("au
// moins 1,80 m"), a degree of a verb ("qu'on rie un peu") or a time
// ("too soon").
func comparing(toks []token, h hit) bool {
	if h.to >= len(toks) {
		return false // nothing after it to compare
	}
	next := toks[h.to].fold
	if isDigits(next) || stopword(next) && next != "plus" && next != "moins" && next != "trop" || timingWords[next] {
		return false
	}
	if h.from > 0 {
		switch toks[h.from-1].fold {
		case "le", "la", "les", "au", "the", "most", "least", "at":
			return false
		}
	}
	return true
}

// byMeasure: the words at i give a measure ("by half an inch", "by 2
// cm", "d'un centimètre", "a little").
func byMeasure(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].fold {
	case "a", "un":
		return i+1 < len(toks) && (toks[i+1].fold == "bit" || toks[i+1].fold == "little" || toks[i+1].fold == "peu")
	case "by", "de", "d":
		if i+1 >= len(toks) {
			return false
		}
		n := toks[i+1].fold
		_, num := numberValue(n)
		return num || n == "half" || n == "a" || n == "an" || n == "un" || n == "une" || n == "quelques" || n == "few"
	}
	return false
}

// passesInto: a word that says where "passer" takes its object follows
// within four words.
func passesInto(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		switch toks[k].fold {
		case "au", "aux", "en", "a", "sous", "vers":
			return true
		}
	}
	return false
}

// capitalised: the word starts with a capital letter and goes on in
// small ones ("Faster", not "OK" or "faster").
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsLower(r2)
}

// sentNext after "find" or "trouverez" say where a thing sent is:
// "find below", "find attached", "trouverez ci-joint".
var sentNext = toSet(`below attached enclosed herewith ci`)

// avoidance after "prefer" or "rather" turns the preference on the
// sender's own doing: "rather not", "préférerais éviter".
var avoidance = toSet(`not ne eviter avoid`)

// avoided: the word at i is what "éviter (de)" or "avoid" governs,
// maybe through object pronouns ("éviter de la déplacer").
func avoided(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && (objectClitics[toks[k].fold] || frClitics[toks[k].fold]) {
		k--
	}
	if k >= 0 && (toks[k].fold == "de" || toks[k].fold == "d") {
		k--
	}
	return k >= 0 && (toks[k].fold == "eviter" || toks[k].fold == "avoid")
}

// timingWords after "too" make it a question of time: "too soon".
var timingWords = toSet(`soon early late tot tard`)

// answerWords after "to say" are an answer: "feel free to say no".
var answerWords = toSet(`no yes non oui`)

// toolPrepositions put a meeting tool after them: "over Zoom", "sur Zoom".
var toolPrepositions = toSet(`over on via by sur par en`)

// negationGap are the words a negation may stand before an ask with:
// "don't (feel you) have to", "no real need".
var negationGap = toSet(`t feel you really actually real vraiment`)

// negatedAsk: the ask is withdrawn by a negation just before it ("no
// need to", "pas besoin", "don't feel you have to") or, for "please",
// right after it ("please don't", "please do not").
func negatedAsk(toks []token, h hit) bool {
	k := h.from - 1
	for k >= 0 && h.from-k <= 4 && negationGap[toks[k].fold] {
		k--
	}
	if k >= 0 {
		switch toks[k].fold {
		case "no", "not", "don", "dont", "didn", "doesn", "pas", "inutile":
			return true
		}
	}
	// "Please don't feel you have to" withdraws; "pourriez-vous ne pas
	// mettre le logo ?" asks for a change.
	if w := fold(h.words); h.to < len(toks) && (w == "please" || strings.HasPrefix(w, "merci")) {
		switch toks[h.to].fold {
		case "don", "dont", "ne", "n":
			return true
		case "do":
			return h.to+1 < len(toks) && toks[h.to+1].fold == "not"
		}
	}
	return false
}

// beForms are the verb of being, whose complement is a noun phrase: "can
// be the easy day", "sera la grande soirée".
var beForms = toSet(`be is are was were been being est sont sera seront soit soient serait seraient etait etre`)

// predicateNoun: the word at i ends a noun phrase that a verb of being
// opens ("Friday can be the quiet setup"), whatever adjectives or nouns
// stand between the determiner and it.
func predicateNoun(s *sentence, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if determiners[s.toks[k].fold] {
			return beForms[s.toks[k-1].fold]
		}
		// "Est-ce que tu pourrais…": a pronoun or "que" opens a clause
		// with its own verb.
		if f := s.toks[k].fold; isDigits(f) || beForms[f] || subjectPronouns[f] || thirdPersons[f] || f == "que" || f == "qu" {
			return false
		}
	}
	return false
}

// thirdPersons are the subject pronouns of someone else.
var thirdPersons = toSet(`he she they il elle ils elles`)

// thirdPersonSubject: a third-person pronoun is the subject of the verb at
// i, object pronouns apart ("il les trouve", "she finds").
func thirdPersonSubject(s *sentence, i int) bool {
	k := i - 1
	for k >= 0 && objectClitics[s.toks[k].fold] {
		k--
	}
	return k >= 0 && k < i && thirdPersons[s.toks[k].fold]
}

// variantNouns name another form of a piece of work.
var variantNouns = toSet(`version versions variante variantes variant variants declinaison declinaisons adaptation adaptations`)

// newVariant finds "a version", "une variante": a variant brought in by an
// indefinite article, a new one rather than one delivered.
func newVariant(s *sentence) string {
	for i := 1; i < len(s.toks); i++ {
		switch s.toks[i-1].fold {
		case "a", "an", "une", "un":
			if variantNouns[s.toks[i].fold] {
				return phraseText(s.toks, i-1, 2)
			}
		}
	}
	return ""
}

// hasCount: the sentence counts something, a number that is no measure.
func hasCount(s *sentence) bool {
	for i, t := range s.toks {
		if _, ok := numberValue(t.fold); ok && !isPriceOrTime(s.toks, i) && !afterMeasure(s.toks, i) {
			return true
		}
	}
	return false
}

// afterDeterminer: the word at i follows a determiner, modifiers apart.
func afterDeterminer(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		f := s.toks[k].fold
		if determiners[f] {
			return true
		}
		if !phraseModifiers[f] && !sizeAdjectives[f] {
			return false
		}
	}
	return false
}

// sourceMarkers open the material a thing is made from: "drawing on the
// story", "based on the report", "à partir du récit", "tiré des notes".
var sourceMarkers = [][]string{{"drawing", "on"}, {"draw", "on"}, {"based", "on"}, {"inspired", "by"}, {"built", "from"},
	{"taken", "from"}, {"using", "the"}, {"a", "partir"}, {"tire", "de"}, {"tire", "du"}, {"tiree", "de"}, {"tiree", "du"},
	{"inspire", "de"}, {"inspiree", "de"}, {"base", "sur"}, {"basee", "sur"}, {"en", "s", "appuyant"}, {"en", "partant"}}

// madeObject returns the content words between a verb of making and a
// phrase that names its material ("write a toast drawing on the story"),
// when the sentence has such a phrase after the verb.
func madeObject(f *feat) ([]token, bool) {
	verb := -1
	for _, h := range f.hits {
		if h.fam == famCreate && (verb < 0 || h.to < verb) {
			verb = h.to
		}
	}
	if verb < 0 {
		return nil, false
	}
	toks := f.s.toks
	for i := verb + 1; i < len(toks); i++ {
		// "notes on the arrangements", "une exposition sur le décor":
		// the topic of what is made (a determiner follows, so that the
		// pronoun "on" and "on top" are not read as one).
		topic := !f.change && topicWords[toks[i].fold] && i+1 < len(toks) && topicDeterminers[toks[i+1].fold]
		if !topic && !phraseStartsAt(toks, i, sourceMarkers) {
			continue
		}
		var out []token
		for _, t := range f.content {
			if t.start >= toks[verb-1].end && t.end <= toks[i].start {
				out = append(out, t)
			}
		}
		return out, len(out) > 0
	}
	return nil, false
}

// phraseStartsAt reports whether one of phrases starts at toks[i].
func phraseStartsAt(toks []token, i int, phrases [][]string) bool {
	for _, m := range phrases {
		if i+len(m) > len(toks) {
			continue
		}
		ok := true
		for k, w := range m {
			if toks[i+k].fold != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// topicWords open what a made thing is about; topicDeterminers open the
// noun phrase after them.
var (
	topicWords       = toSet(`on about sur autour concernant`)
	topicDeterminers = toSet(`the your our my his her their its this these those each every ` +
		`le la les l ce cet cette ces notre nos votre vos son sa ses leur leurs de du des chaque`)
)

// comparedWith: every change cue of the sentence is a comparison whose
// standard is told after it ("une carte plus courte et moins chère qu'en
// salle", "a room wider than ours"): the sentence describes a thing by
// another, it asks no change.
func comparedWith(f *feat) bool {
	any := false
	for _, h := range f.hits {
		if h.fam != famChange {
			continue
		}
		any = true
		first := f.s.toks[h.from].fold
		frComp := first == "plus" || first == "moins"
		found := false
		for k := h.to; k < len(f.s.toks) && k <= h.to+6; k++ {
			switch f.s.toks[k].fold {
			case "que", "qu":
				found = found || frComp
			case "than":
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return any
}

// feasibility words make a short question ask whether what was just told
// can be done: "C'est jouable ?", "Is that doable?".
var feasibility = toSet(`faisable jouable possible doable feasible`)

// feasibilityBack: "L'imprimeur doit avoir la carte le 5 mars. C'est
// jouable ?": a question that only asks whether the thing told before can
// be done makes that sentence the request.
func feasibilityBack(feats []*feat) {
	for i := 1; i < len(feats); i++ {
		f, g := feats[i], feats[i-1]
		if !f.s.question || !f.has[famAsk] || g.s.para != f.s.para || g.request || g.has[famThanks] || g.has[famProvide] {
			continue
		}
		asks := false
		for _, t := range f.s.toks {
			if feasibility[t.fold] {
				asks = true
			}
		}
		if !asks || len(f.content) > 3 {
			continue
		}
		g.request, g.has[famAsk], g.words[famAsk] = true, true, f.words[famAsk]
		g.change = g.has[famChange]
	}
}

// indefinites of a thing: what is to be added is not said.
var indefiniteThings = toSet(`something anything quelque truc`)

// indefiniteAddition finds a verb of adding whose object is an indefinite
// ("add something on…", "ajouter quelque chose sur…", "rajouter un truc").
func indefiniteAddition(f *feat) string {
	for _, h := range f.hits {
		if h.fam != famChange {
			continue
		}
		w := fold(h.words)
		if !strings.HasPrefix(w, "add") && !strings.HasPrefix(w, "ajout") && !strings.HasPrefix(w, "rajout") {
			continue
		}
		for k := h.to; k < len(f.s.toks) && k <= h.to+2; k++ {
			if indefiniteThings[f.s.toks[k].fold] {
				return phraseText(f.s.toks, h.from, k-h.from+1)
			}
		}
	}
	return ""
}

// changeElsewhere: another sentence of the message tells of a change.
func (a *analysis) changeElsewhere(f *feat) bool {
	for _, g := range a.feats {
		if g != f && g.has[famChange] {
			return true
		}
	}
	return false
}

func hasIndefinite(f *feat) bool {
	for _, t := range f.s.toks {
		if indefiniteThings[t.fold] {
			return true
		}
	}
	return false
}

// addingVerb returns the words of a change cue that adds ("add",
// "ajouter", "rajouter", "include", "intégrer").
func addingVerb(f *feat) string {
	for _, h := range f.hits {
		if h.fam != famChange {
			continue
		}
		w := fold(h.words)
		for _, p := range []string{"add", "ajout", "rajout", "includ", "integr", "incorporat"} {
			if strings.HasPrefix(w, p) {
				return h.words
			}
		}
	}
	return ""
}

// countedBefore finds, in a sentence before f, a number counting the
// deliverable's own unit ("9 endpoints", "twelve pages"): the things a
// pronoun of f stands for.
func (a *analysis) countedBefore(f *feat, dp *delivProfile) (int, string) {
	for _, g := range a.feats {
		if g == f {
			break
		}
		toks := g.s.toks
		for i := 0; i+1 < len(toks); i++ {
			n, ok := numberValue(toks[i].fold)
			if !ok || n < 1 || isPriceOrTime(toks, i) || i > 0 && knownDeterminers[toks[i-1].fold] {
				continue
			}
			if dp.isUnitField(toks[i+1]) {
				return n, phraseText(toks, i, 2)
			}
		}
	}
	return 0, ""
}
