package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/scopeguard/scopeguard/watcher"
)

// BenchmarkBacklog handles the development corpus's emails as a backlog in
// batches of 100, as the watcher hands them over: analysed in parallel,
// decided in order, recorded in one transaction per batch, observe-only
// (no drafts). One op is one email; each has its own Message-ID.
func BenchmarkBacklog(b *testing.B) {
	ctx := context.Background()
	names, err := filepath.Glob(filepath.Join(corpus(b), "cases", "*.eml"))
	if err != nil || len(names) == 0 {
		b.Fatalf("corpus cases: %d, %v", len(names), err)
	}
	sort.Strings(names)
	var raws [][]byte
	for _, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
	}
	msgID := regexp.MustCompile(`(?mi)^Message-ID:[^\r\n]*`)
	ins := make([]watcher.Incoming, b.N)
	for i := range ins {
		raw := msgID.ReplaceAll(raws[i%len(raws)], fmt.Appendf(nil, "Message-ID: <bench-%d@example.com>", i))
		if !bytes.Contains(raw, []byte("<bench-")) {
			b.Fatalf("%s has no Message-ID", names[i%len(names)])
		}
		ins[i] = watcher.Incoming{Account: "main", Mailbox: "INBOX", UIDValidity: 7, UID: uint32(i + 1), Raw: raw}
	}
	r := newRig(b)
	r.env.Config.Replies.Drafts = false
	b.ReportAllocs()
	b.ResetTimer()
	for start := 0; start < len(ins); start += 100 {
		part := ins[start:min(start+100, len(ins))]
		bh, err := r.p.Begin(ctx, part)
		if err != nil {
			b.Fatal(err)
		}
		for _, in := range part {
			if _, err := bh.Handle(ctx, in); err != nil {
				b.Fatalf("uid %d: %v", in.UID, err)
			}
		}
		if err := bh.End(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
