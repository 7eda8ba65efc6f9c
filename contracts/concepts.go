package contracts

import "strings"

// concept is a bit of meaning shared by words of both languages, so that
// "légende" meets "caption" and "piste" meets "concept". These are words of
// everyday freelance work, not of any one client.
type concept uint64

var conceptWords = [][]string{
	{"couleur*", "colour*", "color*", "teinte*", "palette*", "nuance*", "hue*"},
	{"texte*", "text", "texts", "copy", "copywriting", "wording", "words", "mots", "redaction*", "rediger", "redige*", "ecrire", "ecris", "write", "writing", "written", "paragraph*", "blurb*", "article*", "blog*"},
	{"tradu*", "translat*", "anglais*", "english", "anglaise*", "localis*", "localiz*", "bilingue", "bilingual",
		"allemand*", "german", "deutsch", "espagnol*", "spanish", "italien*", "italian", "neerlandais*", "dutch",
		"multilingu*", "plurilingu*", "langue*", "language*"},
	{"train", "trains", "avion*", "vol", "vols", "billet*", "hotel*", "chambre*", "hebergement*", "transport*", "deplacement*", "voyage*", "travel*", "flight*", "ticket*", "allers", "sejour*", "trip*"},
	{"telephone*", "appel", "appels", "decroch*", "phone*", "call", "calls"},
	{"email*", "mail", "mails", "mailbox*", "inbox*", "boite*", "courriel*", "messagerie*"},
	{"facebook", "instagram", "linkedin", "tiktok", "twitter", "youtube", "pinterest", "reseau*", "social", "socials", "threads"},
	{"site*", "website*", "web", "webdesign", "landing", "homepage*", "accueil", "wordpress", "boutique", "ecommerce", "shop", "online"},
	{"impression*", "imprim*", "tirage*", "print", "printing", "printer*", "printed"},
	{"video*", "animation*", "anime", "animated", "motion", "gif", "gifs", "film*", "reel", "reels", "footage", "montage",
		"moving", "audiogram*", "waveform*", "clip", "clips"},
	{"photo*", "shoot*", "photograph*", "picture*", "image*"},
	{"pub", "pubs", "publicite*", "ads", "advert*", "boost*", "sponsor*", "ciblage", "targeting", "target*", "ad"},
	{"comptab*", "factur*", "invoice*", "impaye*", "unpaid", "paie", "payroll", "tva", "vat", "bookkeeping", "accounting", "accountant", "paid", "payer", "paye", "pay"},
	{"concept*", "piste*", "proposition*", "variante*", "variant*", "options", "version", "versions"},
	{"rapport*", "report*", "reporting", "bilan*", "dashboard*", "analytics", "stats", "statisti*", "kpi*", "indicateur*"},
	{"modele*", "template*", "gabarit*", "trame*"},
	{"post", "posts", "publication*", "carrousel*", "carousel*", "story", "stories"},
	{"legende*", "caption*"},
	{"agenda*", "calendrier*", "calendar*", "rdv", "rendez", "slot*", "creneau*", "appointment*", "invitation*", "invite*"},
	{"icone*", "icon*", "picto*", "pictogramme*", "favicon*", "avatar*"},
	{"commentaire*", "comment", "comments", "dm", "dms", "moderat*", "moderer", "avis", "review", "reviews",
		"tripadvisor", "messages", "inbox"},
	{"seo", "referencement*", "ranking*", "backlink*", "keyword*"},
	{"hosting", "hebergeur*", "domain*", "domaine*", "dns", "serveur*", "server*", "maintenance"},
	{"formulaire*", "form", "forms", "dropdown", "drop", "field*", "champ*"},
	{"logo*", "embleme*", "monogramme*", "monogram*"},
	{"cadeau*", "gift*", "voucher*", "coupon*"},
	{"vente*", "acheter", "achat*", "buy", "purchase*", "sell*", "checkout", "paiement"},
	{"kakemono*", "plaquette*", "brochure*", "flyer*", "depliant*", "affiche*", "banner*", "banniere*", "roll", "kakemono", "leaflet*", "stand"},
	{"formation*", "training", "handover", "tutori*", "guide*", "notice*"},
	{"relance*", "relancer", "follow", "chase*", "reminder*", "rappel*"},
	{"lot", "lots", "batch", "batches", "fournee*"},
	{"chantier*", "travaux", "worksite*", "construction", "contractor*", "entreprises", "artisan*", "builders"},
	{"enseigne*", "signage", "signaletique", "panneau*", "signs"},
	{"mobilier", "meuble*", "furniture", "chaise*", "chairs", "tables", "luminaire*"},
	{"produit*", "product*", "item*"},
}

var conceptExact = map[string]concept{}
var conceptPrefix []struct {
	p string
	c concept
}

func init() {
	for i, words := range conceptWords {
		c := concept(1) << i
		for _, w := range words {
			if strings.HasSuffix(w, "*") {
				conceptPrefix = append(conceptPrefix, struct {
					p string
					c concept
				}{w[:len(w)-1], c})
			} else {
				conceptExact[w] |= c
			}
		}
	}
}

// conceptsOf returns the concepts a folded word carries.
func conceptsOf(word string) concept {
	c := conceptExact[word]
	if len(word) < 3 {
		return c
	}
	for _, p := range conceptPrefix {
		if strings.HasPrefix(word, p.p) {
			c |= p.c
		}
	}
	return c
}

// months maps folded month names of both languages to their number.
var months = map[string]int{
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
	"nov": 11, "dec": 12, "janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7,
}
