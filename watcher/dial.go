package watcher

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/mailauth"
)

// Keepalive probes notice a silently dropped link within about two minutes,
// even while IDLE waits with no read deadline.
var keepAlive = net.KeepAliveConfig{Enable: true, Idle: 60 * time.Second, Interval: 15 * time.Second, Count: 4}

// errAuth marks a refused login: retried slowly, never in a tight loop.
var errAuth = errors.New("login refused")

// checkTLSMode refuses tls = "none" unless every address of the host is a
// loopback address.
func checkTLSMode(ctx context.Context, a config.Account) error {
	switch a.TLS {
	case config.TLSImplicit, config.TLSStartTLS, "":
		return nil
	case config.TLSNone:
	default:
		return fmt.Errorf("unknown tls mode %q (want implicit, starttls or none)", a.TLS)
	}
	ips, err := net.DefaultResolver.LookupIPAddr(ctx, a.Host)
	if err != nil {
		return fmt.Errorf("tls = none: resolving %s: %w", a.Host, err)
	}
	for _, ip := range ips {
		if !ip.IP.IsLoopback() {
			return fmt.Errorf("tls = none refused: %s is not a loopback address", a.Host)
		}
	}
	if len(ips) == 0 {
		return fmt.Errorf("tls = none: %s has no address", a.Host)
	}
	return nil
}

func (w *Watcher) address() string {
	port := w.acct.Port
	if port == 0 {
		port = 993
		if w.acct.TLS == config.TLSStartTLS || w.acct.TLS == config.TLSNone {
			port = 143
		}
	}
	return net.JoinHostPort(w.acct.Host, strconv.Itoa(port))
}

func (w *Watcher) tlsConfig() *tls.Config {
	return &tls.Config{
		ServerName:         w.acct.Host,
		MinVersion:         tls.VersionTLS12,
		RootCAs:            w.opts.RootCAs,
		InsecureSkipVerify: w.acct.InsecureSkipVerify,
		NextProtos:         []string{"imap"},
	}
}

// connect dials, secures and logs in. onMail is called (on the client's
// reader goroutine, so it must not block) when the server announces new
// messages in the selected mailbox.
func (w *Watcher) connect(ctx context.Context, onMail func()) (*imapclient.Client, error) {
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAliveConfig: keepAlive}
	conn, err := d.DialContext(ctx, "tcp", w.address())
	if err != nil {
		return nil, fmt.Errorf("dialing %s: %w", w.address(), err)
	}
	// Until login completes, ending ctx aborts the connection.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()

	opts := &imapclient.Options{
		TLSConfig: w.tlsConfig(),
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					onMail()
				}
			},
		},
	}
	var c *imapclient.Client
	switch w.acct.TLS {
	case config.TLSStartTLS:
		c, err = imapclient.NewStartTLS(conn, opts)
		if err != nil {
			conn.Close()
			return nil, fmt.Errorf("starttls with %s: %w", w.address(), err)
		}
	case config.TLSNone:
		c = imapclient.New(conn, opts)
	default:
		tc := tls.Client(conn, opts.TLSConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			conn.Close()
			return nil, fmt.Errorf("tls handshake with %s: %w", w.address(), err)
		}
		c = imapclient.New(tc, opts)
	}
	if err := c.WaitGreeting(); err != nil {
		c.Close()
		return nil, fmt.Errorf("reading greeting from %s: %w", w.address(), err)
	}
	if err := w.login(ctx, c); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// login authenticates; a refused token is renewed and tried once more on
// the same connection before the refusal counts.
func (w *Watcher) login(ctx context.Context, c *imapclient.Client) error {
	for attempt := 0; ; attempt++ {
		sc, err := w.auth.Client(ctx)
		if err != nil {
			return fmt.Errorf("%w: %w", errAuth, err)
		}
		err = c.Authenticate(sc)
		if err == nil {
			return nil
		}
		var ie *imap.Error
		if !errors.As(err, &ie) && mailauth.Refusal(sc) == nil {
			return fmt.Errorf("logging in as %s: %w", w.acct.Username, err)
		}
		w.auth.Refused()
		if w.auth.UsesToken() && attempt == 0 {
			w.log.Info("token refused, fetching a new one", "user", w.acct.Username)
			continue
		}
		return fmt.Errorf("%w: logging in as %s: %w", errAuth, w.acct.Username, err)
	}
}
