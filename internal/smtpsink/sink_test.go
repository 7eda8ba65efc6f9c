package smtpsink

import (
	"context"
	"crypto/tls"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

func TestSinkAuthAndWait(t *testing.T) {
	srvTLS, roots, err := SelfSigned()
	if err != nil {
		t.Fatal(err)
	}
	s := Start(t, Options{TLS: srvTLS, Username: "u", Password: "p"})
	dial := func() *smtp.Client {
		c, err := smtp.DialStartTLS(s.Addr, &tls.Config{RootCAs: roots, ServerName: "127.0.0.1"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	msg := "To: o@x.test\r\nSubject: hi\r\n\r\nbody\r\n"

	for _, tc := range []struct {
		name string
		auth sasl.Client
		want string // error substring, "" = accepted
	}{
		{"no auth", nil, "authentication required"},
		{"wrong password", sasl.NewPlainClient("", "u", "wrong"), "Authentication failed"},
		{"good", sasl.NewPlainClient("", "u", "p"), ""},
	} {
		c := dial()
		var err error
		if tc.auth != nil {
			err = c.Auth(tc.auth)
		}
		if err == nil {
			err = c.SendMail("f@x.test", []string{"o@x.test"}, strings.NewReader(msg))
		}
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	got, err := s.Wait(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].User != "u" || !got[0].TLS || got[0].From != "f@x.test" || !strings.Contains(string(got[0].Data), "Subject: hi") {
		t.Errorf("got %+v", got)
	}
	short, cancel2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel2()
	if _, err := s.Wait(short, 2); err == nil {
		t.Error("Wait for a message that never comes: no error")
	}
}

func TestSinkCloseRightAway(t *testing.T) {
	for range 20 {
		s, err := Listen("127.0.0.1:0", Options{})
		if err != nil {
			t.Fatal(err)
		}
		s.Close() // must not hang when Serve has not started yet
	}
}
