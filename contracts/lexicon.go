package contracts

import "strings"

// family is a kind of cue the engine looks for in a sentence.
type family int

const (
	famAsk         family = iota // a request put as a question or a wish
	famChange                    // a change to existing work
	famCreate                    // making or doing something
	famAdditive                  // more of something: also, another, extra
	famVague                     // an ask whose object is open
	famOpen                      // inviting the provider's opinion
	famDeliver                   // send files, go ahead, approved
	famProvide                   // here is the material
	famWhen                      // a question about timing
	famThanks                    // thanks, praise
	famBilling                   // invoices, payments
	famMeeting                   // meeting logistics with the provider
	famTension                   // frustration, generalisations, urgency
	famDeadline                  // a date meant as a deadline
	famFeature                   // a capability for third parties ("could people buy")
	famAtIt                      // "while you're at it": more work on top
	famComparative               // "plus rond", "less busy": a change when it is a list item
	famPresence                  // the provider's presence in person: come, be there, attend
	famRecurring                 // a task to repeat: every week, deux fois par mois
	famSelf                      // the provider as the doer: yourself, vous-même
	famCount
)

var familyNames = [famCount]string{
	"request", "change", "create", "additive", "vague", "open_question", "deliver",
	"provide", "when", "thanks", "billing", "meeting", "tension", "deadline", "feature", "while_at_it", "comparative",
	"presence", "recurring", "yourself",
}

// The lexicons hold the general language of requests in French and English,
// written folded (lower case, no accents). A trailing * matches any ending.
// They must not hold words of any one trade or client.
var lexicon = map[family][]string{
	famAsk: {
		// French: questions and wishes.
		"pourriez vous", "pourrais tu", "pourrait on", "pourrions nous", "pouvez vous", "peux tu", "peut on",
		"tu peux", "vous pouvez", "tu pourrais", "vous pourriez", "on pourrait", "on peut", "nous pourriez",
		"serait il possible", "serait ce possible", "est il possible", "possible de", "j aimerais", "on aimerait",
		"nous aimerions", "je voudrais", "on voudrait", "nous voudrions", "je souhaite", "je souhaiterais",
		"nous souhaitons", "nous souhaiterions", "on souhaite", "il faudrait", "il nous faudrait", "il faut",
		"faudrait", "on aurait besoin", "nous aurions besoin", "j aurais besoin", "on a besoin", "nous avons besoin",
		"j ai besoin", "merci de", "je vous remercie de", "svp", "s il vous plait", "s il te plait",
		"est ce que vous", "est ce que tu", "est ce qu on", "ce serait possible", "tu m envoies", "vous m envoyez",
		// English.
		"if you can", "si tu peux", "si vous pouvez", "si possible", "if possible",
		"could you", "can you", "would you", "will you", "could we", "can we", "would it be possible",
		"is it possible", "is there any chance", "any chance", "i d like", "we d like", "i would like",
		"we would like", "i want", "we want", "we need", "i need", "we d need", "i d need", "we d want", "i d want", "we ll need", "we would need", "please",
		"kindly", "would love", "do you mind", "would you mind", "could it", "can it", "could the", "can the",
		"could they", "can they", "could that", "can that", "could this", "can this", "could these", "can these",
		"could those", "could post", "can post", "needs to", "need to", "should be", "should go", "should read",
		"should show", "should sit", "should end", "should say",
		// A wish about what the provider would do ("ils voudraient que vous
		// veniez", "it would help if you…") asks as surely as a question.
		"voudrais que", "voudrait que", "voudrions que", "voudraient que", "aimerais que", "aimerait que",
		"aimerions que", "aimeraient que", "souhaite que", "souhaitent que", "souhaiterais que",
		"souhaiterions que", "souhaiteraient que", "ca nous aiderait", "ca m aiderait", "ca nous rassurerait",
		"ca me rassurerait", "ce serait bien que", "ce serait ideal que", "l ideal serait",
		"l idee serait que", "l idee ce serait que", "l idee c est que", "l idee serait de", "l idee ce serait de",
		"the idea would be for you", "the idea is for you", "the idea would be that you", "the idea is that you",
		"tu serais partant", "tu serais partante", "seriez vous partant", "seriez vous partante", "vous seriez partant",
		"vous seriez partante", "would you be up for", "would you be willing", "are you up for", "would you be happy to",
		"like you to", "want you to", "need you to", "it would help if", "it would be great if",
		"it would be nice if", "would be great if you", "ideally you", "hoping you could", "hoping you can",
		// A wish relayed from someone on the client's side.
		"il voudrait", "elle voudrait", "ils voudraient", "elles voudraient", "il aimerait", "elle aimerait",
		"ils aimeraient", "elles aimeraient", "il souhaite", "elle souhaite", "ils souhaitent", "elles souhaitent",
		"she d like", "he d like", "they d like", "she would like", "he would like", "they would like",
		"she wants", "he wants", "they want",
		"she needs", "he needs", "they need", "they d need", "they ll need", "they will need", "they would need",
		"il leur faut", "il lui faut", "il leur faudrait", "il lui faudrait", "ils ont besoin", "elles ont besoin",
		"il a besoin", "elle a besoin",
		// Asking whether a thing just told can be done.
		"would that be possible", "would this be possible", "is that possible", "is this possible",
		"would that be doable", "is that doable", "est ce possible", "est ce faisable", "ce serait faisable",
		"serait ce faisable", "c est faisable", "ca serait possible", "ca serait faisable",
		"c est jouable", "est ce jouable", "ce serait jouable", "ca serait jouable", "c est possible",
		"is that feasible", "would that be feasible", "is it doable", "is it feasible",
	},
	famChange: {
		"modifi*", "modif", "modifs", "chang*", "remplac*", "reprend*", "reprene*", "refair*", "refai*", "corrig*", "retouch*",
		"ajust*", "enlev*", "enlè*", "retir*", "supprim*", "ajout*", "rajout*", "epaissi*", "agrandi*", "reduir*",
		"redui*", "raccourc*", "coupez", "coupe les", "couper", "deplacer", "deplace", "deplacez", "deplacons", "inverse*", "decal*",
		"mettre a jour", "mets a jour", "mettez a jour", "version a jour", "plutot", "au lieu", "a la place",
		"prefere*", "un peu plus", "un peu moins", "plus gros", "plus grand", "plus grande", "plus petit",
		"plus petite", "plus fonce", "plus clair", "plus chaud", "plus chaude", "plus aere", "trop", "pourrait etre",
		"pourraient etre", "remets", "remettez", "mets", "mettez", "mettre", "passer", "passe", "preciser",
		"precisez", "indiquer", "renomm*", "eclairc*", "assombr*", "aerer", "aere", "grossi*", "retravaill*",
		"reformul*", "separer", "separez", "separe", "trie par", "tries par", "triee par", "devrait etre", "devraient etre",
		"integrer", "integrez", "integre", "redress*", "attenu*", "adouc*", "accentu*", "recadr*", "harmonis*", "uniformis*", "revoir la", "revoir le", "revoir les", "en haut", "en bas", "en premier",
		"en dernier", "soit ecrit", "soient",
		"chang*", "swap*", "replac*", "move*", "remov*", "delet*", "add", "adding", "tweak*", "adjust*",
		"fix", "fixing", "redo", "can it be", "could it be", "can they be", "could they be", "sorted by",
		"sort by", "split into", "incorporate", "work in", "another pass", "another go", "une autre passe", "repasser sur", "lose", "trim", "take out", "get rid", "straighten*", "soften*", "sharpen*",
		"crop", "lighten*", "rework*", "revis*", "shorten*", "cut", "make it", "make them", "make the",
		"make that", "bigger", "smaller", "larger", "brighter", "darker", "lighter", "thicker", "thinner",
		"instead", "rather than", "rather", "less", "too", "could be", "brighten*", "darken*", "reorder*", "match",
		"pop", "edit*", "updat*", "correct*", "harmoni*", "align", "consistent", "split out", "zoom*", "optional", "in full", "come first",
		"go above", "go below", "at the top", "at the bottom", "sit", "should say", "should read", "to say", "closer", "try the", "more premium", "more contrast",
		"faster", "slower", "shorter", "longer", "tighter", "quicker", "louder", "quieter", "plus vite", "plus court",
		"plus courte", "plus long", "plus longue", "plus rapide", "plus lent", "plus lente",
		// Changes of size, height and position.
		"remonter", "remonte", "remontez", "baisser", "baisse", "baissez", "abaiss*", "rehauss*", "elargi*",
		"retreci*", "rallonger", "rallongez", "rallongis", "allonger", "allongez", "resserr*", "desserr*", "descendre un peu", "monter un peu",
		"plus large", "plus etroit", "plus etroite", "plus haut", "plus haute", "plus bas", "plus basse",
		"plus fin", "plus fine", "plus epais", "plus epaisse", "plus leger", "plus legere", "plus serre", "plus serree",
		"plus ample", "plus doux", "plus douce", "plus fort", "plus forte", "plus sobre", "plus simple", "plus lisible",
		"moins large", "moins serre", "moins serree", "moins fort", "moins forte",
		"widen*", "narrower", "lengthen*", "loosen*", "tighten*", "deepen*", "raise it", "raise the", "lower it",
		"lower the", "wider", "looser", "higher", "deeper", "softer", "simpler", "cleaner", "bolder", "warmer",
		"cooler", "heavier", "punchier", "calmer",
		// Turning into something else, bringing something in.
		"become", "devenir", "devienne", "bring in", "bring out", "bring back",
		"faire ressortir", "ramener", "ramenez", "faire evoluer", "evoluer", "evolue", "evoluez",
	},
	famCreate: {
		"creer", "cree", "creez", "creation", "concevoir", "concevez", "preparer", "preparez", "prepare", "faire",
		"fais", "faites", "realiser", "realisez", "rediger", "redigez", "redige", "ecrire", "ecris", "ecrivez",
		"ouvrir", "ouvre", "ouvrez", "mettre en place", "installer", "configurer", "organiser", "organise",
		"reserver", "reserve", "reservez", "trouver", "trouve", "trouvez", "occuper", "occupes", "gerer",
		"prendre en charge", "decrocher", "decroche", "publier", "publie", "publiez", "mettre sur", "mets sur",
		"poster", "traduire", "traduis", "developper", "lancer un", "lancer une", "monter", "filmer",
		"photographier", "relancer", "relance", "repondre a", "repondre aux", "trier", "tries", "triez",
		"create", "design", "build", "write", "put together", "put something together", "come up with", "pull together",
		"draft us", "write us", "set up", "setup", "prepare", "make us", "make a",
		"make an", "add a", "add an", "open a", "open an", "set us up", "launch", "book", "find", "manage", "run", "answer", "reply to",
		"respond to", "boost", "translate", "shoot", "film", "develop", "produce", "draft", "organise",
		"organize", "take over", "prendre en main", "prendre ca en main", "answering", "take care of", "look after", "chase", "sort out", "take these on", "take this on",
		"take it on", "take them on", "take on",
		// Drawing, working out and turning one thing into another make a
		// new thing too.
		"dessiner", "dessinez", "draw", "drawing", "sketch", "esquisser", "esquissez",
		"work out", "figure out", "calculate", "calculer", "calculez", "estimate", "estimer", "estimez",
		"turn it into", "turn them into", "turn this into", "turn that into", "turn these into", "turn those into",
		"le transformer en", "la transformer en", "les transformer en", "en faire un", "en faire une", "en faire des",
		// Finding, sourcing and ordering things on the client's behalf.
		"denicher", "rechercher", "sourcer", "commander", "passer la commande", "passer commande",
		"passer une commande", "track down", "hunt down", "source a", "source an", "source some", "source the",
		"source it", "source them", "place the order", "place an order", "put in an order", "order it for",
		"order them for", "order some", "get hold of",
	},
	famAdditive: {
		"aussi", "egalement", "en plus", "en outre", "supplementaire*", "une autre", "un autre", "d autres",
		"tant que vous y etes", "tant que tu y es", "tant que vous etes", "pendant que vous y etes",
		"pendant que tu y es", "au passage", "de plus", "encore un", "encore une", "en prime", "en bonus",
		"while you re at it", "while you are at it",
		"also", "as well", "another", "additional", "extra", "on top", "in addition", "one more", "a few more",
		"besides", "le meme travail", "la meme chose", "meme chose pour", "pareil pour", "same thing", "same work",
		"the same for", "same for",
	},
	famVague: {
		"jeter un oeil", "jeter un coup d oeil", "jette un oeil", "repenser", "repense",
		"faire quelque chose", "quelque chose pour", "voir ce qu", "voir ce que", "revoir", "retravailler",
		"prevoir", "se pencher", "penche", "ameliorer",
		"have a look", "take a look", "take another look", "look at", "look into", "rethink", "re think",
		"do something", "something for", "handle", "work on", "improve", "see what", "deal with",
		"follow ups", "follow up",
		// A change of feel whose content is left open: "mix it up a bit".
		"mix it up", "mix things up", "shake it up", "shake things up", "switch it up", "switch things up",
		"freshen it up", "freshen things up", "spice it up", "spice things up", "liven it up", "liven things up",
		"varier un peu", "un peu de variete", "plus de variete", "casser la routine",
		// An ask whose content is told elsewhere: "sort it accordingly".
		"sort the", "sort it", "sort this", "sort that", "accordingly", "en consequence", "dans ce sens", "in that direction", "along those lines",
	},
	famComparative: {
		"plus", "moins", "un peu", "more", "less", "a bit", "a little", "too", "trop",
	},
	famOpen: {
		"trouver une solution", "find a solution", "find a way", "regarder comment", "voir comment",
		"look at how", "see how", "explore", "tu penses qu", "vous pensez qu", "do you think",
		"dites moi comment", "comment vous voyez", "comment tu vois", "je te laisse me dire", "je vous laisse me dire",
		"on en reparle", "en reparler", "je ne sais pas trop", "je sais pas trop", "qu en pensez vous",
		"qu en penses tu", "vos idees", "tes idees", "vos suggestions", "comment faire", "ce qui est le plus simple",
		"a vous de me dire", "a toi de me dire",
		"ce qui est faisable", "ce qui est possible", "ce que vous pouvez faire", "ce que tu peux faire",
		"je ne sais pas si", "je sais pas si", "pas encore decide", "pas encore tranche", "on hesite", "nous hesitons",
		"what do you think", "any ideas", "your thoughts", "not sure", "what would you suggest", "what do you suggest",
		"how would you", "can we talk", "could we talk", "let s discuss", "let s talk", "up to you",
		"what s feasible", "what is feasible", "what s possible", "what is possible", "what might be possible",
		"what would be possible", "what could be possible", "anything you can do",
		"what you can do", "anything you could do", "what you could do", "what can be done", "what could be done",
		"ce qu on peut faire", "ce qu on pourrait faire", "ce que vous pourriez faire", "ce que tu pourrais faire",
		"don t know whether", "don t know if", "not sure whether", "not sure if",
		"haven t decided", "have not decided", "not decided", "undecided",
	},
	famDeliver: {
		"envoyer", "envoie", "envoyez", "envoies", "renvoyer", "renvoie", "renvoyez", "transmettre", "transmets",
		"partager", "lancer la", "lancez", "vous pouvez lancer", "tu peux lancer", "on part", "on part sur",
		"approuve", "approuvee", "valide", "validee", "valides", "validees", "programmer", "programme",
		"tu peux tout", "go", "feu vert", "telle quelle", "tel quel", "tels quels", "telles quelles", "passer a la",
		"passer au", "passer aux", "tu peux attaquer", "vous pouvez attaquer", "tu peux continuer",
		"vous pouvez continuer", "as is", "as it is", "move on", "move on to", "carry on", "continue with", "livrer", "livrez", "livres", "livree", "fichiers",
		"send", "send over", "resend", "share", "forward", "go ahead", "proceed", "approved", "signed off",
		"sign off", "schedule", "happy with", "good to go", "go with", "files", "final png*", "final pdf*",
	},
	famProvide: {
		"voici", "voila", "ci joint", "ci jointe", "en piece jointe", "vous trouverez", "tu trouveras",
		"comme promis", "comme convenu", "les infos", "les informations", "les references", "les details",
		"here is", "here s", "here are", "attached", "is below", "are below", "ci dessous", "below", "as promised", "please find", "you asked for",
		"are up", "are in", "is in the", "are now in", "the details", "details for", "for when you",
		"just for when",
		"everything you need", "all you need", "what you need", "everything you ll need", "all you ll need",
		"tout ce qu il vous faut", "tout ce qu il te faut", "tout ce dont vous avez besoin", "tout ce dont tu as besoin",
		"de quoi demarrer", "de quoi commencer",
	},
	famWhen: {
		"quand", "quelle date", "a quelle date", "date de livraison", "pour quand", "d ici quand", "when",
		"delivery date", "remind me", "rappeler la date",
		"what date", "how long", "eta", "ready for", "be ready",
		"on track", "on schedule", "dans les temps", "toujours prevu", "toujours prevue", "toujours prevus", "en bonne voie",
	},
	famThanks: {
		"merci pour", "merci beaucoup", "un grand merci", "merci encore", "merci mille fois", "bravo",
		"super travail", "beau travail", "ravi", "ravie", "ravis", "superbe*", "parfait", "top",
		"thank you", "thanks for", "thanks again", "thanks so much", "thank you so much", "love it", "loves it",
		"amazing", "great job", "well done", "looks great", "fantastic", "brilliant", "did amazing",
	},
	famBilling: {
		"facture", "factures", "virement", "paiement", "reglement", "reglee", "acompte", "tva", "ttc",
		"montant", "avis de virement",
		"invoice", "invoices", "invoiced", "invoicing", "budgeted", "budgete", "payment run", "instalment", "installment", "facturee", "facture le", "payment", "paid", "e transfer", "etransfer", "transfer", "vat", "remittance",
		"receipt",
	},
	famMeeting: {
		"ca vous irait", "vous irait", "t irait", "ca te va", "ca vous va", "vous convient", "te convient",
		"etes vous disponible", "es tu dispo", "vous etes dispo", "point mensuel", "notre point", "notre reunion",
		"la visio", "en visio", "lien meet", "le lien", "au telephone", "faire le point", "un point", "se voir", "se retrouver",
		"same time", "meme heure", "reschedule", "reporter notre", "decaler notre", "decaler la reunion",
		"works for you", "work for you", "suit you", "are you free", "are you available", "our call",
		"our meeting", "the call", "zoom link", "meet link", "teams link", "catch up call",
		"over zoom", "on zoom", "via zoom", "sur zoom", "par zoom", "over teams", "on teams", "sur teams", "over the phone", "by phone",
		"come to the office", "come to our office", "come by the office", "venir au bureau", "passer au bureau", "en presentiel",
		"park in", "park at", "park behind", "park on", "se garer", "vous garer", "te garer", "garez vous",
	},
	famTension: {
		"toujours la meme", "c est toujours", "jamais", "toujours pareil", "encore une fois", "pas du tout",
		"franchement", "inadmissible", "inacceptable", "agace*", "decu", "decue", "decus", "urgent", "vital",
		"au plus vite", "pas ecoutes", "pas ecoute",
		"always", "never", "every time", "again and again", "not at all", "frustrat*", "disappoint*",
		"unacceptable", "urgent", "asap", "honestly you", "still not", "yet again",
	},
	famDeadline: {
		"au plus tard", "d ici le", "d ici au", "avant le", "pour le", "au lieu du", "au lieu de", "plutot que le",
		"pret le", "prets le", "prete le", "pretes le", "livre le", "livres le", "livrer le",
		"by", "before", "instead of", "on or before", "no later than", "ready by", "live on", "go live", "due", "due by",
		"due on", "prevu le", "prevue le", "attendu le", "rendu le", "remis le",
		"for approval by",
	},
	famAtIt: {
		"tant que vous y etes", "tant que tu y es", "tant que vous etes", "pendant que vous y etes",
		"pendant que tu y es", "au passage", "while you re at it", "while you are at it", "while you re in there",
	},
	famPresence: {
		"de venir", "pouvez venir", "pourriez venir", "peux venir", "pourrais venir", "venir sur", "venir nous",
		"venir voir", "veniez", "venez", "viendriez", "viendrez", "passiez", "passer nous voir", "soyez la", "sois la",
		"passer chez", "passe chez", "passez chez", "passes chez", "passer voir",
		"etre la", "etre present", "etre presente", "etre presents", "soyez present", "soyez presente",
		"vous deplacer", "te deplacer", "sur place", "en personne", "assister a", "participer a",
		"be there", "be on site", "be onsite", "be present", "come over", "come down", "come along", "come in person",
		"in person", "attend the", "attend our", "attend their", "stop by", "drop by", "pop in", "pop by", "come to", "join us on", "join us for",
	},
	famRecurring: {
		"fois par semaine", "fois par mois", "fois par jour", "fois par an", "chaque semaine", "chaque mois", "chaque jour",
		"toutes les semaines", "tous les mois", "tous les jours", "toutes les deux semaines", "au fil de l eau",
		"regulierement", "en continu", "de facon reguliere", "de maniere reguliere",
		"every week", "every month", "every day", "every other week", "each week", "each month", "each day",
		"times a week", "times a month", "times a day", "once a week", "once a month", "on an ongoing basis", "regularly",
		"on a regular basis",
	},
	famSelf: {
		"vous meme", "vous memes", "toi meme", "yourself", "yourselves",
	},
	famFeature: {
		"les clients pourraient", "les gens pourraient", "les visiteurs pourraient", "les patients pourraient",
		"nos clients pourraient", "pourraient acheter", "pourraient reserver", "pourraient payer",
		"could people", "can people", "could customers", "can customers", "could visitors", "could patients",
		"could users", "can users", "could clients", "people could", "customers could",
	},
}

// cue is one compiled lexicon entry.
type cue struct {
	fam    family
	words  []string // folded words; a word ending in * is a prefix
	phrase string
}

// cueIndex finds lexicon entries in a token stream.
type cueIndex struct {
	exact  map[string][]*cue // by first word
	prefix [256][]*cue       // first word is a prefix; by its first byte
}

func buildCueIndex(lex map[family][]string) *cueIndex {
	ix := &cueIndex{exact: map[string][]*cue{}}
	for fam, phrases := range lex {
		for _, p := range phrases {
			c := &cue{fam: fam, words: strings.Fields(p), phrase: p}
			if strings.HasSuffix(c.words[0], "*") {
				b := c.words[0][0]
				ix.prefix[b] = append(ix.prefix[b], c)
			} else {
				ix.exact[c.words[0]] = append(ix.exact[c.words[0]], c)
			}
		}
	}
	return ix
}

func wordMatches(pattern, word string) bool {
	if strings.HasSuffix(pattern, "*") {
		return strings.HasPrefix(word, pattern[:len(pattern)-1])
	}
	return pattern == word
}

// hit is a cue found in a sentence, with the words that matched.
type hit struct {
	fam   family
	from  int // token index
	to    int // exclusive
	words string
}

func (ix *cueIndex) find(s *sentence) []hit {
	var hits []hit
	try := func(c *cue, i int) {
		if i+len(c.words) > len(s.toks) {
			return
		}
		for k, w := range c.words {
			if s.toks[i+k].quoted || !wordMatches(w, s.toks[i+k].fold) {
				return
			}
		}
		j := i + len(c.words)
		hits = append(hits, hit{fam: c.fam, from: i, to: j, words: s.text[s.toks[i].start:s.toks[j-1].end]})
	}
	for i, t := range s.toks {
		if t.quoted {
			continue
		}
		for _, c := range ix.exact[t.fold] {
			try(c, i)
		}
		if t.fold == "" {
			continue
		}
		for _, c := range ix.prefix[t.fold[0]] {
			if strings.HasPrefix(t.fold, c.words[0][:len(c.words[0])-1]) {
				try(c, i)
			}
		}
	}
	return hits
}
