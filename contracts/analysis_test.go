package contracts

import (
	"reflect"
	"sync"
	"testing"
)

// Analyses made in parallel and decided in order give what Classify gives,
// and Decide is where the ledger counts: the same analysis of a revision is
// over the limit once the included rounds are used.
func TestAnalyzeInParallelThenDecide(t *testing.T) {
	photo, app := loadTestContract(t, "photo.toml"), loadTestContract(t, "app.toml")
	fr := "Bonjour,\n\nPourriez-vous éclaircir un peu la photo de la sortie de l'église ? Et retirer le panneau derrière nous sur la photo du discours.\n\nMerci !"
	en := "Hi Sam,\n\nOn the dashboard screen, could you move the weekly chart above the streak counter and make the font a bit larger?\n\nThanks,\nLena"
	tests := []struct {
		c      *Contract
		in     Input
		ledger Ledger
		want   Verdict
	}{
		{photo, Input{Text: fr, Today: day("2026-06-01")}, Ledger{"photos": 0}, Revision},
		{photo, Input{Text: fr, Today: day("2026-06-01")}, Ledger{"photos": 1}, RevisionOverLimit},
		{app, Input{Text: en, Today: day("2026-06-01")}, Ledger{"screens": 0}, Revision},
		{app, Input{Text: en, Today: day("2026-06-01")}, Ledger{"screens": 2}, RevisionOverLimit},
		{app, Input{Text: en, Automated: true}, Ledger{}, NotARequest},
	}
	e := NewEngine()
	analyses := make([]*Analysis, len(tests))
	var wg sync.WaitGroup
	for i, tt := range tests {
		wg.Go(func() { analyses[i] = e.Analyze(tt.c, tt.in) })
	}
	wg.Wait()
	for i, tt := range tests {
		got := analyses[i].Decide(tt.ledger)
		if got.Verdict != tt.want {
			t.Errorf("case %d: Decide = %s, want %s", i, got.Verdict, tt.want)
		}
		if want := e.Classify(tt.c, tt.in, tt.ledger); !reflect.DeepEqual(got, want) {
			t.Errorf("case %d: Analyze+Decide = %+v\nClassify = %+v", i, got, want)
		}
	}
}
