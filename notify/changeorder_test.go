package notify

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// replyUpdate rewrites the reply and change-order golden files.
var replyUpdate = flag.Bool("update", false, "rewrite the reply and change-order golden files in testdata/")

// coNeedTool finds a command-line tool; under CI=true a missing tool fails
// the test instead of skipping it.
func coNeedTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required (apt-get install poppler-utils): %v", name, err)
		}
		t.Skipf("%s not installed: %v", name, err)
	}
	return p
}

// coPDFText reads a PDF back with pdftotext, in reading order.
func coPDFText(t testing.TB, pdf []byte) string {
	t.Helper()
	tool := coNeedTool(t, "pdftotext")
	path := filepath.Join(t.TempDir(), "co.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func coPDFInfo(t testing.TB, pdf []byte) string {
	t.Helper()
	tool := coNeedTool(t, "pdfinfo")
	path := filepath.Join(t.TempDir(), "co.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	return string(out)
}

// coGolden compares got with testdata/<name>, or rewrites it with -update.
func coGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *replyUpdate {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		os.WriteFile(path+".got", []byte(got), 0o644)
		t.Errorf("%s differs (-want +got), got written to %s.got:\n%s", path, path, diff)
	}
}

func coDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

var coDocs = []struct {
	name  string
	doc   ChangeOrderDoc
	want  []string // substrings of the text read back
	paper string   // pdfinfo's page size
}{
	{
		name: "changeorder/fr-eur-vat.txt",
		doc: ChangeOrderDoc{
			Number: "CO-2026-003", Language: "fr", Date: coDay("2026-11-23"),
			ContractID: "lumiere-branding", Project: "Identité visuelle 2026", ContractDate: coDay("2026-09-15"),
			Client: "Tech Innovations SAS", ClientAddress: "12 rue de la Paix, 75002 Paris", ClientSignatory: "Marc Dupont",
			Provider: "Studio Lumière", ProviderAddress: "3 quai de la Fosse, 44000 Nantes", ProviderEmail: "bonjour@studio-lumiere.fr",
			ProviderSignatory: "Élise Moreau", ProviderTitle: "Directrice artistique",
			Currency: "EUR", Description: "Tour de retouches supplémentaire sur « Logo »",
			Request: "Pourriez-vous passer le logo en minuscules et épaissir le trait ?",
			Clause:  "Notre accord prévoit 1 tour de retouches sur « Logo », utilisé le 12 novembre ; cette modification serait donc un tour supplémentaire.",
			Lines:   []PriceLine{{Label: "Tour de retouches supplémentaire", Quantity: 1, UnitPrice: 140, Amount: 140}},
			VATRate: 0.2, OriginalSum: 4800, PreviousChanges: 1350.5, DelayDays: 2,
			OriginalCompletion: coDay("2026-11-30"), Completion: coDay("2026-12-02"), ValidityDays: 30,
		},
		want: []string{"CO-2026-003", "Tech Innovations SAS", "Identité visuelle 2026", "140,00 €", "28,00 €",
			"168,00 €", "4 800,00 €", "1 350,50 €", "6 150,50 €", "6 290,50 €", "Récapitulatif", "Délai supplémentaire",
			"2 décembre 2026", "23 décembre 2026", "Aucun travail", "Élise Moreau", "Marc Dupont", "« Pourriez-vous passer le logo"},
		paper: "(A4)",
	},
	{
		name: "changeorder/en-gbp-estimate.txt",
		doc: ChangeOrderDoc{
			Number: "CO-2026-001", Language: "en", Date: coDay("2026-10-28"),
			ContractID: "harbourpine-brightwater", Project: "Brightwater marketing website (5 pages)", ContractDate: coDay("2026-09-21"),
			Client: "Brightwater Physiotherapy Ltd", Provider: "Harbour & Pine Web", ProviderEmail: "tom@harbourpine.dev",
			ProviderSignatory: "Harbour & Pine Web", Currency: "GBP", Description: "New work: About page text",
			Request:  "Could you put something together for us?",
			Clause:   "Our agreement lists “Copywriting” as outside the project.",
			Lines:    []PriceLine{{Label: "Work not covered by the agreement", Quantity: 8, Hours: true, UnitPrice: 55, Amount: 440}},
			Estimate: true, DelayDays: 2, OriginalCompletion: coDay("2026-12-04"), Completion: coDay("2026-12-08"),
		},
		want: []string{"CO-2026-001", "Brightwater Physiotherapy Ltd", "£440.00", "£55.00 / h", "estimate",
			"No work on this change starts before", "27 November 2026", "Total of change orders"},
		paper: "(A4)",
	},
	{
		name: "changeorder/en-cad-letter.txt",
		doc: ChangeOrderDoc{
			Number: "CO-2026-002", Language: "en", Date: coDay("2026-11-10"),
			ContractID: "jtsocial-northline", Project: "Instagram content", ContractDate: coDay("2026-10-06"),
			Client: "Northline Coffee Inc.", Provider: "JT Social", Currency: "CAD",
			Description: "3 posts more", Lines: []PriceLine{{Label: "Additional feed post", Quantity: 3, UnitPrice: 85, Amount: 255}},
			PreviousChanges: 120, OriginalSum: 3000, DelayDays: 2, Completion: coDay("2027-01-04"), ValidityDays: 14,
		},
		want:  []string{"CA$255.00", "CA$85.00", "CA$3,375.00", "valid for 14 days, until 24 November 2026"},
		paper: "(letter)",
	},
}

func TestChangeOrderPDF(t *testing.T) {
	for _, tc := range coDocs {
		t.Run(tc.name, func(t *testing.T) {
			pdf, err := ChangeOrderPDF(tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			again, err := ChangeOrderPDF(tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(pdf, again) {
				t.Error("two renderings of the same change order differ")
			}
			text := coPDFText(t, pdf)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("text read back lacks %q", w)
				}
			}
			if info := coPDFInfo(t, pdf); !strings.Contains(info, tc.paper) {
				t.Errorf("paper is not %s:\n%s", tc.paper, info)
			}
			coGolden(t, tc.name, text)
		})
	}
}

// A change order whose signature blocks would fall alone onto a second page
// is laid out again with less air; one that is long anyway keeps the first
// layout over two pages.
func TestChangeOrderOnePage(t *testing.T) {
	d := coDocs[0].doc
	d.Request = strings.Repeat("Juste une petite modif rapide sur le logo, est-ce qu'on pourrait reprendre la teinte ? ", 3)
	d.ClientAddress += "\nBâtiment B, 2e étage"
	if normal := renderChangeOrder(d, false); normal.PageCount() != 2 {
		t.Fatalf("the test document takes %d pages in the first layout, want 2 (make it longer)", normal.PageCount())
	}
	pdf, err := ChangeOrderPDF(d)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(pdf, []byte("/Count 1\n")) {
		t.Error("not laid out on one page")
	}
	for i := 0; i < 12; i++ {
		d.Lines = append(d.Lines, PriceLine{Label: "Ligne", Quantity: 1, UnitPrice: 10, Amount: 10})
	}
	if pdf, err = ChangeOrderPDF(d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(pdf, []byte("/Count 2\n")) {
		t.Error("a long change order must keep two pages")
	}
}

func TestSaveChangeOrderPDF(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "changeorders")
	path, err := SaveChangeOrderPDF(dir, "CO-2026-001", []byte("%PDF-1.3"))
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, path: 0o600} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != want {
			t.Errorf("%s mode = %o, want %o", p, got, want)
		}
	}
	for _, bad := range []string{"", "../x", ".hidden", "a/b"} {
		if _, err := SaveChangeOrderPDF(dir, bad, nil); err == nil {
			t.Errorf("number %q accepted", bad)
		}
	}
}

func BenchmarkChangeOrderPDF(b *testing.B) {
	for b.Loop() {
		if _, err := ChangeOrderPDF(coDocs[0].doc); err != nil {
			b.Fatal(err)
		}
	}
}
