package notify

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/message"
)

const replyCorpusDir = "../../shared/corpus"

// replyCase is a corpus case file.
type replyCase struct {
	ID       string
	Contract string `toml:"contract"`
	State    struct {
		RevisionsUsed map[string]int `toml:"revisions_used"`
		Today         contracts.Date `toml:"today"`
	} `toml:"state"`
	Expect struct {
		Verdict     string `toml:"verdict"`
		Deliverable string `toml:"deliverable"`
	} `toml:"expect"`
	Language string // from the first-line comment
}

// replyFacts are what a careful reader (and the engine, once ready) takes
// from each pushback case beyond its labelled verdict, and the change-order
// amount the contract's rates give for it, worked out by hand.
type replyFacts struct {
	deliverable string // overrides the label (a quantity the label leaves out)
	exclusion   string
	quantity    int
	earlier     string
	tension     bool
	request     string
	amount      float64
}

var replyCorpusFacts = map[string]replyFacts{
	// brume-sillon-identite: 70/h; extra round 140, concept 450, card 60, translation 520.
	"d004": {amount: 140},
	"d005": {amount: 140, tension: true},
	"d006": {quantity: 3, amount: 450, request: "Est-ce que vous pourriez nous proposer une troisième piste, plus minimaliste, juste un monogramme « S » par exemple ?"},
	"d007": {amount: 520, request: "On aurait besoin aussi d'une version anglaise pour nos distributeurs aux Pays-Bas et en Allemagne, idéalement avec la même mise en page."},
	"d008": {exclusion: "Site web", amount: 40 * 70},
	"d009": {amount: 8 * 70, request: "Pour l’occasion, pourriez-vous nous préparer un kakémono 85 × 200 cm et une plaquette trois volets qui présente nos capteurs, avec la nouvelle identité ?"},
	"d010": {earlier: "2026-11-30", tension: true, amount: 4 * 70},
	"d011": {quantity: 4, amount: 60},
	"d017": {amount: 140},
	"d019": {amount: 140},
	"d020": {amount: 140},
	// sg-rivault-assistanat: 38/h; no rate for a revision round.
	"d037": {amount: 2 * 38},
	"d038": {amount: 2 * 38},
	"d039": {amount: 2 * 38, tension: true},
	"d040": {exclusion: "Comptabilité", amount: 10 * 38, request: "Sophie tu peux relancer les trois clients qui n’ont toujours pas payé leur facture d’octobre ?"},
	"d041": {amount: 45, request: "Peux-tu nous trouver deux allers-retours en train depuis Angers et deux chambres pas trop loin d'Eurexpo ?"},
	"d042": {quantity: 3, amount: 190},
	"d043": {amount: 8 * 38, request: "Est-ce que tu pourrais décrocher à ma place ?"},
	"d044": {earlier: "2026-12-01", amount: 4 * 38},
	"d045": {exclusion: "Réseaux sociaux", amount: 6 * 38},
	// harbourpine-brightwater: 55/h; extra round 165, page 420.
	"d064": {amount: 165},
	"d065": {amount: 165},
	"d066": {amount: 165, tension: true, request: "The consent text needs to sit under the Send button, not above it."},
	"d067": {amount: 165},
	"d068": {exclusion: "Copywriting", amount: 6 * 55, request: "Could you put something together for us?"},
	"d069": {deliverable: "build", quantity: 6, amount: 420, request: "Could we add a page for it on the new site?"},
	"d070": {earlier: "2026-11-20", amount: 4 * 55},
	"d071": {exclusion: "Hosting, domain and email", amount: 4 * 55},
	"d072": {amount: 8 * 55, request: "Could people buy gift vouchers directly on the site?"},
	// jtsocial-northline: 60/h; extra round 120, post 85, reel 240.
	"d087": {amount: 120},
	"d088": {amount: 120, tension: true},
	"d089": {amount: 120},
	"d090": {amount: 120},
	"d091": {quantity: 15, amount: 3 * 85, request: "For December we'd like 15 posts instead of 12: the extra three would cover the Boxing Day sale (Dec 26, 27 and 28)."},
	"d092": {exclusion: "Paid advertising", amount: 6 * 60},
	// Opening and running a new account: no rate fits (a reel is one video
	// edited, not an account run), so the default estimate.
	"d093": {amount: 8 * 60, request: "On aimerait ouvrir un compte pis y mettre nos vidéos de latte art (on en a plein sur nos téléphones)."},
	"d094": {earlier: "2026-11-16", amount: 4 * 60},
	"d095": {exclusion: "Community management", amount: 10 * 60},
}

func replyLoadCorpus(t testing.TB) (*contracts.Book, []*replyCase) {
	t.Helper()
	book, err := contracts.LoadDir(filepath.Join(replyCorpusDir, "contracts"))
	if err != nil {
		t.Fatalf("loading corpus contracts: %v", err)
	}
	paths, _ := filepath.Glob(filepath.Join(replyCorpusDir, "cases", "*.toml"))
	if len(paths) == 0 {
		t.Fatalf("no corpus cases under %s", replyCorpusDir)
	}
	var cases []*replyCase
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var c replyCase
		if _, err := toml.Decode(string(data), &c); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		c.ID = strings.TrimSuffix(filepath.Base(p), ".toml")
		if m := regexp.MustCompile(`language of the new text: (\w+)`).FindSubmatch(data); m != nil {
			c.Language = string(m[1])
		}
		cases = append(cases, &c)
	}
	return book, cases
}

func replyReadCase(t testing.TB, id string) *message.Message {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(replyCorpusDir, "cases", id+".eml"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := message.Read(raw)
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return m
}

// replyCaseInput builds the input of a case from its labels and facts.
func replyCaseInput(c *contracts.Contract, rc *replyCase, m *message.Message) ReplyInput {
	f := replyCorpusFacts[rc.ID]
	r := contracts.Result{
		Verdict: contracts.Verdict(rc.Expect.Verdict), Contract: c.ID, Deliverable: rc.Expect.Deliverable,
		Language: rc.Language, Exclusion: f.exclusion, Quantity: f.quantity, EarlierDate: f.earlier,
		Tension: f.tension, Request: f.request,
	}
	if f.deliverable != "" {
		r.Deliverable = f.deliverable
	}
	if d := c.Deliverable(r.Deliverable); d != nil {
		r.RoundsIncluded, r.RoundsUsed = d.Revisions, rc.State.RevisionsUsed[d.ID]
	}
	return ReplyInput{
		Contract: c, Result: r, Message: m, ChangeOrderNumber: "CO-2026-001",
		Replies: config.Replies{LastRoundNotice: true, ValidityDays: 30, AnswerDays: 3},
		Now:     rc.State.Today.Time.Add(9 * time.Hour),
	}
}

func TestCorpusReplies(t *testing.T) {
	book, cases := replyLoadCorpus(t)
	comp, err := NewComposer("")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, rc := range cases {
		v := contracts.Verdict(rc.Expect.Verdict)
		if !v.Pushback() {
			continue
		}
		t.Run(rc.ID, func(t *testing.T) {
			f, ok := replyCorpusFacts[rc.ID]
			if !ok {
				t.Fatalf("no facts for pushback case %s: add it to replyCorpusFacts", rc.ID)
			}
			c := book.Get(rc.Contract)
			in := replyCaseInput(c, rc, replyReadCase(t, rc.ID))
			r, err := comp.Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			replyCheck(t, c, in, r)
			if r.ChangeOrder == nil {
				t.Fatal("no change order")
			}
			if got := r.ChangeOrder.Amount; got != f.amount {
				t.Errorf("change order amount = %v, want %v (basis %s)", got, f.amount, r.ChangeOrder.Basis)
			}
			// A change order is one page: its signature blocks never
			// spill alone onto a second one.
			if !bytes.Contains(r.PDF, []byte("/Count 1\n")) {
				t.Errorf("change order has more than one page")
			}
		})
		checked++
	}
	for _, rc := range cases {
		if rc.Expect.Verdict != string(contracts.Unclear) {
			continue
		}
		t.Run(rc.ID, func(t *testing.T) {
			c := book.Get(rc.Contract)
			in := replyCaseInput(c, rc, replyReadCase(t, rc.ID))
			r, err := comp.Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			if r == nil || r.ChangeOrder != nil || r.PDF != nil {
				t.Fatalf("unclear: want a clarifying reply without change order, got %+v", r)
			}
			p := r.Parts
			if p.Acknowledge == "" || p.Explain == "" || len(p.Alternatives) < 1 || len(p.Alternatives) > 2 {
				t.Errorf("want a restatement and one or two questions: %+v", p)
			}
			if !strings.Contains(p.NextStep, "appel") && !strings.Contains(p.NextStep, "call") {
				t.Errorf("next step offers no call: %s", p.NextStep)
			}
			if got, want := replyLangOf(r.Text), rc.Language; got != want {
				t.Errorf("reply reads as %s, want %s", got, want)
			}
		})
	}
	if checked != 38 {
		t.Errorf("checked %d pushback cases, want the corpus' 38", checked)
	}
}

// TestCorpusRepliesEngine composes replies from the real engine's verdicts
// wherever it pushes back, and checks the same qualities (the amount is the
// engine's business: its facts may differ from the hand-made ones).
func TestCorpusRepliesEngine(t *testing.T) {
	book, cases := replyLoadCorpus(t)
	comp, err := NewComposer("")
	if err != nil {
		t.Fatal(err)
	}
	eng := contracts.NewEngine()
	n := 0
	for _, rc := range cases {
		c := book.Get(rc.Contract)
		m := replyReadCase(t, rc.ID)
		ledger := contracts.Ledger(rc.State.RevisionsUsed)
		res := eng.Classify(c, contracts.Input{Subject: m.Subject, Text: m.Text, Today: rc.State.Today.Time}, ledger)
		if !res.Verdict.Pushback() {
			continue
		}
		n++
		t.Run(rc.ID, func(t *testing.T) {
			in := ReplyInput{Contract: c, Result: res, Message: m, ChangeOrderNumber: "CO-2026-001",
				Replies: config.Replies{ValidityDays: 30, AnswerDays: 3}, Now: rc.State.Today.Time}
			r, err := comp.Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			replyCheck(t, c, in, r)
		})
	}
	t.Logf("engine pushed back on %d cases", n)
}

var replyStopWords = map[string][]string{
	"fr": {"le", "la", "les", "de", "des", "et", "vous", "pour", "est", "une", "que", "sur", "notre", "avec", "je"},
	"en": {"the", "and", "to", "of", "you", "for", "is", "this", "our", "with", "it", "by", "be", "i"},
}

// replyLangOf is a stop-word language detector, independent of the code.
func replyLangOf(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 0xC0)
	})
	score := map[string]int{}
	for _, w := range words {
		for lang, list := range replyStopWords {
			for _, sw := range list {
				if w == sw {
					score[lang]++
				}
			}
		}
	}
	if score["fr"] > score["en"] {
		return "fr"
	}
	return "en"
}

var replyForbidden = []string{"toujours", "jamais", "always", "never", "you should have", "as i said",
	"as i told you", "obviously", "évidemment", "comme je vous l'ai dit", "comme déjà dit", "clearly",
	"you failed", "your fault", "votre faute", "il aurait fallu"}

// replyCheck holds the qualities every pushback reply must have.
func replyCheck(t *testing.T, c *contracts.Contract, in ReplyInput, r *Reply) {
	t.Helper()
	if r == nil {
		t.Fatal("no reply for a pushback verdict")
	}
	p := r.Parts
	if p.Acknowledge == "" || p.Explain == "" || p.NextStep == "" || len(p.Alternatives) == 0 {
		t.Fatalf("missing parts: %+v", p)
	}
	if len(p.Alternatives) < 2 {
		t.Errorf("%d alternatives, want at least 2: %q", len(p.Alternatives), p.Alternatives)
	}
	want := in.Result.Language
	if want == "" {
		want = c.Language
	}
	all := strings.Join(append([]string{p.Acknowledge, p.Explain, p.NextStep}, p.Alternatives...), " ")
	if got := replyLangOf(all); got != want {
		t.Errorf("reply reads as %s, want %s:\n%s", got, want, r.Text)
	}
	var terms []string
	if d := c.Deliverable(in.Result.Deliverable); d != nil {
		terms = append(terms, d.Name)
	} else if e := c.Exclusion(in.Result.Exclusion); e != nil {
		terms = append(terms, e.Name)
	} else {
		terms = append(terms, replyDay(c.Deadline.Time, want))
		for _, d := range c.Deliverables {
			terms = append(terms, d.Name)
		}
	}
	named := false
	for _, term := range terms {
		named = named || strings.Contains(p.Explain, term)
	}
	if !named {
		t.Errorf("explain names none of %q: %s", terms, p.Explain)
	}
	low := strings.ToLower(r.Text)
	for _, w := range replyForbidden {
		if strings.Contains(low, w) {
			t.Errorf("reply holds blame word %q:\n%s", w, r.Text)
		}
	}
	if !strings.Contains(r.Text, p.Explain) || !strings.Contains(r.Text, p.NextStep) {
		t.Errorf("text does not hold its parts:\n%s", r.Text)
	}
}
