// Package smtpsink is an in-process SMTP server for tests and the demo. It
// listens on loopback, offers STARTTLS (or implicit TLS) and checks AUTH
// PLAIN, and keeps every message it accepts in memory. It never relays
// anything anywhere.
package smtpsink

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/scopeguard/scopeguard/internal/testcert"
)

// Options configures a sink. The zero value accepts plain-text mail without
// authentication.
type Options struct {
	// TLS enables STARTTLS; with Implicit, TLS from the first byte instead.
	TLS      *tls.Config
	Implicit bool
	// Username and Password, when set, make AUTH mandatory before MAIL
	// FROM. AUTH is only offered over TLS unless TLS is nil.
	Username, Password string
	// Token, when set, also offers XOAUTH2 and accepts this bearer token
	// for Username.
	Token string
}

// Message is one accepted message.
type Message struct {
	From string
	To   []string
	Data []byte
	User string // who authenticated, "" if nobody
	TLS  bool   // whether the session was encrypted
}

// Sink is a running SMTP server.
type Sink struct {
	Addr string // host:port it listens on

	opts    Options
	srv     *smtp.Server
	ln      net.Listener
	mu      sync.Mutex
	msgs    []Message
	changed chan struct{} // closed and replaced on every new message
	done    chan struct{}
}

// Listen starts a sink on addr ("127.0.0.1:0" picks a free port).
func Listen(addr string, opts Options) (*Sink, error) {
	s := &Sink{opts: opts, changed: make(chan struct{}), done: make(chan struct{})}
	s.srv = smtp.NewServer(smtp.BackendFunc(s.newSession))
	s.srv.Domain = "smtpsink.localhost"
	s.srv.TLSConfig = opts.TLS
	s.srv.AllowInsecureAuth = opts.TLS == nil
	s.srv.ReadTimeout = time.Minute
	s.srv.WriteTimeout = time.Minute
	s.srv.MaxMessageBytes = 10 << 20
	s.srv.ErrorLog = discardLogger{}

	var l net.Listener
	var err error
	if opts.TLS != nil && opts.Implicit {
		l, err = tls.Listen("tcp", addr, opts.TLS)
	} else {
		l, err = net.Listen("tcp", addr)
	}
	if err != nil {
		return nil, fmt.Errorf("smtpsink: listening on %s: %w", addr, err)
	}
	s.Addr = l.Addr().String()
	s.ln = l
	go func() {
		defer close(s.done)
		s.srv.Serve(l)
	}()
	return s, nil
}

// Start starts a sink on a free loopback port and stops it when the test
// ends.
func Start(t testing.TB, opts Options) *Sink {
	t.Helper()
	s, err := Listen("127.0.0.1:0", opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Close stops the server and waits for it.
func (s *Sink) Close() error {
	err := s.srv.Close()
	// Serve may not have registered the listener yet: close it here too.
	s.ln.Close()
	<-s.done
	return err
}

// Host is the host part of Addr, for building an SMTP config.
func (s *Sink) Host() string {
	h, _, _ := net.SplitHostPort(s.Addr)
	return h
}

// Port is the port the sink listens on.
func (s *Sink) Port() int {
	_, p, _ := net.SplitHostPort(s.Addr)
	n, _ := strconv.Atoi(p)
	return n
}

// Messages returns a copy of the messages accepted so far.
func (s *Sink) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

// Wait blocks until at least n messages were accepted, or ctx ends.
func (s *Sink) Wait(ctx context.Context, n int) ([]Message, error) {
	for {
		s.mu.Lock()
		if len(s.msgs) >= n {
			out := append([]Message(nil), s.msgs...)
			s.mu.Unlock()
			return out, nil
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return s.Messages(), fmt.Errorf("smtpsink: waiting for %d messages: %w", n, ctx.Err())
		}
	}
}

func (s *Sink) add(m Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs = append(s.msgs, m)
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Sink) newSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{sink: s, conn: c}, nil
}

// session is one SMTP connection.
type session struct {
	sink *Sink
	conn *smtp.Conn
	user string
	from string
	to   []string
}

var errAuthRequired = &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "authentication required"}

func (ss *session) AuthMechanisms() []string {
	if ss.sink.opts.Token != "" {
		return []string{sasl.Plain, "XOAUTH2"}
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(mech string) (sasl.Server, error) {
	if mech == "XOAUTH2" && ss.sink.opts.Token != "" {
		return &xoauth2Server{ss: ss}, nil
	}
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if identity != "" && identity != username {
			return errors.New("identity must match username")
		}
		if username != ss.sink.opts.Username || password != ss.sink.opts.Password || username == "" {
			return smtp.ErrAuthFailed
		}
		ss.user = username
		return nil
	}), nil
}

// xoauth2Server checks "user=U\x01auth=Bearer T\x01\x01"; a refusal is a
// JSON challenge, answered by the client with an empty line, then failure.
type xoauth2Server struct {
	ss      *session
	refused bool
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.refused {
		return nil, true, smtp.ErrAuthFailed
	}
	o := x.ss.sink.opts
	if string(resp) == "user="+o.Username+"\x01auth=Bearer "+o.Token+"\x01\x01" {
		x.ss.user = o.Username
		return nil, true, nil
	}
	x.refused = true
	return []byte(`{"status":"401","schemes":"bearer","scope":"https://mail.test/"}`), false, nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.sink.opts.Username != "" && ss.user == "" {
		return errAuthRequired
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	_, isTLS := ss.conn.TLSConnectionState()
	ss.sink.add(Message{From: ss.from, To: append([]string(nil), ss.to...), Data: data, User: ss.user, TLS: isTLS})
	return nil
}

func (ss *session) Reset()        { ss.from, ss.to = "", nil }
func (ss *session) Logout() error { return nil }

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}
func (discardLogger) Println(...any)        {}

// SelfSigned makes a certificate for 127.0.0.1 and localhost: a server TLS
// config using it, and a pool in which clients trust it.
func SelfSigned() (*tls.Config, *x509.CertPool, error) {
	cert, pool, err := testcert.SelfSigned()
	if err != nil {
		return nil, nil, fmt.Errorf("smtpsink: %w", err)
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, pool, nil
}
