package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scopeguard/scopeguard/contracts"
)

func TestDigestRuns(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	if r, err := s.LastDigest(ctx); r != nil || err != nil {
		t.Fatalf("LastDigest on a fresh store = %v, %v; want nil, nil", r, err)
	}
	day := 24 * time.Hour
	first, err := s.RecordDigest(ctx, t0, t0.Add(day), t0.Add(day))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name       string
		start, end time.Time
		wantErr    error
	}{
		{"same period", t0, t0.Add(day), ErrOverlap},
		{"inside", t0.Add(time.Hour), t0.Add(2 * time.Hour), ErrOverlap},
		{"straddles the start", t0.Add(-time.Hour), t0.Add(time.Hour), ErrOverlap},
		{"covers it", t0.Add(-day), t0.Add(2 * day), ErrOverlap},
		{"empty", t0.Add(3 * day), t0.Add(3 * day), errAny},
		{"backwards", t0.Add(4 * day), t0.Add(3 * day), errAny},
		{"just before", t0.Add(-day), t0, nil},
	} {
		_, err := s.RecordDigest(ctx, c.start, c.end, t0)
		switch {
		case c.wantErr == nil && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.wantErr == errAny && err == nil, c.wantErr == ErrOverlap && !errors.Is(err, ErrOverlap):
			t.Errorf("%s: err = %v, want %v", c.name, err, c.wantErr)
		}
	}

	last, err := s.LastDigest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(first, last); diff != "" {
		t.Errorf("LastDigest (-want +got):\n%s", diff)
	}
	if last.Status != DigestRecorded {
		t.Errorf("status %q, want recorded", last.Status)
	}

	sentAt := t0.Add(day + time.Minute)
	if err := s.MarkDigestSent(ctx, first.ID, sentAt); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkDigestSent(ctx, first.ID, sentAt); !errors.Is(err, ErrAlreadySent) {
		t.Errorf("second MarkDigestSent = %v, want ErrAlreadySent", err)
	}
	if err := s.MarkDigestSent(ctx, 9999, sentAt); !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkDigestSent(unknown) = %v, want ErrNotFound", err)
	}
	last, _ = s.LastDigest(ctx)
	if last.Status != DigestSent || !last.SentAt.Equal(sentAt) {
		t.Errorf("after sending: %+v", last)
	}

	next, err := s.RecordDigest(ctx, t0.Add(day), t0.Add(2*day), t0.Add(2*day))
	if err != nil {
		t.Fatal(err)
	}
	if last, _ := s.LastDigest(ctx); last.ID != next.ID {
		t.Errorf("LastDigest = run %d, want the newest %d", last.ID, next.ID)
	}
}

func TestActivity(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	h := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }
	msgs := []Processed{
		processed("before", "acme", contracts.OutOfScope, "", h(-5)),
		processed("b1", "beta", contracts.InScope, "site", h(1)),
		processed("a1", "acme", contracts.OutOfScope, "", h(2)),
		processed("stranger", "", "", "", h(3)),
		processed("a2", "acme", contracts.Revision, "logo", h(4)),
		processed("after", "acme", contracts.Unclear, "", h(30)),
	}
	msgs[2].Result.Exclusion = "Site web"
	msgs[2].Result.Tension = true
	msgs[2].Result.Reasons = []contracts.Reason{
		{Cue: "deliverable", Weight: -1, Words: "logo"},
		{Cue: "exclusion", Weight: 3, Words: "une  page\nd'accueil"},
		{Cue: "new-work", Weight: 2, Words: "nouveau"},
	}
	msgs[4].Result.Reasons = nil
	msgs[4].Date = time.Time{} // no Date header: the processing time stands in
	for _, p := range msgs {
		if _, err := s.RecordProcessed(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RecordDraftIntent(ctx, Draft{MessageID: "a1", Account: "acct", DraftID: "<d1>", Raw: []byte("r")}); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkAnswered(ctx, "b1", h(6)); err != nil {
		t.Fatal(err)
	}

	got, err := s.Activity(ctx, t0, h(24))
	if err != nil {
		t.Fatal(err)
	}
	want := []Activity{
		{MessageID: "a1", Contract: "acme", From: "client@example.com", Subject: "subject a1", Excerpt: "excerpt of a1",
			Exclusion: "Site web", Reason: `une page d'accueil`, Verdict: contracts.OutOfScope,
			Date: h(2), Tension: true, DraftStatus: DraftPending},
		{MessageID: "a2", Contract: "acme", From: "client@example.com", Subject: "subject a2", Excerpt: "excerpt of a2",
			Deliverable: "logo", Verdict: contracts.Revision, Date: h(4).Add(time.Minute)},
		{MessageID: "b1", Contract: "beta", From: "client@example.com", Subject: "subject b1", Excerpt: "excerpt of b1",
			Deliverable: "site", Reason: `some words`, Verdict: contracts.InScope, Date: h(1), Answered: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Activity (-want +got):\n%s", diff)
	}
	if err := s.MarkAnswered(ctx, "none", h(6)); !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkAnswered(none) = %v, want ErrNotFound", err)
	}
}

func TestUnclearWaiting(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	h := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }
	for _, p := range []Processed{
		processed("u-followed", "acme", contracts.Unclear, "", h(0)),
		processed("later", "acme", contracts.InScope, "logo", h(1)),
		processed("u-alone", "beta", contracts.Unclear, "", h(2)),
		processed("u-answered", "gamma", contracts.Unclear, "", h(3)),
		processed("u-late-follow", "delta", contracts.Unclear, "", h(4)),
		processed("follow-after-until", "delta", contracts.InScope, "", h(20)),
		processed("u-last", "acme", contracts.Unclear, "", h(5)),
		processed("u-after-until", "zeta", contracts.Unclear, "", h(21)),
	} {
		if _, err := s.RecordProcessed(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.MarkAnswered(ctx, "u-answered", h(6)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		until time.Time
		want  []string
	}{
		{h(10), []string{"u-last", "u-alone", "u-late-follow"}},
		{h(22), []string{"u-last", "u-alone", "u-after-until"}},
		// Before the answer and the follow-up, both were still waiting.
		{h(3).Add(30 * time.Minute), []string{"u-alone", "u-answered"}},
	} {
		as, err := s.UnclearWaiting(ctx, c.until)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range as {
			ids = append(ids, a.MessageID)
			if a.Verdict != contracts.Unclear || a.Answered {
				t.Errorf("%s: verdict %q answered %v", a.MessageID, a.Verdict, a.Answered)
			}
		}
		if diff := cmp.Diff(c.want, ids); diff != "" {
			t.Errorf("UnclearWaiting(%v) (-want +got):\n%s", c.until, diff)
		}
	}
}

func TestReasonLine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want string }{
		{`[]`, ""},
		{`not json`, ""},
		{`[{"cue":"a","weight":1}]`, ""},
		{`[{"cue":"a","weight":1,"words":"x"},{"cue":"b","weight":1,"words":"y"}]`, `x`},
		{`[{"cue":"a","weight":-2,"words":"x"},{"cue":"b","weight":-1,"words":"y"}]`, `y`},
		{`[{"cue":"a","weight":3},{"cue":"b","weight":1,"words":"y"}]`, `y`},
		{`[{"cue":"q","weight":1,"words":"say \"hi\"\n\tnow"}]`, `say "hi" now`},
	} {
		if got := reasonLine(c.in); got != c.want {
			t.Errorf("reasonLine(%s) = %q, want %q", c.in, got, c.want)
		}
	}
}

func BenchmarkActivity(b *testing.B) {
	s := openTest(b)
	for i := range 2000 {
		p := processed(fmt.Sprint("m", i), "acme", contracts.Verdicts[i%len(contracts.Verdicts)], "logo",
			t0.Add(time.Duration(i)*time.Minute))
		if _, err := s.RecordProcessed(ctx, p); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		as, err := s.Activity(ctx, t0, t0.Add(24*time.Hour))
		if err != nil || len(as) != 1439 {
			b.Fatalf("Activity = %d rows, %v", len(as), err)
		}
	}
}

func FuzzReasonLine(f *testing.F) {
	for _, s := range []string{`[]`, `[{"cue":"a","weight":1,"words":"x\ny"}]`, `[{"cue":"a","weight":"x"}]`, `{}`, `null`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, js string) {
		got := reasonLine(js)
		if strings.ContainsAny(got, "\n\r") {
			t.Errorf("reasonLine(%q) = %q: more than one line", js, got)
		}
	})
}
