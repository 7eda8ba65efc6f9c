package notify

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/message"
)

// replyGoldenCases are a handful of corpus cases in both languages and
// every kind of reply; rounds carry dates where the ledger would have them.
var replyGoldenCases = []struct {
	id      string
	owner   bool // use a configured owner with a signature and VAT
	rounds  []RoundUse
	verdict contracts.Verdict // overrides the label, for the last-round heads-up
}{
	{id: "d004", owner: true, rounds: []RoundUse{
		{Deliverable: "logo", Number: 1, Date: coDay("2026-10-12")},
		{Deliverable: "logo", Number: 2, Date: coDay("2026-10-26")}}},
	{id: "d008"},
	{id: "d010"},
	{id: "d041"},
	{id: "d091"},
	{id: "d066", rounds: []RoundUse{{Deliverable: "contact-form", Number: 1, Date: coDay("2026-11-20")}}},
	{id: "d070"},
	{id: "d093"},
	{id: "d021"},
	{id: "d074"},
	{id: "d003", rounds: []RoundUse{{Deliverable: "logo", Number: 1, Date: coDay("2026-10-20")}}},
	{id: "d085"},
}

var replyTestOwner = config.Owner{
	Name: "Marion Lefèvre", Email: "studio@atelier-brume.fr", Language: "fr",
	Signature: "Marion Lefèvre\nAtelier Brume, design graphique", Title: "Directrice artistique",
	Address: "5 rue Kervégan, 44000 Nantes",
}

func replyGoldenInput(t *testing.T, id string) (ReplyInput, *replyCase) {
	book, cases := replyLoadCorpus(t)
	for _, rc := range cases {
		if rc.ID == id {
			in := replyCaseInput(book.Get(rc.Contract), rc, replyReadCase(t, id))
			return in, rc
		}
	}
	t.Fatalf("no case %s", id)
	return ReplyInput{}, nil
}

func TestReplyGolden(t *testing.T) {
	comp, err := NewComposer("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range replyGoldenCases {
		t.Run(tc.id, func(t *testing.T) {
			in, _ := replyGoldenInput(t, tc.id)
			in.Rounds = tc.rounds
			if tc.owner {
				in.Owner, in.Replies.VATRate = replyTestOwner, 0.2
				in.PreviousChanges = 450
			}
			r, err := comp.Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			if r == nil {
				t.Fatal("no reply")
			}
			again, err := comp.Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(r.EML, again.EML) {
				t.Error("two drafts of the same input differ")
			}
			coGolden(t, filepath.Join("replies", tc.id+".golden"), replyGoldenText(r))
		})
	}
}

// replyGoldenText is the draft's header and text part, and the parts as
// JSON: everything but the PDF's bytes.
func replyGoldenText(r *Reply) string {
	head, _, _ := bytes.Cut(r.EML, []byte("\r\n\r\n"))
	var b strings.Builder
	b.Write(bytes.ReplaceAll(head, []byte("\r\n"), []byte("\n")))
	b.WriteString("\n\n")
	b.WriteString(r.Text)
	parts, _ := json.MarshalIndent(r.Parts, "", "  ")
	fmt.Fprintf(&b, "\n---\nparts: %s\n", parts)
	if co := r.ChangeOrder; co != nil {
		fmt.Fprintf(&b, "change order: %s %.2f %s vat %.2f total %.2f basis %s delay %d completion %s\n",
			co.Number, co.Amount, co.Currency, co.VAT, co.Total, co.Basis, co.DelayDays, co.Doc.Completion.Format("2006-01-02"))
	}
	return b.String()
}

func TestReplyEML(t *testing.T) {
	in, _ := replyGoldenInput(t, "d091")
	in.Message.ReplyTo = []message.Address{{Name: "Northline marketing", Address: "marketing@northlinecoffee.ca"}}
	in.Message.References = []string{"a@x", "b@y"}
	comp, err := NewComposer("")
	if err != nil {
		t.Fatal(err)
	}
	r, err := comp.Compose(in)
	if err != nil {
		t.Fatal(err)
	}
	mr, err := mail.CreateReader(bytes.NewReader(r.EML))
	if err != nil {
		t.Fatal(err)
	}
	h := mr.Header
	from, _ := h.AddressList("From")
	to, _ := h.AddressList("To")
	if len(from) != 1 || from[0].Address != in.Contract.Provider.Email {
		t.Errorf("From = %v, want only the owner %s", from, in.Contract.Provider.Email)
	}
	if len(to) != 1 || to[0].Address != "marketing@northlinecoffee.ca" {
		t.Errorf("To = %v, want the Reply-To address", to)
	}
	irt, _ := h.MsgIDList("In-Reply-To")
	refs, _ := h.MsgIDList("References")
	id := in.Message.MessageID
	if len(irt) != 1 || irt[0] != id {
		t.Errorf("In-Reply-To = %v, want %s", irt, id)
	}
	if want := []string{"a@x", "b@y", id}; fmt.Sprint(refs) != fmt.Sprint(want) {
		t.Errorf("References = %v, want %v", refs, want)
	}
	if got := h.Get(DraftHeader); got != "<"+id+">" {
		t.Errorf("%s = %q, want <%s>", DraftHeader, got, id)
	}
	if s, _ := h.Subject(); s != "Re: December – a few more posts?" {
		t.Errorf("Subject = %q", s)
	}
	var text string
	var pdf []byte
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(p.Body)
		switch ph := p.Header.(type) {
		case *mail.InlineHeader:
			text = string(body)
		case *mail.AttachmentHeader:
			name, _ := ph.Filename()
			if name != "CO-2026-001.pdf" {
				t.Errorf("attachment name = %q", name)
			}
			pdf = body
		}
	}
	if !bytes.Equal(pdf, r.PDF) {
		t.Error("attached PDF differs from Reply.PDF")
	}
	if !strings.Contains(text, r.Parts.Explain) {
		t.Error("text part lacks the reply")
	}
	if !strings.Contains(text, "\n> For December we'd like 15 posts") {
		t.Errorf("text part lacks the quoted original:\n%s", text)
	}
}

func TestReplyNone(t *testing.T) {
	comp, err := NewComposer("")
	if err != nil {
		t.Fatal(err)
	}
	in, _ := replyGoldenInput(t, "d003") // logo: 1 of 2 rounds used
	tests := []struct {
		name    string
		verdict contracts.Verdict
		used    int
		notice  bool
		want    bool
	}{
		{"in scope", contracts.InScope, 0, true, false},
		{"not a request", contracts.NotARequest, 0, true, false},
		{"revision, rounds left", contracts.Revision, 0, true, false},
		{"revision, last round", contracts.Revision, 1, true, true},
		{"revision, last round, notice off", contracts.Revision, 1, false, false},
		{"unclear", contracts.Unclear, 0, false, true},
		{"over limit", contracts.RevisionOverLimit, 2, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := in
			in.Result.Verdict, in.Result.RoundsUsed, in.Replies.LastRoundNotice = tc.verdict, tc.used, tc.notice
			r, err := comp.Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			if got := r != nil; got != tc.want {
				t.Errorf("reply = %v, want %v", got, tc.want)
			}
			if r != nil && tc.verdict != contracts.RevisionOverLimit && (r.ChangeOrder != nil || r.PDF != nil) {
				t.Error("a reply without pushback carries a change order")
			}
		})
	}
}

func TestReplyNeedsNumber(t *testing.T) {
	comp, _ := NewComposer("")
	in, _ := replyGoldenInput(t, "d004")
	in.ChangeOrderNumber = ""
	if _, err := comp.Compose(in); err == nil || !strings.Contains(err.Error(), "no number") {
		t.Errorf("err = %v, want a missing-number error", err)
	}
}

func TestComposerOverride(t *testing.T) {
	dir := t.TempDir()
	over := `{{define "greeting"}}Salut {{.Greeting}} !{{end}}{{define "next_step"}}On s'appelle avant le {{.AnswerBy}}.{{end}}`
	if err := os.WriteFile(filepath.Join(dir, "fr.tmpl"), []byte(over), 0o644); err != nil {
		t.Fatal(err)
	}
	comp, err := NewComposer(dir)
	if err != nil {
		t.Fatal(err)
	}
	in, _ := replyGoldenInput(t, "d004")
	r, err := comp.Compose(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.Text, "Salut Thomas !\n") || r.Parts.NextStep != "On s'appelle avant le jeudi 5 novembre." {
		t.Errorf("override not used:\n%s", r.Text)
	}
	if r.Parts.Explain == "" { // not overridden: the default stays
		t.Error("default explain lost")
	}
	in2, _ := replyGoldenInput(t, "d066") // English keeps the defaults
	if r, _ := comp.Compose(in2); !strings.HasPrefix(r.Text, "Hi Rachel,") {
		t.Errorf("English reply changed by a French override:\n%s", r.Text)
	}

	bad := filepath.Join(t.TempDir(), "en.tmpl")
	os.WriteFile(bad, []byte(`{{define "greeting"}}{{.Oops`), 0o644)
	if _, err := NewComposer(filepath.Dir(bad)); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("err = %v, want a parse error naming %s", err, bad)
	}
}

func TestReplySubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Logo", "Re: Logo"},
		{"Re: Logo", "Re: Logo"},
		{"RE : TR : Re: Logo", "Re: Logo"},
		{"Fwd: RE: [EXT] Devis", "Re: Devis"},
		{"AW: Re[2]: Angebot", "Re: Angebot"},
		{"Réf. : Commande", "Re: Commande"},
		{"  Re:   spaced   out ", "Re: spaced out"},
		{"Regarding the logo", "Re: Regarding the logo"},
		{"", "Re: Projet"},
		{"Re:", "Re: Projet"},
	}
	for _, tc := range tests {
		if got := replySubject(tc.in, "Projet"); got != tc.want {
			t.Errorf("replySubject(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestReplyDates(t *testing.T) {
	tests := []struct {
		day, lang, want string
	}{
		{"2026-11-26", "fr", "jeudi 26 novembre"},
		{"2026-12-01", "fr", "mardi 1er décembre"},
		{"2026-11-26", "en", "Thursday 26 November"},
		{"2026-08-15", "fr", "samedi 15 août"},
	}
	for _, tc := range tests {
		if got := replyDay(coDay(tc.day), tc.lang); got != tc.want {
			t.Errorf("replyDay(%s, %s) = %q, want %q", tc.day, tc.lang, got, tc.want)
		}
	}
	paris, _ := time.LoadLocation("Europe/Paris")
	work := []struct {
		from     string
		n        int
		holidays string
		off      []string
		want     string
	}{
		{"2026-11-23", 3, "", nil, "2026-11-26"}, // Monday + 3
		{"2026-11-26", 3, "", nil, "2026-12-01"}, // Thursday, over a weekend
		{"2026-11-28", 1, "", nil, "2026-11-30"}, // Saturday
		{"2026-11-23", 0, "", nil, "2026-11-23"},
		{"2026-11-09", 3, "", nil, "2026-11-12"},
		{"2026-11-09", 3, "fr", nil, "2026-11-13"},                                  // 11 November
		{"2026-12-23", 2, "fr", nil, "2026-12-28"},                                  // Christmas
		{"2026-12-23", 2, "gb", nil, "2026-12-29"},                                  // Christmas, Boxing Day moved to the 28th
		{"2026-11-25", 1, "us", nil, "2026-11-27"},                                  // Thanksgiving
		{"2026-12-18", 3, "fr", []string{"2026-12-21", "2026-12-22"}, "2026-12-28"}, // days off, then Christmas
	}
	for _, tc := range work {
		owner := config.Owner{Holidays: tc.holidays}
		for _, d := range tc.off {
			day, _ := time.ParseInLocation("2006-01-02", d, paris)
			owner.DaysOff = append(owner.DaysOff, day)
		}
		if got := replyAddWorkingDays(coDay(tc.from), tc.n, owner).Format("2006-01-02"); got != tc.want {
			t.Errorf("replyAddWorkingDays(%s, %d, %q %v) = %s, want %s", tc.from, tc.n, tc.holidays, tc.off, got, tc.want)
		}
	}
}

func TestReplyMoney(t *testing.T) {
	tests := []struct {
		v         float64
		cur, lang string
		want      string
	}{
		{2800, "EUR", "fr", "2 800,00 €"},
		{1234567.5, "EUR", "en", "€1,234,567.50"},
		{165, "GBP", "en", "£165.00"},
		{255, "CAD", "fr", "255,00 $ CA"},
		{255, "CAD", "en", "CA$255.00"},
		{99.999, "CHF", "en", "CHF 100.00"},
		{-45, "USD", "en", "-$45.00"},
	}
	for _, tc := range tests {
		if got := replyMoney(tc.v, tc.cur, tc.lang); got != tc.want {
			t.Errorf("replyMoney(%v, %s, %s) = %q, want %q", tc.v, tc.cur, tc.lang, got, tc.want)
		}
	}
}

func BenchmarkCompose(b *testing.B) {
	book, cases := replyLoadCorpus(b)
	var in ReplyInput
	for _, rc := range cases {
		if rc.ID == "d004" {
			in = replyCaseInput(book.Get(rc.Contract), rc, replyReadCase(b, rc.ID))
		}
	}
	comp, err := NewComposer("")
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	n := 0
	for b.Loop() {
		r, err := comp.Compose(in)
		if err != nil || r.PDF == nil {
			b.Fatal("no reply with a change order", err)
		}
		n++
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/float64(n)/1000, "ms/reply")
}

// TestComposeConcurrent: one Composer serves many goroutines (the daemon
// drafts for several accounts at once) and each gets its own bytes.
func TestComposeConcurrent(t *testing.T) {
	comp, err := NewComposer("")
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{"d004", "d008", "d066", "d091", "d021", "d070"}
	inputs := make([]ReplyInput, len(ids))
	want := make([][]byte, len(ids))
	for i, id := range ids {
		inputs[i], _ = replyGoldenInput(t, id)
		r, err := comp.Compose(inputs[i])
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r.EML
	}
	errs := make(chan error, 4*len(ids))
	for n := 0; n < 4; n++ {
		for i := range ids {
			go func() {
				r, err := comp.Compose(inputs[i])
				if err == nil && !bytes.Equal(r.EML, want[i]) {
					err = fmt.Errorf("%s: concurrent draft differs", ids[i])
				}
				errs <- err
			}()
		}
	}
	for range 4 * len(ids) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestTemplatesNoBlame: the default wording itself holds no blame or
// lecturing words, whatever the case.
func TestTemplatesNoBlame(t *testing.T) {
	for _, lang := range replyLanguages {
		src, err := replyTemplates.ReadFile("templates/" + lang + ".tmpl")
		if err != nil {
			t.Fatal(err)
		}
		low := strings.ToLower(string(src))
		for _, w := range replyForbidden {
			if strings.Contains(low, w) {
				t.Errorf("%s.tmpl holds %q", lang, w)
			}
		}
	}
}

func TestReplyUnits(t *testing.T) {
	tests := []struct {
		n          int
		unit, lang string
		want       string
	}{
		{1, "revision round", "en", "one revision round"},
		{2, "concept", "en", "two concepts"},
		{12, "post", "en", "12 posts"},
		{1, "tour", "fr", "un tour"},
		{1, "page", "fr", "une page"},
		{1, "boîte mail", "fr", "une boîte mail"},
		{1, "gabarit", "fr", "1 gabarit"}, // gender unknown: no guess
		{3, "boîte mail", "fr", "trois boîtes mail"},
		{10, "photo", "fr", "dix photos"},
		{11, "photo", "fr", "11 photos"},
		{4, "", "en", "4"},
	}
	for _, tc := range tests {
		if got := replyUnits(tc.n, tc.unit, tc.lang); got != tc.want {
			t.Errorf("replyUnits(%d, %q, %s) = %q, want %q", tc.n, tc.unit, tc.lang, got, tc.want)
		}
	}
	for in, want := range map[string]string{"Copywriting": "copywriting", "SEO audit": "SEO audit", "AR models": "AR models", "": ""} {
		if got := replyLowerFirst(in); got != want {
			t.Errorf("replyLowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
