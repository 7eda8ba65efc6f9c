package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/internal/smtpsink"
)

const smtpTestPassword = "s3cret-pässword"

// smtpTestSink starts a sink with STARTTLS (or implicit TLS) and AUTH PLAIN,
// and returns it with a mailer config pointing at it.
func smtpTestSink(t *testing.T, mode config.TLSMode) (*smtpsink.Sink, *OwnerMailer) {
	t.Helper()
	srvTLS, roots, err := smtpsink.SelfSigned()
	if err != nil {
		t.Fatal(err)
	}
	opts := smtpsink.Options{TLS: srvTLS, Implicit: mode == config.TLSImplicit, Username: "owner-login", Password: smtpTestPassword}
	if mode == config.TLSNone {
		opts.TLS = nil
	}
	sink := smtpsink.Start(t, opts)
	t.Setenv("SCOPEGUARD_TEST_SMTP_PASSWORD", smtpTestPassword)
	cfg := config.SMTP{Host: sink.Host(), Port: sink.Port(), TLS: mode, Username: "owner-login", Auth: config.AuthPlain,
		Password: config.Secret{Env: "SCOPEGUARD_TEST_SMTP_PASSWORD"}, From: "scopeguard@studio.test"}
	m, err := NewOwnerMailer(cfg, digestOwner("fr"))
	if err != nil {
		t.Fatal(err)
	}
	m.RootCAs = roots
	return sink, m
}

func smtpTestDigest(t *testing.T, lang string) []byte {
	t.Helper()
	d := digestBuild(t, lang, digestFixture)
	msg, err := d.Message("scopeguard@studio.test", digestUntil)
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

func TestSendToOwner(t *testing.T) {
	for _, mode := range []config.TLSMode{config.TLSStartTLS, config.TLSImplicit, config.TLSNone} {
		t.Run(string(mode), func(t *testing.T) {
			sink, m := smtpTestSink(t, mode)
			if err := m.Send(context.Background(), smtpTestDigest(t, "fr")); err != nil {
				t.Fatal(err)
			}
			got := sink.Messages()
			if len(got) != 1 {
				t.Fatalf("sink has %d messages, want 1", len(got))
			}
			r := got[0]
			if r.User != "owner-login" {
				t.Errorf("authenticated as %q, want owner-login", r.User)
			}
			if wantTLS := mode != config.TLSNone; r.TLS != wantTLS {
				t.Errorf("TLS = %v, want %v", r.TLS, wantTLS)
			}
			if len(r.To) != 1 || r.To[0] != "owner@studio.test" || r.From != "scopeguard@studio.test" {
				t.Errorf("envelope from %q to %q, want scopeguard@studio.test to [owner@studio.test]", r.From, r.To)
			}
			smtpCheckReceived(t, r.Data)
		})
	}
}

// smtpCheckReceived parses a received digest: headers, both parts, escaping
// of hostile client text, totals.
func smtpCheckReceived(t *testing.T, data []byte) {
	t.Helper()
	mr, err := mail.CreateReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	subject, _ := mr.Header.Subject()
	if want := "scopeguard — résumé du 23 novembre : 3 hors périmètre, 1 retouche hors forfait, 3 avenants (1\u00a0684,50\u00a0€, 300,00\u00a0£)"; subject != want {
		t.Errorf("subject %q, want %q", subject, want)
	}
	to, _ := mr.Header.AddressList("To")
	if len(to) != 1 || to[0].Address != "owner@studio.test" {
		t.Errorf("To = %v, want the owner only", to)
	}
	if id, _ := mr.Header.MessageID(); !strings.HasPrefix(id, "digest.") {
		t.Errorf("Message-ID %q", id)
	}
	if mt, _, _ := mime.ParseMediaType(mr.Header.Get("Content-Type")); mt != "multipart/alternative" {
		t.Errorf("Content-Type %q, want multipart/alternative", mt)
	}
	parts := map[string]string{}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		h, ok := p.Header.(*mail.InlineHeader)
		if !ok {
			t.Fatalf("unexpected attachment")
		}
		ct, _, _ := h.ContentType()
		b, _ := io.ReadAll(p.Body)
		parts[ct] = string(b)
	}
	text, html := parts["text/plain"], parts["text/html"]
	if text == "" || html == "" || len(parts) != 2 {
		t.Fatalf("parts %v, want text/plain and text/html", keys(parts))
	}
	if strings.Contains(html, "<script>") || !strings.Contains(html, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
		t.Error("html part does not escape the hostile subject")
	}
	if !strings.Contains(text, `<script>alert("x")</script> urgent`) {
		t.Error("text part lost the subject")
	}
	for _, part := range []string{text, html} {
		if !strings.Contains(part, "1\u00a0684,50\u00a0€, 300,00\u00a0£") {
			t.Error("a part lacks the totals")
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestSendToOwnerWrongPassword(t *testing.T) {
	sink, m := smtpTestSink(t, config.TLSStartTLS)
	t.Setenv("SCOPEGUARD_TEST_SMTP_PASSWORD", "wrong")
	err := m.Send(context.Background(), smtpTestDigest(t, "en"))
	if err == nil || !errors.Is(err, errSMTPAuth) {
		t.Fatalf("Send with a wrong password: %v, want an authentication error", err)
	}
	if strings.Contains(err.Error(), "wrong") || strings.Contains(err.Error(), smtpTestPassword) {
		t.Errorf("error shows the secret: %v", err)
	}
	if n := len(sink.Messages()); n != 0 {
		t.Errorf("sink has %d messages, want 0", n)
	}
}

func TestSendToOwnerUntrustedCert(t *testing.T) {
	sink, m := smtpTestSink(t, config.TLSStartTLS)
	m.RootCAs = nil // the system roots do not know the test certificate
	if err := m.Send(context.Background(), smtpTestDigest(t, "en")); err == nil {
		t.Fatal("Send to an untrusted certificate: no error")
	}
	m.SMTP.InsecureSkipVerify = true
	if err := m.Send(context.Background(), smtpTestDigest(t, "en")); err != nil {
		t.Fatalf("Send with InsecureSkipVerify: %v", err)
	}
	if n := len(sink.Messages()); n != 1 {
		t.Errorf("sink has %d messages, want 1", n)
	}
}

// TestSendToOwnerRecipientGuard: anything addressed to someone else than the
// owner is refused before connecting.
func TestSendToOwnerRecipientGuard(t *testing.T) {
	sink, m := smtpTestSink(t, config.TLSStartTLS)
	for _, tc := range []struct{ name, header string }{
		{"client in To", "To: client@exemple.test\r\n"},
		{"owner and client in To", "To: owner@studio.test, client@exemple.test\r\n"},
		{"client in Cc", "To: owner@studio.test\r\nCc: client@exemple.test\r\n"},
		{"client in Bcc", "To: owner@studio.test\r\nBcc: client@exemple.test\r\n"},
		{"no To", "Subject: x\r\n"},
		{"unparsable To", "To: <<<\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := []byte("From: scopeguard@studio.test\r\n" + tc.header + "Subject: test\r\n\r\nbody\r\n")
			if err := m.Send(context.Background(), msg); !errors.Is(err, ErrNotOwner) {
				t.Errorf("Send: %v, want ErrNotOwner", err)
			}
		})
	}
	if n := len(sink.Messages()); n != 0 {
		t.Errorf("sink has %d messages, want 0", n)
	}
	// The owner, in any case, is accepted.
	ok := []byte("From: scopeguard@studio.test\r\nTo: Camille <OWNER@studio.test>\r\nSubject: test\r\n\r\nbody\r\n")
	if err := m.Send(context.Background(), ok); err != nil {
		t.Fatal(err)
	}
}

func TestNewOwnerMailerChecks(t *testing.T) {
	owner := digestOwner("en")
	pw := config.Secret{Env: "X"}
	for _, tc := range []struct {
		name string
		cfg  config.SMTP
		own  config.Owner
		want string
	}{
		{"no host", config.SMTP{Username: "u", Password: pw}, owner, "smtp: host is empty"},
		{"no owner", config.SMTP{Host: "mail.test", Username: "u", Password: pw}, config.Owner{}, "smtp: owner email is empty"},
		{"bad tls", config.SMTP{Host: "mail.test", TLS: "ssl", Username: "u", Password: pw}, owner, `smtp: unknown tls mode "ssl" (want implicit, starttls or none)`},
		{"no auth remote", config.SMTP{Host: "mail.test"}, owner, "smtp: username is empty: sending without AUTH is allowed on loopback only, not mail.test"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewOwnerMailer(tc.cfg, tc.own)
			if err == nil || err.Error() != tc.want {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestSendToOwnerNoneOnLoopbackOnly: "none" is refused once connected to a
// non-loopback address. There is no routable test server, so the check is
// exercised on the address function.
func TestSendToOwnerLoopback(t *testing.T) {
	for _, tc := range []struct {
		host string
		want bool
	}{{"localhost", true}, {"127.0.0.1", true}, {"::1", true}, {"mail.example.com", false}, {"192.0.2.1", false}} {
		if got := smtpLoopbackName(tc.host); got != tc.want {
			t.Errorf("smtpLoopbackName(%q) = %v, want %v", tc.host, got, tc.want)
		}
	}
}

func TestSendToOwnerContextCancelled(t *testing.T) {
	_, m := smtpTestSink(t, config.TLSStartTLS)
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	if err := m.Send(ctx, smtpTestDigest(t, "en")); err == nil {
		t.Fatal("Send with a done context: no error")
	}
}

func FuzzSMTPCheckRecipients(f *testing.F) {
	f.Add([]byte("To: owner@studio.test\r\n\r\nx"))
	f.Add([]byte("To: owner@studio.test\r\nCc: a@b.c\r\n\r\nx"))
	f.Add([]byte("To: =?utf-8?q?Camille?= <owner@studio.test>, \r\n\r\n"))
	f.Fuzz(func(t *testing.T, msg []byte) {
		if smtpCheckRecipients("owner@studio.test", msg) != nil {
			return
		}
		// Accepted: then every recipient header parses to the owner only.
		e, _ := mail.CreateReader(bytes.NewReader(msg))
		if e == nil {
			return
		}
		for _, k := range []string{"To", "Cc", "Bcc"} {
			list, err := e.Header.AddressList(k)
			if err != nil {
				t.Fatalf("accepted with an unparsable %s", k)
			}
			for _, a := range list {
				if !strings.EqualFold(a.Address, "owner@studio.test") {
					t.Fatalf("accepted %s: %s", k, a.Address)
				}
			}
		}
	})
}

// TestSendToOwnerXOAuth2Refresh: the cached token is refused, the token
// command runs again and the delivery goes through on the second try.
func TestSendToOwnerXOAuth2Refresh(t *testing.T) {
	srvTLS, roots, err := smtpsink.SelfSigned()
	if err != nil {
		t.Fatal(err)
	}
	sink := smtpsink.Start(t, smtpsink.Options{TLS: srvTLS, Username: "owner-login", Token: "tok2"})
	counter := filepath.Join(t.TempDir(), "runs")
	// Prints tok1, then tok2, ...: the first token is stale.
	cmd := fmt.Sprintf(`n=$(cat %[1]q 2>/dev/null || echo 0); n=$((n+1)); echo $n > %[1]q; echo tok$n`, counter)
	cfg := config.SMTP{Host: sink.Host(), Port: sink.Port(), TLS: config.TLSStartTLS, Username: "owner-login",
		Auth: config.AuthXOAuth2, Token: config.Secret{Command: cmd}}
	m, err := NewOwnerMailer(cfg, digestOwner("en"))
	if err != nil {
		t.Fatal(err)
	}
	m.RootCAs = roots
	if err := m.Send(context.Background(), smtpTestDigest(t, "en")); err != nil {
		t.Fatal(err)
	}
	if got := sink.Messages(); len(got) != 1 || got[0].User != "owner-login" {
		t.Fatalf("sink got %+v, want one message from owner-login", got)
	}
	runs, err := os.ReadFile(counter)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(runs)) != "2" {
		t.Errorf("token command ran %s times, want 2", runs)
	}
	// The good token is cached: no third run.
	if err := m.Send(context.Background(), smtpTestDigest(t, "en")); err != nil {
		t.Fatal(err)
	}
	if runs, _ := os.ReadFile(counter); strings.TrimSpace(string(runs)) != "2" {
		t.Errorf("token command ran %s times, want 2", runs)
	}
}
