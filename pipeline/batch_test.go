package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/store"
	"github.com/scopeguard/scopeguard/watcher"
)

// The whole development corpus handled in batches (analysed in parallel,
// decided in order, one transaction per batch) gives the same verdicts,
// ledgers, drafts and change orders as handling it one message at a time.
// Its many revision requests on the same deliverables check that a batch
// keeps its ledger up to date from one message to the next.
func TestBatchesMatchOneByOne(t *testing.T) {
	ctx := context.Background()
	names, err := filepath.Glob(filepath.Join(corpus(t), "cases", "*.eml"))
	if err != nil || len(names) < 50 {
		t.Fatalf("corpus cases: %d, %v", len(names), err)
	}
	sort.Strings(names)
	var ins []watcher.Incoming
	for i, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, watcher.Incoming{Account: "main", Mailbox: "INBOX", UIDValidity: 7, UID: uint32(i + 1), Raw: raw})
	}

	one, batched := newRig(t), newRig(t)
	for _, in := range ins {
		out, err := one.p.Handle(ctx, in)
		if err != nil {
			t.Fatalf("uid %d: %v", in.UID, err)
		}
		if out.Draft != nil && !out.Done {
			if err := one.p.Appended(ctx, in, out, in.UID); err != nil {
				t.Fatal(err)
			}
		}
	}
	drafts := 0
	for start := 0; start < len(ins); start += 7 {
		part := ins[start:min(start+7, len(ins))]
		bh, err := batched.p.Begin(ctx, part)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range part {
			out, err := bh.Handle(ctx, in)
			if err != nil {
				t.Fatalf("uid %d: %v", in.UID, err)
			}
			if out.Draft != nil && !out.Done {
				drafts++
				// The draft's intent is committed before the watcher
				// appends it: another connection sees it.
				if d, err := batched.st.DraftFor(ctx, out.MessageID); err != nil || d == nil {
					t.Fatalf("uid %d: draft intent not committed before the APPEND: %v, %v", in.UID, d, err)
				}
				if err := bh.Appended(ctx, in, out, in.UID); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := bh.End(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if drafts == 0 {
		t.Fatal("no drafts: the comparison would miss the reply path")
	}

	for _, in := range ins {
		id := messageIDOf(t, in.Raw)
		r1, err1 := one.st.ResultFor(ctx, id)
		r2, err2 := batched.st.ResultFor(ctx, id)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(r1, r2) {
			t.Errorf("uid %d %s: one by one %+v (%v), batched %+v (%v)", in.UID, id, r1, err1, r2, err2)
		}
		d1, _ := one.st.DraftFor(ctx, id)
		d2, _ := batched.st.DraftFor(ctx, id)
		if (d1 == nil) != (d2 == nil) || d1 != nil && (!bytes.Equal(d1.Raw, d2.Raw) || d1.Status != d2.Status) {
			t.Errorf("uid %d %s: drafts differ", in.UID, id)
		}
		co1, _ := one.st.ChangeOrderFor(ctx, id)
		co2, _ := batched.st.ChangeOrderFor(ctx, id)
		if (co1 == nil) != (co2 == nil) || co1 != nil && (co1.Number != co2.Number || co1.Amount != co2.Amount) {
			t.Errorf("uid %d %s: change orders differ: %+v, %+v", in.UID, id, co1, co2)
		}
	}
	for _, c := range one.env.Book.All() {
		l1, _ := one.st.Ledger(ctx, c.ID)
		l2, _ := batched.st.Ledger(ctx, c.ID)
		if !reflect.DeepEqual(l1, l2) {
			t.Errorf("ledger of %s: one by one %v, batched %v", c.ID, l1, l2)
		}
	}
}

func messageIDOf(t *testing.T, raw []byte) string {
	t.Helper()
	for _, line := range strings.Split(string(raw), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, "Message-ID") {
			return strings.Trim(strings.TrimSpace(v), "<>")
		}
	}
	t.Fatal("no Message-ID")
	return ""
}

// A malformed email in the middle of a batch is skipped as a permanent
// failure, recorded for the digest in the batch's transaction, and the
// emails around it are handled.
func TestBatchWithMalformedEmail(t *testing.T) {
	ctx := context.Background()
	r := newRig(t)
	good1, good2 := r.incoming(t, "d001", 1), r.incoming(t, "d002", 3)
	bad := watcher.Incoming{Account: "main", Mailbox: "INBOX", UIDValidity: 7, UID: 2, Raw: []byte("\x00\x01 not mail")}
	ins := []watcher.Incoming{good1, bad, good2}
	bh, err := r.p.Begin(ctx, ins)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		_, err := bh.Handle(ctx, in)
		if permanent := errors.Is(err, watcher.ErrPermanent); (in.UID == 2) != permanent || err != nil && !permanent {
			t.Errorf("uid %d: %v", in.UID, err)
		}
	}
	if err := bh.End(ctx); err != nil {
		t.Fatal(err)
	}
	fails, err := r.st.Failures(ctx, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || len(fails) != 1 || fails[0].UID != 2 {
		t.Errorf("failures = %+v, %v; want uid 2", fails, err)
	}
	for _, in := range []watcher.Incoming{good1, good2} {
		if seen, err := r.st.Seen(ctx, messageIDOf(t, in.Raw)); err != nil || !seen {
			t.Errorf("uid %d not recorded: %v", in.UID, err)
		}
	}
}

// A verdict recorded on the batch's writer that fails fails the batch:
// End rolls back everything since the last commit, so that the watcher
// records no progress and the batch is handled again.
func TestDeferredWriteFailureRollsBack(t *testing.T) {
	ctx := context.Background()
	r := newRig(t)
	r.env.Config.Replies.Drafts = false
	var ins []watcher.Incoming
	for i, name := range []string{"d001", "d002"} {
		ins = append(ins, r.incoming(t, name, uint32(i+1)))
	}
	bh, err := r.p.Begin(ctx, ins)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		if _, err := bh.Handle(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	b := bh.(*batch)
	if b.writes == nil {
		t.Fatal("the batch's verdicts were not recorded on its writer")
	}
	b.later(ctx, store.Processed{}) // no Message-ID: RecordProcessed refuses it
	if err := bh.End(ctx); err == nil {
		t.Fatal("End committed a batch whose deferred write failed")
	}
	for _, in := range ins {
		id := messageIDOf(t, in.Raw)
		if seen, err := r.st.Seen(ctx, id); err != nil || seen {
			t.Errorf("%s is recorded after the batch was rolled back: %v, %v", id, seen, err)
		}
	}
}
