package contracts

import (
	"path/filepath"
	"testing"
	"time"
)

func loadTestContract(t testing.TB, name string) *Contract {
	t.Helper()
	c, err := LoadFile(filepath.Join("testdata", "engine", name))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// classifyCase is one message of the engine's table tests: written for the
// test, in a trade the corpora do not have.
type classifyCase struct {
	name          string
	c             *Contract
	subject, text string
	ledger        Ledger
	auto          bool
	want          Verdict
	wantDeliv     string // checked when set
	wantExcl      string // checked when set
}

// runClassifyCases classifies each case on today and checks its verdict,
// and its deliverable and exclusion when the case names them.
func runClassifyCases(t *testing.T, today string, tests []classifyCase) {
	t.Helper()
	e := NewEngine()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ledger := tt.ledger
			if ledger == nil {
				ledger = Ledger{}
			}
			got := e.Classify(tt.c, Input{Subject: tt.subject, Text: tt.text, Automated: tt.auto, Today: day(today)}, ledger)
			if got.Verdict != tt.want || tt.wantDeliv != "" && got.Deliverable != tt.wantDeliv || tt.wantExcl != "" && got.Exclusion != tt.wantExcl {
				t.Errorf("got %s deliverable=%q exclusion=%q, want %s %q %q\nreasons: %+v", got.Verdict, got.Deliverable, got.Exclusion, tt.want, tt.wantDeliv, tt.wantExcl, got.Reasons)
			}
		})
	}
}

// These messages are written for the test, in trades the development corpus
// does not have, to check that the engine reads requests rather than cases.
func TestClassify(t *testing.T) {
	photo := loadTestContract(t, "photo.toml")
	app := loadTestContract(t, "app.toml")
	tests := []classifyCase{
		{name: "fr thanks naming a deliverable", c: photo, text: "Bonjour,\n\nMerci beaucoup pour la galerie, les photos sont magnifiques ! Toute la famille les adore.\n\nJulie", want: NotARequest},
		{name: "fr revision with a round left", c: photo, ledger: Ledger{"photos": 0},
			text: "Bonjour,\n\nPourriez-vous éclaircir un peu la photo de la sortie de l'église ? Et retirer le panneau derrière nous sur la photo du discours.\n\nMerci !", want: Revision, wantDeliv: "photos"},
		{name: "fr revision over the limit", c: photo, ledger: Ledger{"photos": 1},
			text: "Bonjour,\n\nPourriez-vous éclaircir un peu la photo de la sortie de l'église ? Et retirer le panneau derrière nous sur la photo du discours.\n\nMerci !", want: RevisionOverLimit, wantDeliv: "photos"},
		{name: "fr excluded work in other words", c: photo,
			text: "Bonjour,\n\nSerait-il possible d'avoir aussi un petit film de la soirée ? Même deux minutes de montage, ce serait parfait.\n\nHugo", want: OutOfScope, wantExcl: "Vidéo"},
		{name: "fr one more unit by ordinal", c: photo,
			text: "Bonjour,\n\nEst-ce que vous pourriez nous faire un deuxième album pour mes parents ?\n\nJulie", want: OutOfScope, wantDeliv: "album"},
		{name: "fr earlier date than the description's", c: photo,
			text: "Bonjour,\n\nPourriez-vous nous livrer la galerie pour le 5 décembre au lieu du 18 ? Nous partons en voyage.\n\nJulie", want: OutOfScope, wantDeliv: "photos"},
		{name: "fr timing question", c: photo, text: "Bonjour,\n\nQuand pensez-vous nous envoyer la galerie ?\n\nJulie", want: InScope},
		{name: "fr client material", c: photo, text: "Bonjour,\n\nVoici la liste des photos que nous avons choisies pour l'album.\n\nBonne journée", want: InScope},
		{name: "fr payment notice", c: photo, text: "Bonjour,\n\nJe vous confirme le virement du solde ce matin.\n\nCordialement", want: NotARequest},
		{name: "fr open question", c: photo, ledger: Ledger{"album": 0},
			text: "Bonjour,\n\nPour l'album, est-ce qu'on pourrait repenser un peu l'ensemble ? Je ne sais pas trop, dites-moi ce que vous en pensez.", want: Unclear},
		{name: "fr excluded prints", c: photo,
			text: "Bonjour,\n\nNous aimerions commander des tirages en grand format de trois photos pour le salon, vous pouvez vous en charger ?", want: OutOfScope, wantExcl: "Tirages"},
		{name: "fr automated", c: photo, auto: true, text: "Je suis absente jusqu'au 3 janvier.", want: NotARequest},

		{name: "en revision", c: app, ledger: Ledger{"screens": 0},
			text: "Hi Sam,\n\nOn the dashboard screen, could you move the weekly chart above the streak counter and make the font a bit larger?\n\nThanks,\nLena", want: Revision, wantDeliv: "screens"},
		{name: "en revision over the limit", c: app, ledger: Ledger{"screens": 2},
			text: "Hi Sam,\n\nOn the dashboard screen, could you move the weekly chart above the streak counter and make the font a bit larger?\n\nThanks,\nLena", want: RevisionOverLimit, wantDeliv: "screens"},
		{name: "en excluded platform", c: app,
			text: "Hi Sam,\n\nWe'd also love an Android version before Christmas, can you look into that?\n\nLena", want: OutOfScope, wantExcl: "Android version"},
		{name: "en one more screen", c: app,
			text: "Hi Sam,\n\nCould you add a screen for nutrition tracking? Same style as the workout list.\n\nLena", want: OutOfScope, wantDeliv: "screens"},
		{name: "en number beyond quantity", c: app,
			text: "Hi Sam,\n\nWe now think we need 10 screens instead of 8, the extra two for challenges and badges.\n\nLena", want: OutOfScope, wantDeliv: "screens"},
		{name: "en thanks", c: app, text: "Thanks for the build, it works great on my phone!\n\nLena", want: NotARequest},
		{name: "en timing question", c: app, text: "Hi Sam, when will the next TestFlight build be ready?\n\nLena", want: InScope},
		{name: "en earlier deadline", c: app,
			text: "Hi Sam,\n\nCan we have everything finished by December 1st instead of the 15th? Our investor demo is on the 3rd.\n\nLena", want: OutOfScope},
		{name: "en excluded store listing", c: app,
			text: "Hi Sam,\n\nCould you also write the App Store description and prepare the store screenshots?\n\nLena", want: OutOfScope, wantExcl: "App Store listing"},
		{name: "en meeting", c: app, text: "Hi Sam,\n\nAre you free for a call on Thursday at 3pm to walk through the beta? Does that work for you?\n\nLena", want: NotARequest},
		{name: "en vague", c: app, ledger: Ledger{"screens": 1},
			text: "Hi Sam,\n\nCan you have a look at the settings screen? Something feels off.\n\nLena", want: Unclear},
		{name: "en client material", c: app, text: "Hi Sam,\n\nHere is the API documentation and the staging credentials for the sync.\n\nLena", want: InScope},
		{name: "en feature for users", c: app,
			text: "Hi Sam,\n\nOur members keep asking about this. Could users invite friends from the app and share workouts with them?\n\nLena", want: OutOfScope},
		{name: "en several requests, most serious wins", c: app, ledger: Ledger{"screens": 0},
			text: "Hi Sam,\n\nTwo things: could you make the timer digits bigger on the timer screen? And could you also build a web dashboard for our coaches?\n\nLena", want: OutOfScope},
	}
	runClassifyCases(t, "2026-11-20", tests)
}

// TestClassifyUnsoldWork checks the rules that find new work phrased as a
// favour or in other words than the contract's: making a thing no
// deliverable names, being there in person, a task to repeat, the provider
// asked to do it themselves, an excluded thing told by its meaning. The
// messages are written for the test, in trades the corpora do not have.
func TestClassifyUnsoldWork(t *testing.T) {
	archi := loadTestContract(t, "archi.toml")
	shop := loadTestContract(t, "shop.toml")
	wedding := loadTestContract(t, "wedding.toml")
	tests := []classifyCase{
		// A drawing verb whose object ("le portail", after an article, not a
		// pronoun) is no deliverable.
		{name: "fr draw a thing not sold", c: archi,
			text: "Bonjour,\n\nEst-ce que vous pourriez nous dessiner le local à vélos au fond de la parcelle, avec son abri en bois ?\n\nClaire", want: OutOfScope},
		{name: "fr pronoun before an infinitive borrows the paragraph", c: archi, ledger: Ledger{"plans": 0},
			text: "Bonjour,\n\nLa façade côté rue nous paraît un peu haute. Pourriez-vous la reprendre ?\n\nClaire", want: Revision},
		{name: "en work out a figure no deliverable gives", c: shop,
			text: "Hi,\n\nCould you work out how many boilers we should keep in stock for the winter, based on last year's orders?\n\nRuth", want: OutOfScope},
		{name: "en turn material into a new thing", c: shop,
			text: "Hi,\n\nWould you be able to take our best-selling product pages and turn them into a printed trade catalogue for the counter?\n\nRuth", want: OutOfScope},
		{name: "fr on + verb tells what we do", c: archi, ledger: Ledger{"plans": 0},
			text: "Bonjour,\n\nLe plan de l'étage est trop chargé, on trouve difficilement la salle de bains. Pourriez-vous l'alléger ?\n\nPaul", want: Revision},

		// Being there in person when no deliverable is done in person.
		{name: "fr relayed wish that the provider comes", c: archi,
			text: "Bonjour,\n\nLes travaux commencent le 4 janvier. Nous aimerions que vous passiez une fois par semaine voir si le maçon respecte vos plans.\n\nPaul", want: OutOfScope, wantExcl: "Suivi de chantier"},
		{name: "en be there on the day", c: shop,
			text: "Hi,\n\nWe open the new counter on the 3rd. Ideally you would be there to show the staff how orders come in.\n\nRuth", want: OutOfScope, wantExcl: "In-store installation"},
		{name: "fr presence sold: not new work", c: wedding,
			text: "Bonjour,\n\nPourriez-vous être présente sur place dès 14 h le jour J pour accueillir le traiteur ?\n\nInès", want: InScope},

		// A task to repeat for work sold once.
		{name: "en recurring task on one-off work", c: shop,
			text: "Hi,\n\nCould you update the stock status on the product pages every week from our warehouse sheet?\n\nRuth", want: OutOfScope},
		{name: "fr recurring task told after a pronoun", c: shop,
			text: "Bonjour,\n\nLes clients posent beaucoup de questions sur les fiches. Pourriez-vous vous en occuper ? Répondre aux questions des clients deux fois par semaine.\n\nRuth", want: OutOfScope},

		{name: "en a change to sold work next to a habit", c: shop, ledger: Ledger{"homepage": 0},
			text: "Hi,\n\nThe banner on the home page is hard to read. Could you make it bigger? Our reps look at it every week.\n\nRuth", want: Revision},

		// The provider asked to do a part left to others.
		{name: "en go in yourself", c: shop,
			text: "Hi,\n\nOur IT man is away. Could you go into the accounting software yourself and connect it so that sales get exported nightly?\n\nRuth", want: OutOfScope},
		{name: "fr vous-même", c: archi,
			text: "Bonjour,\n\nPourriez-vous déposer vous-même le dossier en mairie et relancer l'instructeur chaque semaine ?\n\nClaire", want: OutOfScope},

		// An excluded thing named by its meaning, not its keywords.
		{name: "en another language for an excluded translation", c: shop,
			text: "Hi,\n\nHalf our trade customers are from Spain. Could you set up Spanish versions of the product pages?\n\nRuth", want: OutOfScope, wantExcl: "Translation"},
		{name: "fr create something whose meaning is excluded", c: archi,
			text: "Bonjour,\n\nPour convaincre les voisins, pourriez-vous aussi préparer une petite animation qui montre l'extension sous tous les angles ?\n\nClaire", want: OutOfScope, wantExcl: "Rendus 3D"},

		// Not new work.
		{name: "en slot moved by someone else", c: shop,
			text: "Hi,\n\nTuesday 3pm won't work, our plumber's visit got moved. Could we do Wednesday at 11:00 instead?\n\nRuth", want: NotARequest},
		{name: "en on-track question", c: shop,
			text: "Hi,\n\nOur trade fair is on the 8th. Is the home page still on track for the 1st?\n\nRuth", want: InScope},
		{name: "fr on-track question", c: archi,
			text: "Bonjour,\n\nLes plans du permis sont-ils toujours prévus pour la fin du mois ?\n\nClaire", want: InScope},
		{name: "en wish relayed from a colleague is a change", c: shop, ledger: Ledger{"homepage": 0},
			text: "Hi,\n\nOur director saw the home page. She'd like the banner calmer, less red.\n\nRuth", want: Revision},
		{name: "fr a phrase keyword is no unit", c: wedding,
			text: "Bonjour,\n\nVoici la liste des invités. Nous gardons trois places pour des collègues qui nous rejoignent en mai.\n\nVous pouvez envoyer les faire-part.\n\nInès", want: InScope},
		{name: "en the programme is a noun, not a go-ahead", c: wedding,
			text: "Hi,\n\nCould you put together the programme for our guests' second day: a boat trip, a picnic and a wine tasting?\n\nInès", want: OutOfScope},
	}
	runClassifyCases(t, "2026-11-20", tests)
}

// TestClassifyGeneralCues checks general rules of language: machine names
// are not words, superlatives and recent pasts ask nothing, a thing as
// subject tells of an effect, changes of size and position, third parties'
// needs, finding and ordering on the client's behalf, leave given, asks
// told elsewhere, new things counted, the thread's subject in a reply. The
// messages are written for the test, in trades the corpora do not have
// (ceramics, garden design), with guards against each rule firing too far.
func TestClassifyGeneralCues(t *testing.T) {
	cer := loadTestContract(t, "ceramic.toml")
	garden := loadTestContract(t, "garden.toml")
	tests := []classifyCase{
		// File names, links and addresses are not words of a request.
		{name: "en words inside a file name", c: garden, ledger: Ledger{"beds": 2},
			text: "Hi Tom,\n\nThe soil report is in the shared folder as beds_move_cut_final.pdf.\n\nWhen can we expect the first planting plans?\n\nMaya", want: InScope},
		{name: "fr a change next to a file name still counts", c: cer, ledger: Ledger{"prototypes": 0},
			text: "Bonjour,\n\nPourriez-vous déplacer l'anse du bol un peu plus haut (voir croquis_bol_v2.pdf) ?\n\nMerci", want: Revision, wantDeliv: "prototypes"},

		// "Here's everything you need" offers material; it asks nothing.
		{name: "en everything you need, then material", c: garden, ledger: Ledger{"beds": 2},
			text: "Hi Tom,\n\nAs agreed, here's everything you need to get started:\n\n- the survey of the courtyard\n- photos of the six beds, the north side is too dark for roses\n\nThanks,\nMaya", want: InScope},
		{name: "fr tout ce qu'il vous faut, puis du matériau", c: cer, ledger: Ledger{"prototypes": 1},
			text: "Bonjour,\n\nComme convenu, voici tout ce qu'il vous faut pour démarrer :\n\n- les dimensions de nos tables\n- nos assiettes actuelles, trop lourdes pour le service\n\nBonne journée", want: InScope},

		// Changes of size and position.
		{name: "fr raise and widen", c: cer, ledger: Ledger{"prototypes": 0},
			text: "Bonjour,\n\nLe bol nous plaît. On pourrait remonter un peu le bord ? Et l'assiette creuse, on la voudrait plus large.\n\nMerci", want: Revision, wantDeliv: "prototypes"},
		{name: "fr raise and widen past the rounds", c: cer, ledger: Ledger{"prototypes": 1},
			text: "Bonjour,\n\nLe bol nous plaît. On pourrait remonter un peu le bord ? Et l'assiette creuse, on la voudrait plus large.\n\nMerci", want: RevisionOverLimit, wantDeliv: "prototypes"},
		{name: "en widen", c: garden, ledger: Ledger{"beds": 0},
			text: "Hi Tom,\n\nCould you widen the gap between beds 2 and 3 so a wheelchair gets through?\n\nMaya", want: Revision, wantDeliv: "beds"},
		{name: "fr a superlative describes", c: cer, ledger: Ledger{"prototypes": 1},
			text: "Bonjour,\n\nQuand pensez-vous livrer les prototypes ? Pour rappel, la carte d'hiver :\n- la daube, notre plat le plus copieux\n- le velouté, servi en bol\n\nMerci", want: InScope},
		{name: "fr recent past is no ask", c: cer, ledger: Ledger{"prototypes": 1},
			text: "Bonjour,\n\nLe chef vient de changer la carte d'hiver. Quand pensez-vous livrer les prototypes ?\n\nMerci", want: InScope},

		// Negation by a contraction.
		{name: "en hasn't moved", c: garden, ledger: Ledger{"beds": 2},
			text: "Hi Tom,\n\nThe council's inspection date hasn't moved. Could you send the planting plans when they're ready?\n\nMaya", want: InScope},
		{name: "en a change still asked after a negated clause", c: garden, ledger: Ledger{"beds": 0},
			text: "Hi Tom,\n\nCould you move the bench in bed 4 so it doesn't block the gate?\n\nMaya", want: Revision, wantDeliv: "beds"},

		// A thing as subject tells of an effect.
		{name: "en that changes a lot", c: garden, ledger: Ledger{"care": 1},
			text: "Hi Tom,\n\nWhen will the care guide be ready? The new watering rota is out. That changes a lot for our volunteers.\n\nMaya", want: InScope},
		{name: "fr ça t'ajoute", c: cer, ledger: Ledger{"nuancier": 1},
			text: "Bonjour,\n\nQuand pensez-vous livrer le nuancier ? Ça t'ajoute du travail si le chef vient jeudi ?\n\nMerci", want: InScope},
		{name: "en a modal keeps it an ask", c: garden, ledger: Ledger{"beds": 0},
			text: "Hi Tom,\n\nThe bird bath in bed 1 sits in full sun. Could it move to the shady end of the bed?\n\nMaya", want: Revision, wantDeliv: "beds"},

		// A word of service after a preposition is not the deliverable's head.
		{name: "en a guide for maintenance gets revisions", c: garden, ledger: Ledger{"care": 0},
			text: "Hi Tom,\n\nCould the guide open with the spring jobs rather than with the winter ones?\n\nMaya", want: Revision, wantDeliv: "care"},

		// A third party's need and "would that be possible".
		{name: "en they need it earlier", c: garden,
			text: "Hi Tom,\n\nThe residents voted to open the courtyard early. They need the planting plans by 10 October instead of the end of March. Would that be possible?\n\nMaya", want: OutOfScope},
		{name: "fr il lui faudrait plus tôt", c: cer,
			text: "Bonjour,\n\nLe chef change la carte plus tôt que prévu : il lui faudrait les prototypes avant le 2 octobre. Est-ce faisable ?\n\nMerci", want: OutOfScope},
		{name: "en they need it on the agreed date", c: garden,
			text: "Hi Tom,\n\nThey need the planting plans by the end of March as agreed, for the AGM.\n\nMaya", want: InScope},

		// Finding and ordering things on the client's behalf.
		{name: "fr dénicher et passer la commande", c: cer,
			text: "Bonjour,\n\nNotre fournisseur de terre est en rupture. Vous qui connaissez le métier, pourriez-vous nous en dénicher une équivalente et passer la commande pour nous ?\n\nMerci", want: OutOfScope, wantExcl: "Achat de matières"},
		{name: "en track down and place the order", c: garden,
			text: "Hi Tom,\n\nOur usual nursery has closed for good. Could you track down the shrubs on your list and place the order for us?\n\nMaya", want: OutOfScope, wantExcl: "Plant purchasing"},
		{name: "en in order to is no order", c: garden,
			text: "Hi Tom,\n\nIn order to plan the volunteers' days, could you tell us when the planting plans will be ready?\n\nMaya", want: InScope},

		// Leave given, not work asked.
		{name: "fr vous pouvez vous garer", c: cer,
			text: "Bonjour,\n\nJeudi 10 h, c'est parfait. Vous pouvez vous garer devant la cuisine, la porte de service sera ouverte.\n\nÀ jeudi", want: NotARequest},
		{name: "fr leave with work named is an ask", c: cer, ledger: Ledger{"prototypes": 0},
			text: "Bonjour,\n\nTu peux te charger de refaire l'émail de la coupelle, il a coulé.\n\nMerci", want: Revision, wantDeliv: "prototypes"},

		// An ask whose content is told elsewhere.
		{name: "en sort it accordingly", c: garden, ledger: Ledger{"beds": 1},
			text: "Hi Tom,\n\nThe association now wants the courtyard to be dog-friendly. Could you sort the planting plans accordingly?\n\nMaya", want: Unclear},
		{name: "en update accordingly is a change", c: garden, ledger: Ledger{"beds": 1},
			text: "Hi Tom,\n\nThe association now wants no thorny plants. Could you update the plant list accordingly?\n\nMaya", want: Revision, wantDeliv: "beds"},

		// New things counted.
		{name: "en four new beds", c: garden,
			text: "Hi Tom,\n\nThe council gave us the strip along the car park, so there are four new plots we'll need plans for.\n\nMaya", want: OutOfScope, wantDeliv: "beds"},
		{name: "fr deux nouveaux desserts", c: cer,
			text: "Bonjour,\n\nLe chef a revu la carte : il y a deux nouveaux desserts pour lesquels il nous faudrait des prototypes.\n\nMerci", want: OutOfScope, wantDeliv: "prototypes"},
		{name: "en the two new plans you sent are known", c: garden,
			text: "Hi Tom,\n\nCould you send the two new planting plans again as PDFs?\n\nMaya", want: InScope},

		// A thing the client added, and its deliverable asked.
		{name: "fr on a rajouté une pièce", c: cer,
			text: "Bonjour,\n\nOn a rajouté un ramequin à la carte d'hiver. Tu pourrais nous en faire le prototype en même temps que le bol ?\n\nMerci", want: OutOfScope, wantDeliv: "prototypes"},
		{name: "en material added to a folder is no new unit", c: garden,
			text: "Hi Tom,\n\nWe've added a photo of each bed to the shared folder. Could you prepare the planting plans from them?\n\nMaya", want: InScope},

		// In a reply, the thread names the work the notes are about.
		{name: "fr reply subject outweighs one keyword", c: cer, ledger: Ledger{"prototypes": 1, "nuancier": 0},
			subject: "RE: Nuancier d'émaux",
			text:    "Bonjour,\n\nMerci pour l'envoi, deux remarques :\n- bol : le vert est trop sombre, il faudrait l'éclaircir ;\n- le bleu manque de profondeur sur le grès clair.\n\nCordialement", want: Revision, wantDeliv: "nuancier"},
		{name: "fr a fresh subject only hints", c: cer, ledger: Ledger{"prototypes": 1, "nuancier": 0},
			subject: "Nuancier d'émaux",
			text:    "Bonjour,\n\nAutre chose : sur le prototype du bol et de la coupelle, l'anse est trop fine, il faudrait l'épaissir.\n\nCordialement", want: RevisionOverLimit, wantDeliv: "prototypes"},
	}
	runClassifyCases(t, "2026-09-10", tests)
}

func TestServiceName(t *testing.T) {
	for name, want := range map[string]bool{
		"guide for maintenance": false,
		"case for support":      false,
		"plan de suivi":         false,
		"garden maintenance":    true,
		"gestion de l agenda":   true,
		"customer support desk": true,
		"suivi de chantier":     true,
	} {
		if got := serviceName(name); got != want {
			t.Errorf("serviceName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestClassifyStructure checks rules of structure that keep a "no" from
// being drafted to a client asking for a change, an included thing or a
// look at work already made: a change with no named target, numbers that
// measure rather than count, dates that set an occasion rather than a
// delivery, nouns an exclusion shares with a change, nouns inside a time
// phrase, a phrase keyword counted once. The messages are written for the
// test, in trades the corpora do not have (sign painting, garden design,
// ceramics, architecture, app design), each rule with a guard that real
// new work, real extra units and real earlier deadlines are still caught.
func TestClassifyStructure(t *testing.T) {
	signs := loadTestContract(t, "signs.toml")
	garden := loadTestContract(t, "garden.toml")
	cer := loadTestContract(t, "ceramic.toml")
	archi := loadTestContract(t, "archi.toml")
	app := loadTestContract(t, "app.toml")
	shop := loadTestContract(t, "shop.toml")
	tests := []classifyCase{
		// 1. A change of tone or wording with no target named is a change
		// to the work under discussion, else a question; never new work.
		{name: "en tone change, a bit less, in a reply", c: signs, ledger: Ledger{"fascia": 1}, subject: "Re: Shopfront sign proof",
			text: "Hi Jo,\n\nLovely proof. Also, could the wording on the lower line be a bit less formal?\n\nSam", want: RevisionOverLimit, wantDeliv: "fascia"},
		{name: "en be more + adjective is a change", c: signs, ledger: Ledger{"fascia": 0}, subject: "Re: Shopfront sign proof",
			text: "Hi Jo,\n\nAlso, could the tagline be more playful? It reads like a bank.\n\nSam", want: Revision, wantDeliv: "fascia"},
		{name: "fr soit plus + adjectif est une modification", c: cer, ledger: Ledger{"prototypes": 0},
			text: "Bonjour,\n\nAussi, il faudrait que le pied du bol soit plus discret.\n\nMerci", want: Revision, wantDeliv: "prototypes"},
		{name: "en tone change with nothing to point at is a question", c: signs,
			text: "Hi Jo,\n\nAlso, could it all be a bit less formal?\n\nSam", want: Unclear},
		{name: "en guard: also making a thing no deliverable is", c: signs,
			text: "Hi Jo,\n\nCould you also design a logo for our delivery van?\n\nSam", want: OutOfScope},

		// 2. A number before a measure or another noun counts that, not
		// the deliverable's units.
		{name: "en acres are no beds", c: garden,
			text: "Hi Tom,\n\nHere is the survey: 9 acres, beds as well as lawns.\n\nCould you send the planting plans when they're ready?\n\nMaya", want: InScope},
		{name: "fr des mètres ne sont pas des pièces", c: cer,
			text: "Bonjour,\n\nPour info, la salle du fond fait 9 mètres, pièces de service comprises aussi.\n\nQuand pensez-vous livrer les prototypes ?\n\nMerci", want: InScope},
		{name: "en guard: a count with an adjective", c: garden,
			text: "Hi Tom,\n\nCould you plan 9 raised beds rather than six?\n\nMaya", want: OutOfScope, wantDeliv: "beds"},
		{name: "en guard: extra units", c: garden,
			text: "Hi Tom,\n\nCould you also do planting plans for two extra beds by the gate?\n\nMaya", want: OutOfScope, wantDeliv: "beds"},
		{name: "fr guard: pièces supplémentaires", c: cer,
			text: "Bonjour,\n\nPourriez-vous prévoir deux pièces supplémentaires, un pot à lait et un sucrier ?\n\nMerci", want: OutOfScope},

		// 3. A date that sets an occasion is no earlier deadline.
		{name: "fr avant le premier rendez-vous", c: archi, ledger: Ledger{"plans": 0},
			text: "Bonjour,\n\nAvant le premier rendez-vous de lundi avec le voisin, pourriez-vous reprendre la façade côté rue ?\n\nClaire", want: Revision, wantDeliv: "plans"},
		{name: "en a date that belongs to an event", c: garden, ledger: Ledger{"beds": 0},
			text: "Hi Tom,\n\nBefore the inspection on Oct 14, could you swap the roses in bed 2 for lavender?\n\nMaya", want: Revision, wantDeliv: "beds"},
		{name: "fr une date qui est celle d'une visite", c: archi, ledger: Ledger{"plans": 0},
			text: "Bonjour,\n\nAvant le relevé du 5 octobre, pourriez-vous reprendre la façade côté rue ?\n\nClaire", want: Revision, wantDeliv: "plans"},
		{name: "fr guard: rendre plus tôt", c: archi,
			text: "Bonjour,\n\nPourriez-vous nous rendre les esquisses avant le 2 octobre ?\n\nClaire", want: OutOfScope, wantDeliv: "esquisses"},
		{name: "en guard: changes and ready earlier", c: garden, ledger: Ledger{"beds": 0},
			text: "Hi Tom,\n\nCould you swap the roses for lavender and have the planting plans ready by 1 October instead of March?\n\nMaya", want: OutOfScope},

		// 4. A change to existing content is no excluded work because a
		// neighbouring sentence or a shared noun names an exclusion.
		{name: "en rename next to an excluded keyword", c: shop, ledger: Ledger{"product-pages": 0},
			text: "Hi,\n\nOur supplier sent new product photos last week. Could you also call the boiler range 'Heating' rather than 'Boilers', as in the post-launch mailing?\n\nRuth", want: Revision},
		{name: "fr renommer à côté d'un mot exclu", c: archi, ledger: Ledger{"plans": 0},
			text: "Bonjour,\n\nLe paysagiste nous a envoyé son plan du jardin. Pourriez-vous aussi appeler la pièce du fond « bureau » plutôt que « chambre » ?\n\nClaire", want: Revision},
		{name: "en guard: a change that asks for excluded work", c: shop,
			text: "Hi,\n\nCould you swap the banner for product photos from a new photo shoot?\n\nRuth", want: OutOfScope, wantExcl: "Product photography"},
		{name: "fr guard: remplacer par une clôture", c: archi,
			text: "Bonjour,\n\nPourriez-vous remplacer la haie par une clôture en bois et dessiner le portail ?\n\nClaire", want: OutOfScope, wantExcl: "Aménagement extérieur"},
		{name: "en asked to explore, not to make the excluded thing", c: app,
			text: "Hi Sam,\n\nCould you explore what it would look like if users could open their workouts from Google Play?\n\nLena", want: Unclear},
		{name: "en guard: an excluded thing asked with an open question", c: app,
			text: "Hi Sam,\n\nCould you also build an Android version? What do you think?\n\nLena", want: OutOfScope, wantExcl: "Android version"},

		// 5. A noun inside a time phrase is no object; seeing work made is
		// in scope; another look is no other unit.
		{name: "en before our design review", c: app, ledger: Ledger{"screens": 1},
			text: "Hi Sam,\n\nI'd like to watch the timer demo again before our design review on Friday.\n\nLena", want: InScope, wantDeliv: "screens"},
		{name: "fr avant la création du livre", c: loadTestContract(t, "photo.toml"), ledger: Ledger{"photos": 1},
			text: "Bonjour,\n\nJ'aimerais montrer les images du cocktail à ma mère avant la création du livre.\n\nJulie", want: InScope, wantDeliv: "photos"},
		{name: "en guard: a making verb after a time phrase", c: app,
			text: "Hi Sam,\n\nBefore the launch, could you design a loyalty card for the counter?\n\nLena", want: OutOfScope},
		{name: "fr guard: dessiner après une date", c: archi,
			text: "Bonjour,\n\nAvant la fin du mois, pourriez-vous nous dessiner une véranda ?\n\nClaire", want: OutOfScope},
		{name: "en take another look is no extra unit", c: garden, ledger: Ledger{"beds": 1},
			text: "Hi Tom,\n\nCould you take another look at the beds by the gate? The residents feel they're too bare.\n\nMaya", want: Unclear},
		{name: "en guard: another unit", c: garden,
			text: "Hi Tom,\n\nCould you add another bed by the gate?\n\nMaya", want: OutOfScope, wantDeliv: "beds"},

		// More of covered work with no verb of making: included or extra?
		{name: "en the same for ours", c: garden, ledger: Ledger{"beds": 1},
			text: "Hi Tom,\n\nThe chair saw the spring planting plans at the library garden; she'd like the same for our courtyard.\n\nMaya", want: Unclear},
		{name: "en guard: the same for a thing not sold", c: garden,
			text: "Hi Tom,\n\nCould you do the same for the car park hedges?\n\nMaya", want: OutOfScope},

		// Someone else's action asked about is no change asked.
		{name: "en does he need to move", c: garden, ledger: Ledger{"beds": 2},
			text: "Hi Tom,\n\nOne question from the caretaker: does he need to move the bins out of the courtyard before you survey the beds?\n\nMaya", want: InScope},

		// A phrase keyword names its deliverable once.
		{name: "en a phrase keyword counts once", c: signs, ledger: Ledger{"fascia": 0}, subject: "Re: sign and menu boards",
			text: "Hi Jo,\n\nA few notes:\n- the red is too loud, could you tone it down?\n- the gold could be warmer.\n\nSam", want: Revision, wantDeliv: "fascia"},
		{name: "en guard: the menu boards named", c: signs, ledger: Ledger{"fascia": 0, "menus": 0}, subject: "Re: sign and menu boards",
			text: "Hi Jo,\n\nOn the menu boards, the prices are too small, could you make them bigger?\n\nSam", want: Revision, wantDeliv: "menus"},
	}
	runClassifyCases(t, "2026-09-10", tests)
}

// TestClassifyGrammar checks rules read from the grammar of a request:
// who does what, what is made from what, what a pronoun stands for.
func TestClassifyGrammar(t *testing.T) {
	garden := loadTestContract(t, "garden.toml")
	archi := loadTestContract(t, "archi.toml")
	app := loadTestContract(t, "app.toml")
	tests := []classifyCase{
		// A timing question asks when, even with "do you think".
		{name: "en when do you think is a timing question", c: garden,
			text: "Hi Tom,\n\nJust so I can tell the committee: roughly when do you think the planting plans will be ready?\n\nMaya", want: InScope, wantDeliv: "beds"},
		{name: "en guard: do you think stays open", c: garden, ledger: Ledger{"beds": 1},
			text: "Hi Tom,\n\nDo you think the beds by the gate could work better somehow? Not sure.\n\nMaya", want: Unclear},
		{name: "en when will we see a first draft", c: garden, subject: "Re: care guide",
			text: "Hi Tom,\n\nWhen might we see a first draft of the care guide?\n\nMaya", want: InScope, wantDeliv: "care"},

		// "make it" with no complement is attending; with one, a change.
		{name: "en make it is attending", c: garden,
			text: "Hi Tom,\n\nShall we meet in the courtyard on Tuesday at 10am? The caretaker can make it too. Does that work for you?\n\nMaya", want: NotARequest},
		{name: "en guard: make it wider", c: garden, ledger: Ledger{"beds": 0},
			text: "Hi Tom,\n\nThe bed by the gate feels cramped. Could you make it wider?\n\nMaya", want: Revision, wantDeliv: "beds"},

		// The provider's preference asked is no change.
		{name: "en would you rather", c: garden, ledger: Ledger{"beds": 2},
			text: "Hi Tom,\n\nHere is the survey of the courtyard for the planting plans. Would you rather get the photos by email or on a USB stick?\n\nMaya", want: InScope},
		{name: "fr tu préfères", c: archi, ledger: Ledger{"plans": 1},
			text: "Bonjour,\n\nVoici le relevé du terrain pour les plans du permis. Tu préfères recevoir les photos par mail ou sur une clé ?\n\nClaire", want: InScope},
		{name: "en guard: we'd rather is a change", c: garden, ledger: Ledger{"beds": 0},
			text: "Hi Tom,\n\nOn the planting plans, could you use lavender rather than box in bed 2?\n\nMaya", want: Revision, wantDeliv: "beds"},

		// What the sender must do is told, not asked; what is made is the
		// object of the verb, not the material it draws on.
		{name: "en a speech drawing on the deliverable", c: garden,
			text: "Hi Tom,\n\nAt the opening I'm supposed to say a few words about the garden. Could you write me a short speech drawing on the planting plans?\n\nMaya", want: OutOfScope},
		{name: "fr un article à partir de la notice", c: archi,
			text: "Bonjour,\n\nPourriez-vous nous rédiger un article pour le bulletin de la commune à partir de la notice ?\n\nClaire", want: OutOfScope},
		{name: "en guard: a deliverable based on material", c: garden,
			text: "Hi Tom,\n\nCould you write the plant list for bed 3 based on the soil survey?\n\nMaya", want: InScope, wantDeliv: "beds"},

		// "c'est dans ce sens que" is a cleft, not "along those lines".
		{name: "fr dans ce sens que", c: archi, ledger: Ledger{"plans": 0}, subject: "Re: plans du permis",
			text: "Bonjour,\n\nNos remarques :\n- pourriez-vous mettre l'escalier à gauche sur les plans, c'est dans ce sens que nous circulons ;\n- la coupe est parfaite.\n\nClaire", want: Revision, wantDeliv: "plans"},
		{name: "fr guard: retravailler dans ce sens", c: archi, ledger: Ledger{"esquisses": 0},
			text: "Bonjour,\n\nPour les esquisses, pouvez-vous aller dans ce sens ?\n\nClaire", want: Unclear},

		// A word of making after a determiner is a noun.
		{name: "en a little drawing instead of a number", c: app, ledger: Ledger{"screens": 2},
			text: "Hi Sam,\n\nOn the timer screen, could you show the rest period as a little drawing rather than a number?\n\nLena", want: RevisionOverLimit, wantDeliv: "screens"},

		// Counting more units: "N X de plus", and things counted before
		// and added by a pronoun.
		{name: "fr deux esquisses de plus", c: archi,
			text: "Bonjour,\n\nPourriez-vous étudier aussi l'annexe côté rue ? Ça ferait deux esquisses de plus.\n\nClaire", want: OutOfScope, wantDeliv: "esquisses"},
		{name: "fr guard: de plus en tête de phrase", c: archi,
			text: "Bonjour,\n\nMerci pour les deux esquisses. De plus, pourriez-vous nous envoyer les plans du permis ?\n\nClaire", want: InScope},
		{name: "en three screens added by a pronoun", c: app, ledger: Ledger{"screens": 0},
			text: "Hi Sam,\n\nProduct signed off the rewards feature yesterday: that's 3 screens, same style as the dashboard.\n\nCould you add them to the app with the others?\n\nLena", want: OutOfScope, wantDeliv: "screens"},
		{name: "en guard: photos added are material", c: garden, ledger: Ledger{"beds": 0},
			text: "Hi Tom,\n\nHere are 3 photos of the courtyard at noon. Could you add them to the planting plans?\n\nMaya", want: Revision, wantDeliv: "beds"},

		// A bare feasibility question asks for the sentence before.
		{name: "fr c'est jouable après une date", c: archi,
			text: "Bonjour,\n\nLe notaire doit avoir les esquisses le 2 octobre au plus tard. C'est jouable ?\n\nClaire", want: OutOfScope, wantDeliv: "esquisses"},
		{name: "en is that doable after a date", c: app,
			text: "Hi Sam,\n\nOur investors need the screens finished by November 20. Is that doable?\n\nLena", want: OutOfScope},
		{name: "fr guard: la date convenue", c: archi,
			text: "Bonjour,\n\nLe notaire doit avoir les esquisses le 16 octobre comme convenu. C'est jouable ?\n\nClaire", want: InScope},

		// A wish told as "the idea would be that you…" asks.
		{name: "fr l'idée serait que vous", c: archi,
			text: "Bonjour,\n\nL'idée ce serait que vous veniez aux réunions de chantier chaque semaine.\n\nClaire", want: OutOfScope},
		{name: "en the idea would be for you", c: garden,
			text: "Hi Tom,\n\nThe idea would be for you to order the plants from the nursery directly.\n\nMaya", want: OutOfScope, wantExcl: "Plant purchasing"},
		{name: "fr guard: l'idée c'est de garder", c: archi,
			text: "Bonjour,\n\nPetite nouvelle : l'idée, c'est de garder le vieux tilleul.\n\nClaire", want: NotARequest},

		// Adding "something" leaves open what is added.
		{name: "en add something to a delivered guide", c: garden, ledger: Ledger{"care": 0},
			text: "Hi Tom,\n\nCould you add something on composting to the care guide?\n\nMaya", want: Unclear, wantDeliv: "care"},
		{name: "fr ajouter quelque chose à la notice", c: archi, ledger: Ledger{"notice": 0},
			text: "Bonjour,\n\nPourriez-vous ajouter quelque chose sur l'isolation dans la notice descriptive ?\n\nClaire", want: Unclear, wantDeliv: "notice"},
		{name: "en guard: add a named thing", c: garden, ledger: Ledger{"care": 0},
			text: "Hi Tom,\n\nCould you add the pruning dates for the roses to the care guide?\n\nMaya", want: Revision, wantDeliv: "care"},

		// An open verb pointing back at the changes told is a change.
		{name: "en rethink those two after notes", c: garden, ledger: Ledger{"beds": 0}, subject: "Re: planting plans",
			text: "Hi Tom,\n\nThe bed by the gate looks far too bare, and the one by the bench is too dense for the path.\n\nCould you rethink those two?\n\nMaya", want: Revision, wantDeliv: "beds"},
		{name: "en guard: something left open", c: garden, ledger: Ledger{"beds": 0}, subject: "Re: planting plans",
			text: "Hi Tom,\n\nThe bed by the gate looks far too bare.\n\nCould you take another look at it and get us something that feels fuller?\n\nMaya", want: Unclear},

		// The client's own purpose is no change asked.
		{name: "fr qu'on puisse la modifier", c: archi,
			text: "Bonjour,\n\nPourriez-vous nous envoyer la notice descriptive en Word, qu'on puisse la modifier nous-mêmes ?\n\nClaire", want: InScope, wantDeliv: "notice"},
		{name: "en so we can update it", c: garden,
			text: "Hi Tom,\n\nCould you send the plant list as a spreadsheet so we can update it ourselves?\n\nMaya", want: InScope, wantDeliv: "beds"},
		// A thing compared with another is described, not changed.
		{name: "en guard: compared, not asked", c: garden,
			text: "Hi Tom,\n\nWe're opening a second courtyard in May, with a bed of its own, smaller than ours.\n\nCould you send the plant list?\n\nMaya", want: InScope},
	}
	runClassifyCases(t, "2026-09-10", tests)
}

// Structural readings: compounds, measures, noun phrases after a verb of
// being, someone else's doings and wishes, footers, and changes read from a
// quality alone.
func TestClassifyReadings(t *testing.T) {
	tutor := loadTestContract(t, "tutor.toml")
	archi := loadTestContract(t, "archi.toml")
	tests := []classifyCase{
		// A compound that repeats a word is found only side by side.
		{name: "en one thing is no one-to-one", c: tutor,
			text: "Hi Ana,\n\nOne question: could you write the warm-ups into the practice sheets on Monday?\n\nRuth", want: InScope},
		{name: "en guard: one-to-one lessons asked", c: tutor,
			text: "Hi Ana,\n\nCould you give Leo a few one-to-one lessons before the recital?\n\nRuth", want: OutOfScope, wantExcl: "One-to-one lessons"},

		// A number that completes a measure is no count.
		{name: "fr secondes d'une durée", c: tutor, ledger: Ledger{"tracks": 0},
			text: "Bonjour Ana,\n\nLe chant dure maintenant 2 min 25 au lieu de 2 min 10. Peux-tu mettre le backing track à jour ?\n\nRuth", want: Revision},
		{name: "en seconds of a length", c: tutor, ledger: Ledger{"tracks": 0},
			text: "Hi Ana,\n\nThe song now lasts 2 min 40 instead of 2 min 15. Could you update the backing track?\n\nRuth", want: Revision, wantDeliv: "tracks"},
		{name: "en guard: a count replaced", c: tutor,
			text: "Hi Ana,\n\nCould we have 4 backing tracks instead of 2?\n\nRuth", want: OutOfScope, wantDeliv: "tracks"},

		// After a verb of being, the determiner opens a noun phrase.
		{name: "en be the easy run", c: tutor, ledger: Ledger{"sheets": 0},
			text: "Hi Ana,\n\nOur notes on the sheets:\n\n1. Please move the scales to Mondays in the practice sheets. Friday can be the short easy run instead.\n2. Could the warm-ups start with the left hand?\n\nRuth", want: Revision, wantDeliv: "sheets"},
		{name: "en guard: run a workshop", c: tutor,
			text: "Hi Ana,\n\nCould you run a workshop for the parents in March?\n\nRuth", want: OutOfScope},

		// A third person's doing or opinion is reported, not asked.
		{name: "fr il trouve, il voudrait", c: tutor, ledger: Ledger{"sheets": 1},
			text: "Bonjour Ana,\n\nLe directeur a relu les fiches : il trouve les échauffements difficiles à suivre, il voudrait « 4 temps » plutôt que « quatre temps » dans les fiches.\n\nRuth", want: RevisionOverLimit, wantDeliv: "sheets"},
		{name: "fr guard: tu pourrais trouver", c: tutor,
			text: "Bonjour Ana,\n\nEst-ce que tu pourrais nous trouver une salle pour le concert ?\n\nRuth", want: OutOfScope},

		// The sender's own wish to act asks nothing of the provider.
		{name: "en I'd like to set up", c: tutor,
			text: "Hi Ana,\n\nCould you send the practice sheets as PDFs? I'd like to set up the choir calendar before the parents' evening.\n\nRuth", want: InScope},
		{name: "en guard: I'd like you to set up", c: tutor,
			text: "Hi Ana,\n\nI'd like you to set up an online booking page for the pupils.\n\nRuth", want: OutOfScope},

		// A footer addressed to whoever gets the mail by mistake.
		{name: "en addressee footer", c: tutor,
			text: "Hi Ana,\n\nWhen will the practice sheets be ready?\n\nRuth\n\nThis message is intended only for the addressee; if you received it in error, please delete it and let us know.", want: InScope},

		// A quality wished for, with no work named and no verb of change,
		// is no refusal.
		{name: "en feel special, nothing named", c: tutor, ledger: Ledger{"programme": 1}, subject: "Tea after the concert",
			text: "Hi Ana,\n\nThe head will host tea in the garden after the concert, and she'd like it to feel a bit more festive than last year.\n\nRuth", want: Unclear},
		{name: "en guard: programme named", c: tutor, ledger: Ledger{"programme": 1}, subject: "Re: recital programme",
			text: "Hi Ana,\n\nCould the running order be a bit shorter?\n\nRuth", want: RevisionOverLimit, wantDeliv: "programme"},

		// A "too" that ends the clause adds: with no verb of making, the
		// sentences around may name what it extends; a count stays a count.
		{name: "en too, neighbour names the work", c: tutor, ledger: Ledger{"programme": 1},
			text: "Hi Ana,\n\nCould the pupils get something to take home too? Maybe the leftover programmes from the recital could be handed out at the door.\n\nRuth", want: Unclear, wantDeliv: "programme"},
		{name: "fr aussi, la phrase voisine nomme le travail", c: tutor, ledger: Ledger{"programme": 1},
			text: "Bonjour Ana,\n\nEst-ce qu'on pourrait avoir quelque chose pour le jardin aussi ? Le programme du récital pourrait peut-être être affiché à l'entrée.\n\nRuth", want: Unclear, wantDeliv: "programme"},
		{name: "en guard: counted more, too", c: tutor,
			text: "Hi Ana,\n\nCould we have three more songs recorded too? The two backing tracks went down really well.\n\nRuth", want: OutOfScope},
		{name: "fr guard: trois de plus", c: tutor,
			text: "Bonjour Ana,\n\nLes deux backing tracks sont superbes. Tu pourrais en caser trois de plus ?\n\nRuth", want: OutOfScope},
		// A version with an indefinite article is a new variant of the work.
		{name: "en a version for another group", c: tutor,
			text: "Hi Ana,\n\nCould you make us a version of the practice sheets for the senior choir?\n\nRuth", want: Unclear, wantDeliv: "sheets"},
		{name: "fr une version pour la banque", c: archi,
			text: "Bonjour,\n\nPourriez-vous nous préparer une version de la notice descriptive pour la banque ?\n\nClaire", want: Unclear, wantDeliv: "notice"},
		{name: "en guard: the final version", c: tutor,
			text: "Hi Ana,\n\nCould you send the final version of the practice sheets?\n\nRuth", want: InScope, wantDeliv: "sheets"},
		{name: "fr guard: la version PDF", c: archi,
			text: "Bonjour,\n\nPourriez-vous m'envoyer la version PDF de la notice descriptive ?\n\nClaire", want: InScope, wantDeliv: "notice"},
		// Before an adjective, "too" is excess.
		{name: "en guard: too before its adjective", c: tutor, ledger: Ledger{"tracks": 0},
			text: "Hi Ana,\n\nThe second backing track is too fast for the little ones, could you slow it down?\n\nRuth", want: Revision, wantDeliv: "tracks"},
	}
	runClassifyCases(t, "2026-11-10", tests)
}
