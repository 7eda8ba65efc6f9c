// Package mailauth builds the SASL clients scopeguard logs in with, to IMAP
// for the watcher and to SMTP for the digest: PLAIN with a password, and
// XOAUTH2 or OAUTHBEARER with an OAuth token taken from a command that is run
// again when the token expires or a server refuses it.
//
// It resolves secrets only when a client is built and never logs or returns
// them in errors. It does no network I/O itself.
package mailauth

import (
	"context"
	"errors"
	"fmt"

	"github.com/emersion/go-sasl"

	"github.com/scopeguard/scopeguard/config"
)

// Auth logs one account in. Keep one per account for the life of the daemon,
// so that its token is reused across connections.
type Auth struct {
	mode     config.AuthMode
	username string
	password config.Secret
	tokens   *TokenSource

	// Host and Port are sent in OAUTHBEARER's initial response (optional).
	Host string
	Port int
}

// New checks the mode and secrets and returns an Auth; it resolves nothing.
func New(mode config.AuthMode, username string, password, token config.Secret) (*Auth, error) {
	if mode == "" {
		mode = config.AuthPlain
	}
	if username == "" {
		return nil, errors.New("mailauth: empty username")
	}
	a := &Auth{mode: mode, username: username, password: password}
	switch mode {
	case config.AuthPlain:
		if isZero(password) {
			return nil, fmt.Errorf("mailauth: auth %q needs a password secret", mode)
		}
	case config.AuthXOAuth2, config.AuthOAuthBearer:
		if isZero(token) {
			return nil, fmt.Errorf("mailauth: auth %q needs a token secret", mode)
		}
		a.tokens = NewTokenSource(token, 0)
	default:
		return nil, fmt.Errorf("mailauth: unknown auth mode %q (want plain, xoauth2 or oauthbearer)", mode)
	}
	return a, nil
}

// SASL resolves the secret and returns a one-shot client. Daemons should keep
// an *Auth instead, so tokens are cached and Refused can renew them.
func SASL(ctx context.Context, mode config.AuthMode, username string, password, token config.Secret) (sasl.Client, error) {
	a, err := New(mode, username, password, token)
	if err != nil {
		return nil, err
	}
	return a.Client(ctx)
}

// Mode returns the mechanism family this Auth uses.
func (a *Auth) Mode() config.AuthMode { return a.mode }

// UsesToken reports whether a refusal may be cured by a fresh token.
func (a *Auth) UsesToken() bool { return a.tokens != nil }

// Client resolves the current password or token and returns a SASL client.
func (a *Auth) Client(ctx context.Context) (sasl.Client, error) {
	switch a.mode {
	case config.AuthPlain:
		pw, err := a.password.Resolve(ctx)
		if err != nil {
			return nil, fmt.Errorf("getting password for %s: %w", a.username, err)
		}
		return sasl.NewPlainClient("", a.username, pw), nil
	case config.AuthXOAuth2:
		tok, err := a.tokens.Token(ctx)
		if err != nil {
			return nil, fmt.Errorf("for %s: %w", a.username, err)
		}
		return NewXOAuth2Client(a.username, tok), nil
	default: // config.AuthOAuthBearer, checked by New
		tok, err := a.tokens.Token(ctx)
		if err != nil {
			return nil, fmt.Errorf("for %s: %w", a.username, err)
		}
		return NewOAuthBearerClient(a.username, tok, a.Host, a.Port), nil
	}
}

// Refused is the refresh hook: call it when the server rejected a login. The
// next Client call runs the token command again. No-op for passwords, which
// are resolved afresh on every Client call anyway.
func (a *Auth) Refused() {
	if a.tokens != nil {
		a.tokens.Invalidate()
	}
}

// TokenRuns reports how many times the token command ran (0 for plain).
func (a *Auth) TokenRuns() int {
	if a.tokens == nil {
		return 0
	}
	return a.tokens.Runs()
}

// Refusal returns the refusal a bearer client received from the server
// during its last exchange, or nil.
func Refusal(c sasl.Client) *RefusedError {
	if r, ok := c.(refuser); ok {
		return r.Refused()
	}
	return nil
}

func isZero(s config.Secret) bool { return s == config.Secret{} }
