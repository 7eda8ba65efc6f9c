package message

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRead reads a typical client reply: Gmail multipart/alternative,
// quoted-printable, with a French attribution and a quoted message.
func BenchmarkRead(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(corpusDir, "d001.eml"))
	if err != nil {
		b.Fatalf("reading corpus message: %v", err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadCorpus reads every corpus email once per iteration and
// reports the throughput in messages per second.
func BenchmarkReadCorpus(b *testing.B) {
	files := corpusFiles(b)
	raws := make([][]byte, len(files))
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		raws[i] = raw
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range raws {
			if _, err := Read(raw); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(raws))/b.Elapsed().Seconds(), "msg/s")
}
