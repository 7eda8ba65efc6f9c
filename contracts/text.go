package contracts

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
)

// token is one word of a text: its surface form, folded form (lower case,
// no accents) and stem in the text's language.
type token struct {
	raw    string
	fold   string
	stem   string
	con    concept
	start  int // byte offsets in the sentence text
	end    int
	quoted bool // inside quotation marks: words asked for, not the asking
}

// sentence is one unit of meaning: a line item or a sentence.
type sentence struct {
	text     string
	toks     []token
	question bool
	para     int  // paragraph index, to find a request's context
	item     bool // part of a list item ("- could the title be bigger?")
}

var foldMap = map[rune]string{
	'à': "a", 'â': "a", 'ä': "a", 'á': "a", 'ã': "a", 'å': "a",
	'ç': "c", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'î': "i", 'ï': "i", 'í': "i", 'ì': "i",
	'ô': "o", 'ö': "o", 'ó': "o", 'ò': "o", 'õ': "o",
	'ù': "u", 'û': "u", 'ü': "u", 'ú': "u", 'ÿ': "y", 'ñ': "n",
	'œ': "oe", 'æ': "ae", 'ß': "ss",
}

// fold lower-cases s and strips French and common Latin accents.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || ('A' <= s[i] && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := foldMap[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits s into words. Apostrophes and hyphens separate words
// ("l'équipe" -> "l", "équipe"; "pourriez-vous" -> "pourriez", "vous").
func (st *stemmer) tokenize(s, lang string) []token {
	toks := make([]token, 0, len(s)/5)
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, st.makeToken(s[start:i], start, i, lang))
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, st.makeToken(s[start:], start, len(s), lang))
	}
	return toks
}

func (st *stemmer) makeToken(raw string, start, end int, lang string) token {
	w := st.word(raw, lang)
	return token{raw: raw, fold: w.fold, stem: w.stem, con: w.con, start: start, end: end}
}

// wordInfo is what the engine derives from one surface word.
type wordInfo struct {
	fold string
	stem string
	con  concept
}

// stemmer stems folded words with Snowball and finds their concepts,
// caching results per language: the same words come back in every message,
// and stemming is the costliest step.
type stemmer struct {
	mu    sync.RWMutex
	cache [2]map[string]wordInfo // 0: English, 1: French; by surface form
}

const stemCacheMax = 50000

func newStemmer() *stemmer {
	return &stemmer{cache: [2]map[string]wordInfo{make(map[string]wordInfo, 4096), make(map[string]wordInfo, 4096)}}
}

func langIndex(lang string) int {
	if lang == "fr" {
		return 1
	}
	return 0
}

func (st *stemmer) word(raw, lang string) wordInfo {
	li := langIndex(lang)
	st.mu.RLock()
	w, ok := st.cache[li][raw]
	st.mu.RUnlock()
	if ok {
		return w
	}
	f := fold(raw)
	w = wordInfo{fold: f, stem: stemWord(f, lang), con: tokenConcepts(f)}
	st.mu.Lock()
	if len(st.cache[li]) >= stemCacheMax {
		st.cache[li] = make(map[string]wordInfo, 4096)
	}
	st.cache[li][raw] = w
	st.mu.Unlock()
	return w
}

// stem stems an already folded word.
func (st *stemmer) stem(word, lang string) string { return st.word(word, lang).stem }

func stemWord(word, lang string) string {
	if len(word) <= 2 || isDigits(word) {
		return word
	}
	if lang == "fr" {
		return fold(french.Stem(word, false))
	}
	return english.Stem(word, false)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// splitSentences cuts text into sentences. Lines of a paragraph are joined
// (mail is often hard-wrapped) except list items, which stand alone.
func (st *stemmer) splitSentences(text, lang string) []sentence {
	var out []sentence
	para := 0
	var cur strings.Builder
	flush := func() {
		s := strings.TrimSpace(cur.String())
		cur.Reset()
		item := isListItem(s)
		for _, piece := range splitOnPunct(s) {
			piece = strings.TrimSpace(piece)
			if piece == "" {
				continue
			}
			toks := st.tokenize(piece, lang)
			if len(toks) == 0 {
				continue
			}
			markQuoted(piece, toks)
			out = append(out, sentence{text: piece, toks: toks, question: strings.HasSuffix(piece, "?"), para: para, item: item})
		}
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		if line == "" {
			flush()
			para++
			continue
		}
		if isListItem(line) {
			flush()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(line)
	}
	flush()
	return out
}

// span is a stretch of a sentence's text, by byte offsets.
type span struct{ from, to int }

// markQuoted flags words between quotation marks (« », “ ”, "): the client
// quoting a text ("say “open till 9pm”", "dans « Relance devis »") is not
// asking with those words.
func markQuoted(text string, toks []token) {
	var spans []span
	open := -1
	var closer rune
	for i, r := range text {
		switch {
		case open < 0 && (r == '«' || r == '“' || r == '"'):
			open = i
			closer = map[rune]rune{'«': '»', '“': '”', '"': '"'}[r]
		case open >= 0 && r == closer:
			spans = append(spans, span{open, i})
			open = -1
		}
	}
	spans = append(spans, identifierSpans(text)...)
	for _, sp := range spans {
		for k := range toks {
			if toks[k].start > sp.from && toks[k].end <= sp.to {
				toks[k].quoted = true
			}
		}
	}
}

// identifierSpans finds runs of text that are names for machines, not
// words: file names ("intro_v2.wav", "plan-final.pdf"), addresses and
// links ("name@host", "https://…"), identifiers joined by underscores
// ("tile_match_03"). The words inside them ask for nothing.
func identifierSpans(text string) []span {
	var out []span
	start := -1
	check := func(end int) {
		if start < 0 {
			return
		}
		w := strings.TrimRight(text[start:end], ".,;:!?)]}»”\"'")
		if isIdentifier(w) {
			// from is exclusive in markQuoted: start one byte before.
			out = append(out, span{start - 1, start + len(w)})
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsSpace(r) {
			check(i)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	check(len(text))
	return out
}

// fileExtensions are the endings that make a dotted word a file name.
var fileExtensions = toSet(`wav mp3 ogg flac aif aiff mp4 mov avi mkv pdf doc docx xls xlsx csv ppt pptx odt ods txt rtf
jpg jpeg png gif svg tif tiff psd ai eps indd idml dxf dwg zip rar json xml html htm md fig sketch`)

func isIdentifier(w string) bool {
	if strings.Contains(w, "_") || strings.Contains(w, "@") || strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
		return true
	}
	if k := strings.LastIndexByte(w, '.'); k > 0 && k < len(w)-1 {
		return fileExtensions[strings.ToLower(w[k+1:])]
	}
	return false
}

func isListItem(line string) bool {
	r, size := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '•', '*', '–', '—', '·', '→':
		return true
	}
	if unicode.IsDigit(r) {
		rest := strings.TrimLeftFunc(line[size:], unicode.IsDigit)
		return strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ")")
	}
	return false
}

// splitOnPunct splits after ., ! and ? followed by a space, keeping the mark.
func splitOnPunct(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
			j++
		}
		if j < len(s) && s[j] != ' ' {
			continue
		}
		// "p. 7", "M. Dufour", "No. 5": an abbreviation, not an end.
		if c == '.' && i > start && isAbbrev(s[start:i]) {
			continue
		}
		out = append(out, s[start:j])
		start = j
		i = j - 1
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func isAbbrev(before string) bool {
	k := strings.LastIndexByte(before, ' ')
	w := strings.TrimLeft(before[k+1:], "([«“\"'")
	switch strings.ToLower(w) {
	case "p", "m", "mr", "mrs", "ms", "dr", "st", "no", "n°", "tel", "tél", "cf", "etc", "vs", "ex", "env", "approx",
		"e.g", "i.e", "eg", "ie", "p.ex", "c.-à-d", "c.a.d", "c-a-d", "resp", "incl":
		return true
	}
	return len(w) == 1 && !isDigits(w)
}
