package mailauth

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/scopeguard/scopeguard/config"
)

// DefaultTokenAge is how long a token whose expiry cannot be read is reused
// before its command runs again. OAuth access tokens from Google and
// Microsoft live an hour; renewing earlier costs one command run.
const DefaultTokenAge = 45 * time.Minute

// expirySlack renews a token this long before the expiry it announces, so a
// token never expires between being fetched and being used.
const expirySlack = 2 * time.Minute

// TokenSource hands out an OAuth access token read from a config.Secret
// (typically a command such as `oama access user@example.com`). It runs the
// command again when the token has expired or after Invalidate, which callers
// use when a server refused the token. It is safe for concurrent use.
type TokenSource struct {
	secret config.Secret
	maxAge time.Duration
	now    func() time.Time

	mu     sync.Mutex
	token  string
	expiry time.Time
	runs   int
}

// NewTokenSource returns a source for the token in s. maxAge bounds the
// life of tokens that carry no readable expiry; 0 means DefaultTokenAge.
func NewTokenSource(s config.Secret, maxAge time.Duration) *TokenSource {
	if maxAge <= 0 {
		maxAge = DefaultTokenAge
	}
	return &TokenSource{secret: s, maxAge: maxAge, now: time.Now}
}

// Token returns a valid token, running the secret's command again if the
// cached one expired or was invalidated.
func (ts *TokenSource) Token(ctx context.Context) (string, error) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	now := ts.now()
	if ts.token != "" && now.Before(ts.expiry) {
		return ts.token, nil
	}
	tok, err := ts.secret.Resolve(ctx)
	if err != nil {
		return "", fmt.Errorf("getting oauth token: %w", err)
	}
	tok = strings.TrimSpace(tok)
	if tok == "" {
		return "", fmt.Errorf("getting oauth token: empty token")
	}
	ts.runs++
	ts.token = tok
	ts.expiry = now.Add(ts.maxAge)
	if exp, ok := jwtExpiry(tok); ok {
		ts.expiry = exp.Add(-expirySlack)
	}
	return tok, nil
}

// Invalidate drops the cached token: the next Token call fetches a new one.
func (ts *TokenSource) Invalidate() {
	ts.mu.Lock()
	ts.token = ""
	ts.expiry = time.Time{}
	ts.mu.Unlock()
}

// Runs reports how many times a token was fetched (for health reports).
func (ts *TokenSource) Runs() int {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.runs
}

// jwtExpiry reads the "exp" claim of a JSON Web Token without verifying it:
// Microsoft's access tokens are JWTs, and their expiry saves a refused login.
// Opaque tokens (Google's) report ok = false.
func jwtExpiry(tok string) (time.Time, bool) {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 || len(parts[1]) > 64<<10 {
		return time.Time{}, false
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return time.Time{}, false
	}
	var claims struct {
		Exp json.Number `json:"exp"`
	}
	if err := json.Unmarshal(payload, &claims); err != nil || claims.Exp == "" {
		return time.Time{}, false
	}
	sec, err := claims.Exp.Int64()
	if err != nil || sec <= 0 || sec > 1<<40 {
		return time.Time{}, false
	}
	return time.Unix(sec, 0), true
}
