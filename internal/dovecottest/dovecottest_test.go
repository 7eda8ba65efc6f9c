package dovecottest

import (
	"testing"

	"github.com/emersion/go-imap/v2"
)

func TestServer(t *testing.T) {
	s := Start(t)
	s.Save(t, "INBOX", []byte("Subject: hi\r\n\r\nhello\r\n"))
	status := func() *imap.StatusData {
		c, err := s.Dial()
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		st, err := c.Status("INBOX", &imap.StatusOptions{NumMessages: true, UIDValidity: true}).Wait()
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	if st := status(); *st.NumMessages != 1 {
		t.Fatalf("INBOX has %d messages, want 1", *st.NumMessages)
	}
	s.SetUIDValidity(t, "INBOX", 777)
	s.Restart(t)
	if st := status(); st.UIDValidity != 777 || *st.NumMessages != 1 {
		t.Errorf("after restart: uidvalidity %d, %d messages; want 777 and 1", st.UIDValidity, *st.NumMessages)
	}
}
