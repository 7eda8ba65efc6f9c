package memimap

import (
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
)

func TestServer(t *testing.T) {
	for _, mode := range []string{"starttls", "implicit", "none"} {
		t.Run(mode, func(t *testing.T) {
			srv, err := Start(Options{TLS: mode})
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			if _, err := srv.Deliver("INBOX", []byte("Subject: hi\r\n\r\nhello\r\n"), time.Time{}); err != nil {
				t.Fatal(err)
			}
			c, err := srv.Dial() // verifies the certificate with RootCAs
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			list, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect()
			if err != nil {
				t.Fatal(err)
			}
			var drafts string
			for _, l := range list {
				for _, a := range l.Attrs {
					if a == imap.MailboxAttrDrafts {
						drafts = l.Mailbox
					}
				}
			}
			if drafts != "Drafts" || len(list) != 2 {
				t.Errorf("LIST = %+v, want INBOX and Drafts with \\Drafts", list)
			}
			msgs, err := FetchAll(c, "INBOX")
			if err != nil || len(msgs) != 1 || string(msgs[0].Raw) != "Subject: hi\r\n\r\nhello\r\n" {
				t.Errorf("FetchAll = %+v, %v", msgs, err)
			}
		})
	}
}

func TestRecreateChangesUIDValidity(t *testing.T) {
	srv, err := Start(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	c, err := srv.Dial()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	status := func() uint32 {
		st, err := c.Status("INBOX", &imap.StatusOptions{UIDValidity: true}).Wait()
		if err != nil {
			t.Fatal(err)
		}
		return st.UIDValidity
	}
	before := status()
	if err := srv.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	if after := status(); after == before {
		t.Errorf("UIDVALIDITY unchanged: %d", after)
	}
}
