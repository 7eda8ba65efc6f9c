package contracts

import "strings"

// languageNames maps the names of languages, folded, in English and French,
// to a language code: "in English", "en allemand", "version néerlandaise".
var languageNames = map[string]string{
	"english": "en", "anglais": "en", "anglaise": "en", "anglaises": "en",
	"french": "fr", "francais": "fr", "francaise": "fr", "francaises": "fr",
	"german": "de", "allemand": "de", "allemande": "de", "allemandes": "de",
	"spanish": "es", "espagnol": "es", "espagnole": "es", "espagnoles": "es",
	"italian": "it", "italien": "it", "italienne": "it", "italiennes": "it",
	"dutch": "nl", "flemish": "nl", "neerlandais": "nl", "neerlandaise": "nl", "flamand": "nl", "flamande": "nl",
	"portuguese": "pt", "portugais": "pt", "portugaise": "pt",
	"chinese": "zh", "mandarin": "zh", "chinois": "zh", "chinoise": "zh",
	"japanese": "ja", "japonais": "ja", "japonaise": "ja",
	"arabic": "ar", "arabe": "ar",
	"russian": "ru", "russe": "ru",
	"polish": "pl", "polonais": "pl", "polonaise": "pl",
	"catalan": "ca", "catalane": "ca",
}

// otherLanguage finds a version of the work asked for in a language other
// than the contract's ("the same messages in English", "une version
// allemande") that the contract's deliverables do not name: a new version,
// new work. It returns the words, or "".
func (a *analysis) otherLanguage(f *feat) string {
	toks := f.s.toks
	for i, t := range toks {
		code, ok := languageNames[t.fold]
		if !ok || code == a.c.Language {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = toks[i-1].fold
		}
		if i+1 < len(toks) {
			next = toks[i+1].fold
		}
		// "in English", "en anglais", "English version(s)", "version(s)
		// anglaise(s)", "translated into German".
		if !(prev == "in" || prev == "en" || prev == "into" || strings.HasPrefix(prev, "version") || strings.HasPrefix(next, "version")) {
			continue
		}
		if a.contractNamesLanguage(code) {
			return ""
		}
		return phraseText(toks, max(i-1, 0), 2)
	}
	return ""
}

// contractNamesLanguage: a deliverable or the contract's own words name the
// language, or translation: versions in it are the work sold.
func (a *analysis) contractNamesLanguage(code string) bool {
	var b strings.Builder
	for _, d := range a.c.Deliverables {
		b.WriteString(" " + d.Name + " " + d.Description + " " + d.Unit + " " + strings.Join(d.Keywords, " "))
	}
	text := " " + fold(b.String()) + " "
	for name, c := range languageNames {
		if c == code && strings.Contains(text, " "+name) {
			return true
		}
	}
	for _, w := range []string{" bilingu", " multilingu", " translat", " traduct", " tradui"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
