package contracts

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzClassify: any text a client can send gives a verdict of the closed
// set, naming only the contract's own deliverables and exclusions, and
// never a panic (the daemon would stop on the message and meet it again
// at every restart). Seeds: the engine tests' sentences below and the
// development corpus's emails when it is beside the repository.
func FuzzClassify(f *testing.F) {
	names, err := filepath.Glob(filepath.Join("testdata", "engine", "*.toml"))
	if err != nil || len(names) == 0 {
		f.Fatalf("no test contracts: %v", err)
	}
	var cs []*Contract
	for _, n := range names {
		cs = append(cs, loadTestContract(f, filepath.Base(n)))
	}
	for _, s := range []string{
		"Could you also add 3 more photos by Friday 12 March?",
		"Pourriez-vous refaire le logo en plus grand, comme convenu le 5 ?",
		"Five acres, aerials as well. Merci !",
		"Re: devis\n\n> old text\nOK pour moi, on avance.",
		"a", "", "12 12 12 le le le de de", "…«»—–\u00a0\u202f", "http://x.y/z_a_b.wav?a=1 e.g. (i.e.",
	} {
		f.Add(s, "Re: "+s[:min(len(s), 10)], uint8(0), uint8(0))
	}
	if cases, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "cases", "*.eml")); len(cases) > 0 {
		for _, p := range cases[:min(len(cases), 20)] {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b), "", uint8(1), uint8(1))
			}
		}
	}
	e := NewEngine()
	today := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text, subject string, which, rounds uint8) {
		c := cs[int(which)%len(cs)]
		ledger := Ledger{}
		for i, d := range c.Deliverables {
			ledger[d.ID] = int(rounds>>uint(i)) & 3
		}
		r := e.Classify(c, Input{Subject: subject, Text: text, Today: today, Automated: rounds&0x80 != 0}, ledger)
		if r.Verdict.Severity() == 0 {
			t.Fatalf("verdict %q is not in the closed set", r.Verdict)
		}
		if r.Deliverable != "" && c.Deliverable(r.Deliverable) == nil {
			t.Fatalf("deliverable %q is not the contract's", r.Deliverable)
		}
		if r.Exclusion != "" && c.Exclusion(r.Exclusion) == nil {
			t.Fatalf("exclusion %q is not the contract's", r.Exclusion)
		}
	})
}

func TestClip(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 16, "one two three"},      // at the last space in the last quarter
		{"abcdefghijklmnopqrstuvwxyz", 10, "abcdefghij"}, // no boundary: a plain cut
		{"aé", 2, "a"},                                   // never inside a UTF-8 sequence
	}
	for _, tc := range tests {
		if got := clip(tc.s, tc.n); got != tc.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}
