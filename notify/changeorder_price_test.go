package notify

import (
	"testing"

	"github.com/scopeguard/scopeguard/contracts"
)

// coTestContract is a small contract of another trade than the corpus's,
// so the rate matching is tested on words it has never seen.
var coTestContract = &contracts.Contract{
	ID: "atelier-photo", Language: "fr", Currency: "EUR", HourlyRate: 50,
	Deliverables: []contracts.Deliverable{
		{ID: "retouche", Name: "Retouche photo", Quantity: 20, Unit: "image", Revisions: 1},
		{ID: "album", Name: "Album de mariage", Revisions: 0},
	},
	Exclusions: []contracts.Exclusion{
		{Name: "Vidéo", EstimateHours: 12},
		{Name: "Tirages", EstimateHours: 0},
	},
	Rates: []contracts.Rate{
		{Name: "Image retouchée supplémentaire", Price: 15},
		{Name: "Round of changes", Price: 90},
		{Name: "Traduction des légendes en anglais", Price: 80},
	},
}

func TestPriceChange(t *testing.T) {
	tests := []struct {
		name   string
		r      contracts.Result
		ok     bool
		kind   ChangeKind
		basis  PriceBasis
		amount float64
		delay  int
	}{
		{"in scope", contracts.Result{Verdict: contracts.InScope}, false, "", "", 0, 0},
		{"unclear", contracts.Result{Verdict: contracts.Unclear, Deliverable: "album"}, false, "", "", 0, 0},
		{"extra round, English rate name", contracts.Result{Verdict: contracts.RevisionOverLimit, Deliverable: "album"},
			true, ChangeRounds, BasisRate, 90, 2},
		{"five more images", contracts.Result{Verdict: contracts.OutOfScope, Deliverable: "retouche", Quantity: 25},
			true, ChangeQuantity, BasisRate, 75, 2},
		{"one more image when the count is unknown", contracts.Result{Verdict: contracts.OutOfScope, Deliverable: "retouche", Quantity: 21},
			true, ChangeQuantity, BasisRate, 15, 2},
		{"excluded with an estimate", contracts.Result{Verdict: contracts.OutOfScope, Exclusion: "Vidéo"},
			true, ChangeExclusion, BasisEstimate, 600, 2},
		{"excluded work is priced on its estimate, not on a rate the request's words happen to name",
			contracts.Result{Verdict: contracts.OutOfScope, Exclusion: "Vidéo", Request: "Une petite vidéo des images retouchées ?"},
			true, ChangeExclusion, BasisEstimate, 600, 2},
		{"excluded without an estimate", contracts.Result{Verdict: contracts.OutOfScope, Exclusion: "Tirages"},
			true, ChangeExclusion, BasisDefault, 400, 2},
		{"addition matched by meaning", contracts.Result{Verdict: contracts.OutOfScope, Deliverable: "album",
			Request: "Pourriez-vous faire une version english des captions ?"}, true, ChangeExtra, BasisRate, 80, 2},
		{"addition without a rate", contracts.Result{Verdict: contracts.OutOfScope, Deliverable: "album",
			Request: "Un coffret en bois pour l'album ?"}, true, ChangeExtra, BasisDefault, 200, 2},
		{"earlier date", contracts.Result{Verdict: contracts.OutOfScope, EarlierDate: "2026-11-20"},
			true, ChangeDeadline, BasisDefault, 200, 0},
		{"new work", contracts.Result{Verdict: contracts.OutOfScope, Request: "Pouvez-vous gérer notre site ?"},
			true, ChangeNewWork, BasisDefault, 400, 2},
		{"a single shared word is not enough", contracts.Result{Verdict: contracts.OutOfScope, Request: "Une traduction du contrat ?"},
			true, ChangeNewWork, BasisDefault, 400, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := PriceChange(coTestContract, tc.r)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			if p.Kind != tc.kind || p.Basis != tc.basis || p.Amount != tc.amount || p.DelayDays != tc.delay {
				t.Errorf("got %s %s %v delay %d (rate %q), want %s %s %v delay %d",
					p.Kind, p.Basis, p.Amount, p.DelayDays, p.Rate, tc.kind, tc.basis, tc.amount, tc.delay)
			}
			if len(p.Lines) != 1 || p.Lines[0].Amount != p.Amount || p.Lines[0].Label == "" {
				t.Errorf("lines = %+v", p.Lines)
			}
		})
	}
}

func TestCoWordsComplete(t *testing.T) {
	for k, m := range coWords {
		if m["fr"] == "" || m["en"] == "" {
			t.Errorf("change-order word %q lacks a language: %v", k, m)
		}
	}
}
