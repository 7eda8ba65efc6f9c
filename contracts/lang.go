package contracts

// Stop words of both languages: they carry no subject matter, and they tell
// the languages apart.
var frStop = toSet(`le la les un une des du de d l et est sont pas ne n que qu qui pour sur dans avec vous nous on
je j tu il elle ils elles ce cet cette ces c mais ou donc merci bonjour bonne pouvez pourriez peux faire plus tout
toute tous toutes aussi au aux son sa ses mon ma mes notre nos votre vos leur leurs me m te t se s y en a ai as avez
avons ont suis es sommes etes etait ete sera serait par ca cela ceci comme tres bien deja encore si oui non lui
moi toi eux quand quel quelle quels quelles entre sans sous chez vers apres avant puis alors pis salut svp peu
dont ici voici voila celle celui ceux`)

var enStop = toSet(`the a an and is are was were be been being not that who which what for on in at with you we i
he she it they them this these those but or so thanks thank hi hello could can would will shall should may might
please make do does did more all also to of from our your my its it's i'm we're let me us him her their there
here have has had as by if then than too very just any some into out up about over again only own same such no
nor off once other each few both than well get got yes ok okay dear cheers best regards`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(s[i])
	}
	return m
}

func stopword(f string) bool { return len(f) <= 1 || frStop[f] || enStop[f] || twoLetterStop[f] }

// twoLetterStop: short words that name nothing.
var twoLetterStop = toSet(`ok pm am re cc dr mr ms st nd rd th er eme ca ha oh eh ah ce`)

// detectLanguage tells French from English by stop words and accents.
func detectLanguage(text string) string {
	fr, en := 0, 0
	var buf [24]byte
	n := 0
	flush := func() {
		if n > 0 && n < len(buf) {
			// string(buf) inside the index expression does not allocate.
			if frStop[string(buf[:n])] {
				fr++
			}
			if enStop[string(buf[:n])] {
				en++
			}
		}
		n = 0
	}
	for _, r := range text {
		switch r {
		case 'é', 'è', 'ê', 'à', 'ç', 'ù', 'œ', 'â', 'î', 'ô', 'û', 'É':
			fr++
		}
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if n < len(buf) {
				buf[n] = byte(r)
			}
			n++
		case r >= 'A' && r <= 'Z':
			if n < len(buf) {
				buf[n] = byte(r) + 'a' - 'A'
			}
			n++
		case isWordRune(r):
			n = len(buf) // a word with accents: counted by the accents above
		default:
			flush()
		}
	}
	flush()
	if fr > en {
		return "fr"
	}
	return "en"
}

// monthBase is the first concept bit used for months, so that "décembre"
// meets "December".
const monthBase = 48

func tokenConcepts(f string) concept {
	c := conceptsOf(f)
	if m, ok := months[f]; ok && len(f) > 3 {
		c |= concept(1) << (monthBase + m - 1)
	}
	return c
}

const monthMask = concept(0xFFF) << monthBase
