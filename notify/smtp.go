package notify

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-smtp"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/mailauth"
)

// ErrNotOwner marks a message addressed to someone other than the owner:
// scopeguard mails nobody else, so such a message is never sent.
var ErrNotOwner = errors.New("message is not addressed to the owner only")

// smtpTimeout bounds one delivery when the context has no deadline.
const smtpTimeout = 2 * time.Minute

// OwnerMailer delivers mail to the owner through the configured SMTP
// server. The envelope recipient is always the owner's address, and a
// message whose headers name anyone else is refused with ErrNotOwner.
type OwnerMailer struct {
	SMTP  config.SMTP
	Owner config.Owner
	// RootCAs verifies the server's certificate; nil uses the system roots.
	// Tests set it to trust their own certificate.
	RootCAs *x509.CertPool

	auth *mailauth.Auth // nil: no AUTH (allowed on loopback only)
}

// NewOwnerMailer checks the SMTP settings and builds a mailer. Keep it for
// the life of the daemon so OAuth tokens are reused.
func NewOwnerMailer(cfg config.SMTP, owner config.Owner) (*OwnerMailer, error) {
	if cfg.Host == "" {
		return nil, errors.New("smtp: host is empty")
	}
	if owner.Email == "" {
		return nil, errors.New("smtp: owner email is empty")
	}
	switch cfg.TLS {
	case config.TLSImplicit, config.TLSStartTLS, config.TLSNone:
	case "":
		cfg.TLS = config.TLSStartTLS
	default:
		return nil, fmt.Errorf("smtp: unknown tls mode %q (want implicit, starttls or none)", cfg.TLS)
	}
	m := &OwnerMailer{SMTP: cfg, Owner: owner}
	if cfg.Username != "" {
		a, err := mailauth.New(cfg.Auth, cfg.Username, cfg.Password, cfg.Token)
		if err != nil {
			return nil, fmt.Errorf("smtp: %w", err)
		}
		a.Host, a.Port = cfg.Host, smtpPort(cfg)
		m.auth = a
	} else if !smtpLoopbackName(cfg.Host) {
		return nil, fmt.Errorf("smtp: username is empty: sending without AUTH is allowed on loopback only, not %s", cfg.Host)
	}
	return m, nil
}

// SendToOwner delivers msg to owner.Email through cfg, and to nobody else.
func SendToOwner(ctx context.Context, cfg config.SMTP, owner config.Owner, msg []byte) error {
	m, err := NewOwnerMailer(cfg, owner)
	if err != nil {
		return err
	}
	return m.Send(ctx, msg)
}

// Send delivers msg to the owner. A refused OAuth token is renewed and the
// delivery tried once more.
func (m *OwnerMailer) Send(ctx context.Context, msg []byte) error {
	if err := smtpCheckRecipients(m.Owner.Email, msg); err != nil {
		return err
	}
	err := m.send(ctx, msg)
	if m.auth != nil && m.auth.UsesToken() && errors.Is(err, errSMTPAuth) {
		m.auth.Refused()
		err = m.send(ctx, msg)
	}
	return err
}

var errSMTPAuth = errors.New("authentication refused")

func (m *OwnerMailer) send(ctx context.Context, msg []byte) error {
	addr := net.JoinHostPort(m.SMTP.Host, strconv.Itoa(smtpPort(m.SMTP)))
	// Ending this context closes the connection (see dial): on return, or
	// after smtpTimeout or the caller's deadline, whichever comes first.
	ctx, cancel := context.WithTimeout(ctx, smtpTimeout)
	defer cancel()
	c, err := m.dial(ctx, addr)
	if err != nil {
		return fmt.Errorf("smtp: connecting to %s: %w", addr, err)
	}
	defer c.Close()
	if m.auth != nil {
		sc, err := m.auth.Client(ctx)
		if err != nil {
			return fmt.Errorf("smtp: %w", err)
		}
		if err := c.Auth(sc); err != nil {
			return fmt.Errorf("smtp: logging in to %s as %s: %w: %w", addr, m.SMTP.Username, errSMTPAuth, err)
		}
	}
	from := m.SMTP.From
	if from == "" {
		from = m.Owner.Email
	}
	// The one place the envelope recipient is chosen: the owner, always.
	if err := c.SendMail(from, []string{m.Owner.Email}, bytes.NewReader(msg)); err != nil {
		return fmt.Errorf("smtp: sending to the owner through %s: %w", addr, err)
	}
	if err := c.Quit(); err != nil {
		return fmt.Errorf("smtp: closing session with %s: %w", addr, err)
	}
	return nil
}

// dial connects with the configured security. The connection is closed when
// ctx ends, so a hung server cannot block a shutdown.
func (m *OwnerMailer) dial(ctx context.Context, addr string) (*smtp.Client, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	context.AfterFunc(ctx, func() { conn.Close() })
	tc := &tls.Config{ServerName: m.SMTP.Host, RootCAs: m.RootCAs,
		InsecureSkipVerify: m.SMTP.InsecureSkipVerify, MinVersion: tls.VersionTLS12}
	switch m.SMTP.TLS {
	case config.TLSImplicit:
		tconn := tls.Client(conn, tc)
		if err := tconn.HandshakeContext(ctx); err != nil {
			conn.Close()
			return nil, fmt.Errorf("tls handshake: %w", err)
		}
		return smtp.NewClient(tconn), nil
	case config.TLSNone:
		if !smtpLoopbackAddr(conn.RemoteAddr()) {
			conn.Close()
			return nil, fmt.Errorf("tls = \"none\" is allowed on loopback only, %s is %s", m.SMTP.Host, conn.RemoteAddr())
		}
		return smtp.NewClient(conn), nil
	default:
		c, err := smtp.NewClientStartTLS(conn, tc)
		if err != nil {
			conn.Close()
			return nil, fmt.Errorf("starttls: %w", err)
		}
		return c, nil
	}
}

func smtpPort(cfg config.SMTP) int {
	if cfg.Port != 0 {
		return cfg.Port
	}
	switch cfg.TLS {
	case config.TLSImplicit:
		return 465
	case config.TLSNone:
		return 25
	}
	return 587
}

func smtpLoopbackName(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func smtpLoopbackAddr(a net.Addr) bool {
	ta, ok := a.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}

// smtpCheckRecipients refuses a message whose recipient headers are missing
// or name anyone but the owner.
func smtpCheckRecipients(owner string, msg []byte) error {
	e, err := message.Read(bytes.NewReader(msg))
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return fmt.Errorf("smtp: reading message header: %w", err)
	}
	h := mail.Header{Header: e.Header}
	var to int
	for _, key := range []string{"To", "Cc", "Bcc", "Resent-To", "Resent-Cc", "Resent-Bcc"} {
		if !h.Has(key) {
			continue
		}
		list, err := h.AddressList(key)
		if err != nil {
			return fmt.Errorf("smtp: reading %s header: %w: %w", key, ErrNotOwner, err)
		}
		for _, a := range list {
			if !strings.EqualFold(a.Address, owner) {
				return fmt.Errorf("smtp: %s names %s: %w", key, a.Address, ErrNotOwner)
			}
		}
		if key == "To" {
			to = len(list)
		}
	}
	if to == 0 {
		return fmt.Errorf("smtp: no To header: %w", ErrNotOwner)
	}
	return nil
}
