package contracts

import "testing"

// BenchmarkClassify measures the scope engine alone on a typical request.
func BenchmarkClassify(b *testing.B) {
	c, e, in, ledger := benchRequest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if r := e.Classify(c, in, ledger); r.Verdict != OutOfScope {
			b.Fatal(r.Verdict)
		}
	}
}

// BenchmarkDecide measures the part of a classification that needs the
// ledger, which a backlog runs in order (Analyze runs in parallel).
func BenchmarkDecide(b *testing.B) {
	c, e, in, ledger := benchRequest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		an := e.Analyze(c, in)
		b.StartTimer()
		if r := an.Decide(ledger); r.Verdict != OutOfScope {
			b.Fatal(r.Verdict)
		}
	}
}

func benchRequest(b *testing.B) (*Contract, *Engine, Input, Ledger) {
	c := loadTestContract(b, "app.toml")
	e := NewEngine()
	in := Input{
		Subject: "Re: Dashboard v2",
		Text: "Hi Sam,\n\nThanks for v2, it's getting there. A few notes from the team:\n\n" +
			"- On the dashboard screen, could you move the weekly chart above the streak counter?\n" +
			"- The settings screen font is too small on my phone, can it be a bit larger?\n" +
			"- While you're at it, could you also add a screen for nutrition tracking?\n\n" +
			"Let me know when the next TestFlight build is ready.\n\nThanks,\nLena",
		Today: day("2026-11-20"),
	}
	return c, e, in, Ledger{"screens": 1}
}
