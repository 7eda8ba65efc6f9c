package store

import "testing"

func TestMailboxes(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	if err := s.SetMailboxState(ctx, "work", "INBOX", 7, 12); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMailboxState(ctx, "work", "Sent", 8, 0); err != nil {
		t.Fatal(err)
	}
	p := processed("m1", "acme", "in_scope", "", t0)
	p.Account, p.Mailbox = "work", "INBOX"
	if _, err := s.RecordProcessed(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Mailboxes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Mailbox != "INBOX" || got[0].LastUID != 12 || !got[0].LastProcessed.Equal(p.ProcessedAt) ||
		got[1].Mailbox != "Sent" || !got[1].LastProcessed.IsZero() {
		t.Errorf("Mailboxes = %+v", got)
	}
}
