package main

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/scopeguard/scopeguard/contracts"
)

// BenchmarkParseStripClassify measures the whole reading of one typical
// client email: MIME and quoted-printable decoding, quote and signature
// stripping, routing and the scope engine.
func BenchmarkParseStripClassify(b *testing.B) {
	corpus := corpusDir(b)
	book, err := contracts.LoadDir(filepath.Join(corpus, "contracts"))
	if err != nil {
		b.Fatal(err)
	}
	// A Gmail reply: multipart/alternative, quoted-printable, quoted history.
	raw, err := os.ReadFile(filepath.Join(corpus, "cases", "d011.eml"))
	if err != nil {
		b.Fatal(err)
	}
	// One core, as the throughput target says: GC gets no second core.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	e := contracts.NewEngine()
	ledger := func(string) (contracts.Ledger, error) { return contracts.Ledger{"logo": 2, "cartes": 0}, nil }
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cl, err := classifyRaw(e, book, "d011.eml", raw, ledger, day)
		if err != nil || cl.Result.Verdict == "" {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
