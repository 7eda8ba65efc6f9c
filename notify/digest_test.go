package notify

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/store"
)

// The flag is prefixed: other files of this package have golden tests too.
var digestUpdate = flag.Bool("update-digest", false, "rewrite the digest golden files in testdata/")

var digestParis = mustLoc("Europe/Paris")

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// The test period: Friday 20 November 08:00 to Monday 23 November 08:00,
// Paris time; the previous period of equal length starts on the 17th.
var (
	digestSince = time.Date(2026, 11, 20, 8, 0, 0, 0, digestParis)
	digestUntil = time.Date(2026, 11, 23, 8, 0, 0, 0, digestParis)
)

func digestOwner(lang string) config.Owner {
	return config.Owner{Name: "Camille Test", Email: "owner@studio.test", Language: lang, Location: digestParis}
}

func digestBook(t testing.TB) *contracts.Book {
	t.Helper()
	b, err := contracts.LoadDir(filepath.Join("testdata", "digest-contracts"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func digestOpenStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "scopeguard.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// digestMsg is one message to seed, at an offset from digestSince.
type digestMsg struct {
	id, from, subject, excerpt string
	at                         time.Duration
	result                     contracts.Result
	draft, answered            bool
	co                         float64 // change order amount, 0 = none
	currency                   string
}

func digestSeed(t testing.TB, s *store.Store, msgs []digestMsg) {
	t.Helper()
	ctx := context.Background()
	for i, m := range msgs {
		at := digestSince.Add(m.at)
		_, err := s.RecordProcessed(ctx, store.Processed{
			MessageID: m.id, Account: "main", Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i + 1),
			From: m.from, Subject: m.subject, Date: at, Excerpt: m.excerpt, Result: m.result, ProcessedAt: at,
		})
		if err != nil {
			t.Fatal(err)
		}
		if m.draft {
			if err := s.RecordDraftIntent(ctx, store.Draft{MessageID: m.id, Account: "main", DraftID: "d-" + m.id, Raw: []byte("x"), CreatedAt: at}); err != nil {
				t.Fatal(err)
			}
			if err := s.MarkDraftAppended(ctx, m.id, uint32(100+i), at); err != nil {
				t.Fatal(err)
			}
		}
		if m.answered {
			if err := s.MarkAnswered(ctx, m.id, at.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
		}
		if m.co > 0 {
			n, err := s.NextChangeOrderNumber(ctx, at.Year())
			if err != nil {
				t.Fatal(err)
			}
			err = s.AddChangeOrder(ctx, store.ChangeOrder{Number: n, Contract: m.result.Contract, MessageID: m.id,
				Currency: m.currency, Amount: m.co, CreatedAt: at})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
}

func digestResult(contract string, v contracts.Verdict, deliverable, exclusion string, tension bool) contracts.Result {
	return contracts.Result{Contract: contract, Verdict: v, Deliverable: deliverable, Exclusion: exclusion, Tension: tension,
		Reasons: []contracts.Reason{{Cue: "test-cue", Weight: 1, Words: "cue words"}}}
}

// digestFixture is a week of mail for two clients and an unknown sender.
var digestFixture = []digestMsg{
	// Previous period: one out-of-scope request from the English client.
	{id: "p1@harbor.test", from: "sam@harbor.test", subject: "Blog section?", excerpt: "Could you add a blog?", at: -40 * time.Hour,
		result: digestResult("harbor-en", contracts.OutOfScope, "", "", false)},
	{id: "p2@exemple.test", from: "anne@exemple.test", subject: "Plaquette v1", excerpt: "Quelques retouches.", at: -30 * time.Hour,
		result: digestResult("exemple-fr", contracts.Revision, "plaquette", "", false)},
	// Ten days before: a draft the owner still has not sent.
	{id: "o1@exemple.test", from: "anne@exemple.test", subject: "Site web ?", excerpt: "Et le site ?", at: -240 * time.Hour,
		result: digestResult("exemple-fr", contracts.OutOfScope, "", "Site web", false), draft: true},
	// The period.
	{id: "m1@exemple.test", from: "anne@exemple.test", subject: "Impression des plaquettes", excerpt: "Pouvez-vous gérer l'impression chez l'imprimeur ?",
		at: 2 * time.Hour, result: digestResult("exemple-fr", contracts.OutOfScope, "", "Impression", false), draft: true, co: 450, currency: "EUR"},
	{id: "m2@exemple.test", from: "anne@exemple.test", subject: `<script>alert("x")</script> urgent`, excerpt: `Encore une <b>modif</b> & vite "svp"`,
		at: 26 * time.Hour, result: digestResult("exemple-fr", contracts.RevisionOverLimit, "affiche", "", true), draft: true, co: 1234.5, currency: "EUR"},
	{id: "m3@exemple.test", from: "anne@exemple.test", subject: "Et une vidéo ?", excerpt: strings.Repeat("très long texte ", 30),
		at: 30 * time.Hour, result: digestResult("exemple-fr", contracts.OutOfScope, "", "", true)},
	{id: "m4@exemple.test", from: "anne@exemple.test", subject: "Petit ajustement", excerpt: "On peut ajuster un peu ?",
		at: 50 * time.Hour, result: digestResult("exemple-fr", contracts.Unclear, "", "", false)},
	{id: "m5@harbor.test", from: "sam@harbor.test", subject: "Home page feedback", excerpt: "Two tweaks on the home page.",
		at: 3 * time.Hour, result: digestResult("harbor-en", contracts.Revision, "pages", "", false)},
	{id: "m6@harbor.test", from: "sam@harbor.test", subject: "Extra landing page", excerpt: "We need one more landing page.",
		at: 5 * time.Hour, result: digestResult("harbor-en", contracts.OutOfScope, "", "", false), co: 300, currency: "GBP",
		draft: true, answered: true}, // answered: not waiting
	{id: "m7@else.test", from: "someone@else.test", subject: "Newsletter", at: 6 * time.Hour, result: contracts.Result{}},
}

func digestBuild(t testing.TB, lang string, msgs []digestMsg) *Digest {
	t.Helper()
	s := digestOpenStore(t)
	digestSeed(t, s, msgs)
	d, err := BuildDigest(context.Background(), s, digestBook(t), digestOwner(lang), digestSince, digestUntil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// digestSummary is the shape of a digest, for cmp.
type digestSummary struct {
	Contract                       string
	Requests, Drafts, COs, Unclear []string
	Revisions                      []string
	Signals                        []string
}

func digestSummarise(d *Digest) []digestSummary {
	var out []digestSummary
	for _, c := range d.Clients {
		s := digestSummary{Contract: c.Contract}
		for _, it := range c.Requests {
			s.Requests = append(s.Requests, string(it.Verdict)+" "+it.Subject)
		}
		for _, it := range c.Drafts {
			s.Drafts = append(s.Drafts, it.Subject+" "+it.DraftStatus)
		}
		for _, co := range c.ChangeOrders {
			s.COs = append(s.COs, fmt.Sprintf("%s %.2f %s %s", co.Number, co.Amount, co.Currency, co.Status))
		}
		for _, it := range c.Unclear {
			s.Unclear = append(s.Unclear, it.Subject)
		}
		for _, r := range c.Revisions {
			s.Revisions = append(s.Revisions, fmt.Sprintf("%s %d/%d", r.Deliverable, r.Used, r.Included))
		}
		for _, g := range c.Signals {
			s.Signals = append(s.Signals, fmt.Sprintf("%s %d>%d", g.Kind, g.Count, g.Previous))
		}
		out = append(out, s)
	}
	return out
}

func TestBuildDigest(t *testing.T) {
	d := digestBuild(t, "fr", digestFixture)
	want := []digestSummary{{
		Contract:  "harbor-en",
		Requests:  []string{"out_of_scope Extra landing page"},
		COs:       []string{"CO-2026-003 300.00 GBP proposed"},
		Revisions: []string{"pages 1/2"},
	}, {
		Contract: "exemple-fr",
		Requests: []string{
			"out_of_scope Impression des plaquettes",
			`revision_over_limit <script>alert("x")</script> urgent`,
			"out_of_scope Et une vidéo ?",
		},
		Drafts:    []string{"Site web ? appended", "Impression des plaquettes appended", `<script>alert("x")</script> urgent appended`},
		COs:       []string{"CO-2026-001 450.00 EUR proposed", "CO-2026-002 1234.50 EUR proposed"},
		Unclear:   []string{"Petit ajustement"},
		Revisions: []string{"plaquette 1/2", "affiche 1/1"},
		Signals:   []string{"more_out_of_scope 3>0", "tension 2>0"},
	}}
	// Clients sort by name: "Exemple SARL" < "Harbor Test Ltd".
	want[0], want[1] = want[1], want[0]
	if diff := cmp.Diff(want, digestSummarise(d)); diff != "" {
		t.Errorf("digest (-want +got):\n%s", diff)
	}
	if d.OutOfScope != 3 || d.OverLimit != 1 || d.ChangeOrders != 3 || d.Messages != 6 {
		t.Errorf("counts: oos %d over %d cos %d messages %d, want 3 1 3 6", d.OutOfScope, d.OverLimit, d.ChangeOrders, d.Messages)
	}
	wantTotals := []DigestAmount{{"EUR", 1684.5}, {"GBP", 300}}
	if diff := cmp.Diff(wantTotals, d.Totals); diff != "" {
		t.Errorf("totals (-want +got):\n%s", diff)
	}
	if d.Empty() {
		t.Error("Empty() = true, want false")
	}
	for _, c := range d.Clients {
		for _, it := range c.Requests {
			if n := len([]rune(it.Excerpt)); n > digestExcerptRunes {
				t.Errorf("excerpt of %q has %d runes, want at most %d", it.Subject, n, digestExcerptRunes)
			}
		}
	}
}

func TestDigestEmpty(t *testing.T) {
	quiet := []digestMsg{
		{id: "q1@harbor.test", from: "sam@harbor.test", subject: "Thanks", at: time.Hour,
			result: digestResult("harbor-en", contracts.NotARequest, "", "", false)},
	}
	for _, tc := range []struct{ lang, subject string }{
		{"fr", "scopeguard — résumé du 23 novembre : rien à signaler"},
		{"en", "scopeguard — digest for 23 November: nothing to report"},
	} {
		d := digestBuild(t, tc.lang, quiet)
		if !d.Empty() {
			t.Errorf("%s: Empty() = false, want true: %+v", tc.lang, d.Clients)
		}
		if got := d.Subject(); got != tc.subject {
			t.Errorf("%s: subject %q, want %q", tc.lang, got, tc.subject)
		}
		text, err := d.Text()
		if err != nil {
			t.Fatal(err)
		}
		if want := digestWords[tc.lang]["nothing"]; !strings.Contains(text, want) {
			t.Errorf("%s: text lacks %q:\n%s", tc.lang, want, text)
		}
	}
}

func TestDigestSubject(t *testing.T) {
	for _, tc := range []struct{ lang, want string }{
		{"fr", "scopeguard — résumé du 23 novembre : 3 hors périmètre, 1 retouche hors forfait, 3 avenants (1\u00a0684,50\u00a0€, 300,00\u00a0£)"},
		{"en", "scopeguard — digest for 23 November: 3 out of scope, 1 over-limit revision, 3 change orders (€1,684.50, £300.00)"},
	} {
		d := digestBuild(t, tc.lang, digestFixture)
		if got := d.Subject(); got != tc.want {
			t.Errorf("%s: subject\n got %q\nwant %q", tc.lang, got, tc.want)
		}
	}
}

func TestDigestGolden(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		d := digestBuild(t, lang, digestFixture)
		text, err := d.Text()
		if err != nil {
			t.Fatal(err)
		}
		html, err := d.HTML()
		if err != nil {
			t.Fatal(err)
		}
		msg, err := d.Message("scopeguard@studio.test", digestUntil)
		if err != nil {
			t.Fatal(err)
		}
		digestGolden(t, "digest-"+lang+".txt", text)
		digestGolden(t, "digest-"+lang+".html", html)
		digestGolden(t, "digest-"+lang+".eml", string(msg))
	}
}

// digestGolden compares got with testdata/name, rewriting it with
// -update-digest and leaving name.got beside it on failure.
func digestGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *digestUpdate {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Digest -update-digest)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		os.WriteFile(path+".got", []byte(got), 0o644)
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}

func TestDigestMoney(t *testing.T) {
	for _, tc := range []struct {
		lang, cur string
		v         float64
		want      string
	}{
		{"fr", "EUR", 450, "450,00\u00a0€"},
		{"fr", "EUR", 1234567.891, "1\u00a0234\u00a0567,89\u00a0€"},
		{"fr", "CAD", 99.995, "100,00\u00a0$ CA"},
		{"fr", "JPY", 5, "5,00\u00a0JPY"},
		{"en", "GBP", 1234.5, "£1,234.50"},
		{"en", "EUR", 0, "€0.00"},
		{"en", "CAD", 12, "CA$12.00"},
		{"en", "CHF", 12, "CHF 12.00"},
		{"en", "USD", -3.5, "-$3.50"},
	} {
		if got := newDigestLang(tc.lang, nil).money(tc.v, tc.cur); got != tc.want {
			t.Errorf("money(%s, %v, %s) = %q, want %q", tc.lang, tc.v, tc.cur, got, tc.want)
		}
	}
}

func TestDigestBadPeriod(t *testing.T) {
	s := digestOpenStore(t)
	if _, err := BuildDigest(context.Background(), s, digestBook(t), digestOwner("en"), digestUntil, digestSince); err == nil {
		t.Error("BuildDigest with until before since: no error")
	}
}

func BenchmarkBuildDigest(b *testing.B) {
	s := digestOpenStore(b)
	book := digestBook(b)
	var msgs []digestMsg
	verdicts := []contracts.Verdict{contracts.OutOfScope, contracts.RevisionOverLimit, contracts.Revision, contracts.Unclear, contracts.InScope}
	for i := range 200 {
		id, from := "harbor-en", "sam@harbor.test"
		if i%2 == 0 {
			id, from = "exemple-fr", "anne@exemple.test"
		}
		v := verdicts[i%len(verdicts)]
		m := digestMsg{id: fmt.Sprintf("b%d@test", i), from: from, subject: fmt.Sprintf("Request %d", i),
			excerpt: strings.Repeat("words of the client ", 10), at: time.Duration(i) * 15 * time.Minute,
			result: digestResult(id, v, "", "", i%7 == 0), draft: v.Pushback()}
		if v.Pushback() {
			m.co, m.currency = 100+float64(i), "EUR"
		}
		msgs = append(msgs, m)
	}
	digestSeed(b, s, msgs)
	ctx := context.Background()
	owner := digestOwner("fr")
	until := digestSince.Add(200 * 15 * time.Minute)
	d, err := BuildDigest(ctx, s, book, owner, digestSince, until)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := BuildDigest(ctx, s, book, owner, digestSince, until); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(200, "activities/op")
	})
	b.Run("message", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := d.Message("", until); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(200, "activities/op")
	})
}

// A message scopeguard skipped is told to the owner, even in an otherwise
// quiet period, with its subject and the error; its text is escaped in HTML.
func TestDigestFailed(t *testing.T) {
	s := digestOpenStore(t)
	if err := s.RecordFailure(context.Background(), store.Failure{Account: "work", Mailbox: "INBOX", UIDValidity: 1, UID: 9,
		From: "anne@exemple.test", Subject: "Devis <urgent>", Error: "work/INBOX uid 9: internal error: boom", At: digestSince.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordFailure(context.Background(), store.Failure{Account: "work", Mailbox: "INBOX", UIDValidity: 1, UID: 3,
		Error: "older", At: digestSince.Add(-time.Hour)}); err != nil {
		t.Fatal(err)
	}
	d, err := BuildDigest(context.Background(), s, digestBook(t), digestOwner("fr"), digestSince, digestUntil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Empty() || len(d.Failed) != 1 {
		t.Fatalf("Empty() = %v, failed = %+v; want the one skipped message of the period", d.Empty(), d.Failed)
	}
	if got, want := d.Subject(), "scopeguard — résumé du 23 novembre : 1 message non traité"; got != want {
		t.Errorf("subject %q, want it to end with %q", got, want)
	}
	text, err := d.Text()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{digestWords["fr"]["failed"], "work/INBOX · Devis <urgent> (De anne@exemple.test)", "internal error: boom"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	html, err := d.HTML()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html, "Devis &lt;urgent&gt;") {
		t.Errorf("html does not escape the subject:\n%s", html)
	}
}
