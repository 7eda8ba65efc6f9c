package store

import (
	"strings"
	"testing"
	"time"
)

func TestFailures(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	f := Failure{Account: "work", Mailbox: "INBOX", UIDValidity: 7, UID: 42, MessageID: "m@x", From: "a@x",
		Subject: "Devis", Error: strings.Repeat("e", 2000), At: t0}
	if err := s.RecordFailure(ctx, f); err != nil {
		t.Fatal(err)
	}
	again := f
	again.Error, again.At = "second error", t0.Add(time.Hour)
	if err := s.RecordFailure(ctx, again); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordFailure(ctx, Failure{Account: "work", Mailbox: "INBOX", UIDValidity: 7, UID: 43, Error: "x", At: t0.Add(48 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Failures(ctx, t0, t0.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("failures in the day = %+v, want the first only", got)
	}
	g := got[0]
	if g.UID != 42 || g.MessageID != "m@x" || !g.At.Equal(t0) || len([]rune(g.Error)) != maxFailureError || !strings.HasPrefix(g.Error, "eee") {
		t.Errorf("failure = %+v: want the first record, error cut to %d runes", g, maxFailureError)
	}
}
