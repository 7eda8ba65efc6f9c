// Package memimap runs go-imap's in-memory IMAP server on loopback for tests
// and the demo, with what beta.8 lacks: a Drafts folder listed with the
// \Drafts special-use attribute, a verified self-signed certificate, and an
// XOAUTH2 mechanism whose accepted token can be changed at run time.
//
// It holds mail in memory only and listens on 127.0.0.1 only.
package memimap

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"log"
	"net"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/scopeguard/scopeguard/internal/testcert"
)

// Options configures a Server. Zero values take the defaults in brackets.
type Options struct {
	Username, Password string // ["owner@example.com", "secret"]
	TLS                string // "starttls", "implicit" or "none" ["starttls"]
	NoIdle             bool   // do not advertise IDLE (clients must poll)
	NoUIDPlus          bool   // do not advertise UIDPLUS
	Drafts             string // name of the \Drafts folder ["Drafts"]; "-" = no special-use
	NoHeaderSearch     bool   // refuse SEARCH HEADER, as some servers do
	// LateIdle announces new mail only when IDLE starts, never while the
	// client idles: the extreme of a server slow to notify (Dovecot waits
	// half a second).
	LateIdle bool
	Logger   *log.Logger
}

// Server is a running in-memory IMAP server.
type Server struct {
	Addr     string         // host:port on 127.0.0.1
	Host     string         // "127.0.0.1"
	Port     int            //
	RootCAs  *x509.CertPool // trusts the server's certificate
	Username string
	Password string

	opts Options
	user *imapmemserver.User
	srv  *imapserver.Server
	ln   net.Listener

	mu       sync.Mutex
	names    map[string]bool // mailboxes, for LIST
	token    string          // accepted XOAUTH2/OAUTHBEARER token; "" = none
	authSeen []string        // mechanisms used, in order
}

// Start listens on 127.0.0.1:0 with INBOX and the Drafts folder created.
func Start(opts Options) (*Server, error) {
	if opts.Username == "" {
		opts.Username, opts.Password = "owner@example.com", "secret"
	}
	if opts.TLS == "" {
		opts.TLS = "starttls"
	}
	if opts.Drafts == "" {
		opts.Drafts = "Drafts"
	}
	if opts.Logger == nil {
		opts.Logger = log.New(io.Discard, "", 0)
	}
	cert, pool, err := testcert.SelfSigned()
	if err != nil {
		return nil, err
	}
	s := &Server{
		RootCAs: pool, Username: opts.Username, Password: opts.Password, Host: "127.0.0.1",
		opts: opts, user: imapmemserver.NewUser(opts.Username, opts.Password), names: map[string]bool{},
	}
	for _, name := range []string{"INBOX", opts.Drafts} {
		if name != "-" {
			if err := s.CreateMailbox(name); err != nil {
				return nil, err
			}
		}
	}
	caps := imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapSpecialUse: {}, imap.CapSASLIR: {}, imap.CapLiteralPlus: {}}
	if !opts.NoIdle {
		caps[imap.CapIdle] = struct{}{}
	}
	if !opts.NoUIDPlus {
		caps[imap.CapUIDPlus] = struct{}{}
	}
	tlsConf := &tls.Config{Certificates: []tls.Certificate{cert}}
	so := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &session{srv: s}, nil, nil
		},
		Caps:   caps,
		Logger: opts.Logger,
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listening: %w", err)
	}
	switch opts.TLS {
	case "starttls":
		so.TLSConfig = tlsConf
	case "implicit":
		ln = tls.NewListener(ln, tlsConf)
		so.InsecureAuth = true // the listener is TLS already
	case "none":
		so.InsecureAuth = true
	default:
		ln.Close()
		return nil, fmt.Errorf("memimap: unknown tls mode %q", opts.TLS)
	}
	s.ln, s.srv = ln, imapserver.New(so)
	s.Addr = ln.Addr().String()
	s.Port = ln.Addr().(*net.TCPAddr).Port
	go s.srv.Serve(ln)
	return s, nil
}

// Close stops the server and drops every connection.
func (s *Server) Close() error { return s.srv.Close() }

// SetToken sets the bearer token XOAUTH2 and OAUTHBEARER accept ("" = none).
func (s *Server) SetToken(tok string) {
	s.mu.Lock()
	s.token = tok
	s.mu.Unlock()
}

// AuthLog returns the mechanisms clients used, in order, with "+"/"-" for
// accepted/refused, e.g. "XOAUTH2-".
func (s *Server) AuthLog() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.authSeen...)
}

// CreateMailbox creates a folder.
func (s *Server) CreateMailbox(name string) error {
	if err := s.user.Create(name, nil); err != nil {
		return fmt.Errorf("creating %q: %w", name, err)
	}
	s.mu.Lock()
	s.names[name] = true
	s.mu.Unlock()
	return nil
}

// RecreateMailbox deletes and creates name again: it comes back empty with a
// new UIDVALIDITY.
func (s *Server) RecreateMailbox(name string) error {
	if err := s.user.Delete(name); err != nil {
		return fmt.Errorf("deleting %q: %w", name, err)
	}
	return s.CreateMailbox(name)
}

// Deliver appends raw to mailbox as new mail (no flags) and returns its UID.
func (s *Server) Deliver(mailbox string, raw []byte, date time.Time) (uint32, error) {
	if date.IsZero() {
		date = time.Now()
	}
	data, err := s.user.Append(mailbox, literal{bytes.NewReader(raw)}, &imap.AppendOptions{Time: date})
	if err != nil {
		return 0, fmt.Errorf("delivering to %q: %w", mailbox, err)
	}
	return uint32(data.UID), nil
}

type literal struct{ *bytes.Reader }

// Message is a stored message as Fetch returns it.
type Message struct {
	UID   uint32
	Flags []imap.Flag
	Raw   []byte
}

// Dial returns a client logged in as the owner, for inspection.
func (s *Server) Dial() (*imapclient.Client, error) {
	opts := &imapclient.Options{TLSConfig: &tls.Config{RootCAs: s.RootCAs, ServerName: s.Host}}
	var c *imapclient.Client
	var err error
	switch s.opts.TLS {
	case "starttls":
		c, err = imapclient.DialStartTLS(s.Addr, opts)
	case "implicit":
		c, err = imapclient.DialTLS(s.Addr, opts)
	default:
		c, err = imapclient.DialInsecure(s.Addr, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("dialing %s: %w", s.Addr, err)
	}
	if err := c.Login(s.Username, s.Password).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("logging in: %w", err)
	}
	return c, nil
}

// Fetch returns every message of mailbox in UID order.
func (s *Server) Fetch(mailbox string) ([]Message, error) {
	c, err := s.Dial()
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return FetchAll(c, mailbox)
}

// FetchAll selects mailbox read-only on c and returns all its messages.
func FetchAll(c *imapclient.Client, mailbox string) ([]Message, error) {
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, fmt.Errorf("selecting %q: %w", mailbox, err)
	}
	if sel.NumMessages == 0 {
		return nil, nil
	}
	var set imap.UIDSet
	set.AddRange(1, 0)
	section := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(set, &imap.FetchOptions{UID: true, Flags: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetching %q: %w", mailbox, err)
	}
	msgs := make([]Message, 0, len(bufs))
	for _, b := range bufs {
		msgs = append(msgs, Message{UID: uint32(b.UID), Flags: b.Flags, Raw: b.FindBodySection(section)})
	}
	return msgs, nil
}
