package contracts

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sharedDir is the read-only material beside the repository. In CI it must
// be there; locally a missing copy skips the tests that need it.
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared material missing: %v", err)
		}
		t.Skipf("shared material missing: %v", err)
	}
	return p
}

// TestLoadBad checks the exact problems of each bad contract:
// testdata/bad/NAME.toml (one file, LoadFile) or testdata/bad/NAME/ (a
// directory, LoadDir) must fail with the lines of testdata/bad/NAME.want.
func TestLoadBad(t *testing.T) {
	entries, err := os.ReadDir("testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		name, isFile := strings.CutSuffix(e.Name(), ".toml")
		if !isFile && !e.IsDir() {
			continue
		}
		n++
		path := filepath.Join("testdata/bad", e.Name())
		t.Run(name, func(t *testing.T) {
			var err error
			if e.IsDir() {
				_, err = LoadDir(path)
			} else {
				_, err = LoadFile(path)
			}
			if err == nil {
				t.Fatalf("loading %s succeeded, want problems", path)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("loading %s: error %v is not ErrInvalid", path, err)
			}
			checkGolden(t, filepath.Join("testdata/bad", name+".want"), err.Error()+"\n")
		})
	}
	if n < 15 {
		t.Errorf("only %d bad contracts found", n)
	}
}

func checkGolden(t *testing.T, want, got string) {
	t.Helper()
	if *updateGolden {
		if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(want)
	if err != nil {
		t.Fatalf("missing golden file (run go test -update): %v", err)
	}
	if diff := cmp.Diff(string(b), got); diff != "" {
		os.WriteFile(want+".got", []byte(got), 0o644)
		t.Errorf("%s (-want +got):\n%s", want, diff)
	}
}

func TestCorpusContractsLoad(t *testing.T) {
	dir := sharedDir(t, "corpus/contracts")
	b, err := LoadDir(dir)
	if err != nil {
		t.Fatalf("LoadDir(%s): %v", dir, err)
	}
	type summary struct {
		ID, Language, Currency string
		Deliverables           []string
		Revisions              []int
		Exclusions             int
	}
	var got []summary
	for _, c := range b.All() {
		s := summary{ID: c.ID, Language: c.Language, Currency: c.Currency, Exclusions: len(c.Exclusions)}
		for _, d := range c.Deliverables {
			s.Deliverables = append(s.Deliverables, d.ID)
			s.Revisions = append(s.Revisions, d.Revisions)
		}
		if c.Path != filepath.Join(dir, c.ID+".toml") {
			t.Errorf("contract %s: Path = %q", c.ID, c.Path)
		}
		got = append(got, s)
	}
	// The figures of the corpus README's contract table.
	want := []summary{
		{"brume-sillon-identite", "fr", "EUR", []string{"logo", "cartes", "charte", "signature"}, []int{2, 1, 2, 0}, 3},
		{"harbourpine-brightwater", "en", "GBP", []string{"design", "build", "contact-form", "training"}, []int{2, 1, 1, 0}, 3},
		{"jtsocial-northline", "en", "CAD", []string{"posts-nov", "posts-dec", "highlights", "report"}, []int{2, 2, 1, 0}, 3},
		{"sg-rivault-assistanat", "fr", "EUR", []string{"boite-mail", "agenda", "modeles", "reporting"}, []int{0, 0, 2, 1}, 2},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("corpus contracts (-want +got):\n%s", diff)
	}
}

// The example of the format specification must be accepted as written.
func TestSpecExampleParses(t *testing.T) {
	spec, err := os.ReadFile(sharedDir(t, "spec/contract-format.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```toml\n(.*?)```").FindSubmatch(spec)
	if m == nil {
		t.Fatal("no toml block in contract-format.md")
	}
	c, err := Parse("contract-format.md", m[1])
	if err != nil {
		t.Fatalf("Parse(spec example): %v", err)
	}
	want := &Contract{
		ID: "lumiere-branding", Client: "Tech Innovations SAS", Project: "Identité visuelle 2026",
		Language: "fr", Currency: "EUR", HourlyRate: 65, Total: 4800,
		Signed:   Date{time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)},
		Deadline: Date{time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)},
		Provider: Party{Name: "Studio Lumière", Email: "bonjour@studio-lumiere.fr"},
		ClientContact: ClientContact{Emails: []string{"marc.dupont@techinnovations.fr"},
			Domains: []string{"techinnovations.fr"}},
		Deliverables: []Deliverable{
			{ID: "logo", Name: "Logo", Description: "Deux concepts de logo initiaux, puis le concept retenu décliné en couleur et en noir et blanc.",
				Quantity: 2, Unit: "concept", Revisions: 1, Keywords: []string{"logo", "logotype", "concept", "emblème"}},
			{ID: "cards", Name: "Cartes de visite", Revisions: 2, Keywords: []string{"carte de visite", "cartes de visite"}},
		},
		Exclusions: []Exclusion{{Name: "Site web", Description: "Conception ou refonte de site internet",
			Keywords: []string{"site web", "site internet", "page d'accueil", "landing page"}, EstimateHours: 40}},
		Rates: []Rate{{Name: "Concept de logo supplémentaire", Price: 350}},
		Path:  "contract-format.md",
	}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("spec example (-want +got):\n%s", diff)
	}
	if c.Deliverable("cards") != &c.Deliverables[1] || c.Deliverable("nope") != nil {
		t.Error("Deliverable lookup is wrong")
	}
	if c.Exclusion("Site web") != &c.Exclusions[0] || c.Exclusion("SEO") != nil {
		t.Error("Exclusion lookup is wrong")
	}
}

const minimalContract = `id = "acme-site"
client = "Acme Ltd"
project = "Website"
language = "en"
currency = "GBP"
hourly_rate = 50
signed = %s
deadline = 2026-12-01
[provider]
name = "Studio"
email = "studio@example.com"
[client_contact]
emails = [" Jo@ACME.example "]
domains = ["@Acme.Example"]
[[deliverables]]
id = "design"
name = "Design"
`

// Integer prices, date forms, and sender normalisation (lower case,
// trimmed, no leading @).
func TestParseNormalises(t *testing.T) {
	tests := []struct {
		signed string
		want   time.Time
	}{
		{"2026-09-01", time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)},
		{`"2026-09-01"`, time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)},
		{"2026-09-01T10:30:00+02:00", time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)},
		{"2026-09-01 10:30:00", time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.signed, func(t *testing.T) {
			c, err := Parse("t.toml", []byte(strings.Replace(minimalContract, "%s", tt.signed, 1)))
			if err != nil {
				t.Fatal(err)
			}
			if !c.Signed.Equal(tt.want) || c.Signed.String() != "2026-09-01" {
				t.Errorf("signed = %v, want %v", c.Signed, tt.want)
			}
			if c.HourlyRate != 50 {
				t.Errorf("hourly_rate = %v, want 50", c.HourlyRate)
			}
			if diff := cmp.Diff(ClientContact{Emails: []string{"jo@acme.example"}, Domains: []string{"acme.example"}},
				c.ClientContact); diff != "" {
				t.Errorf("client_contact (-want +got):\n%s", diff)
			}
		})
	}
	if got := (Date{}).String(); got != "" {
		t.Errorf("zero Date String() = %q, want empty", got)
	}
}

func TestLoadDirEmptyAndMissing(t *testing.T) {
	b, err := LoadDir(t.TempDir())
	if err != nil || len(b.All()) != 0 {
		t.Errorf("LoadDir(empty) = %v, %v; want an empty book", b, err)
	}
	_, err = LoadDir(filepath.Join(t.TempDir(), "none"))
	if err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadDir(missing) error = %v, want not exist", err)
	}
	_, err = LoadFile(filepath.Join(t.TempDir(), "none.toml"))
	if err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile(missing) error = %v, want not exist", err)
	}
}

func BenchmarkLoadCorpusContracts(b *testing.B) {
	dir := sharedDir(b, "corpus/contracts")
	for b.Loop() {
		if _, err := LoadDir(dir); err != nil {
			b.Fatal(err)
		}
	}
}
