package mailauth

import (
	"encoding/json"
	"fmt"

	"github.com/emersion/go-sasl"
)

// XOAuth2 is the name of Google's and Microsoft's bearer-token mechanism.
const XOAuth2 = "XOAUTH2"

// RefusedError is the error a server sent back inside a failed XOAUTH2 or
// OAUTHBEARER exchange (a JSON challenge). It means the token was refused.
type RefusedError struct {
	Mechanism string
	Status    string // e.g. "401", "invalid_token"
	Scope     string
}

func (e *RefusedError) Error() string {
	if e.Status == "" {
		return fmt.Sprintf("%s token refused", e.Mechanism)
	}
	return fmt.Sprintf("%s token refused (status %s)", e.Mechanism, e.Status)
}

// bearerError is the JSON body of an XOAUTH2 or OAUTHBEARER failure.
type bearerError struct {
	Status  string `json:"status"`
	Schemes string `json:"schemes"`
	Scope   string `json:"scope"`
}

// parseRefusal reads a server's failure challenge; unreadable JSON still
// counts as a refusal.
func parseRefusal(mech string, challenge []byte) *RefusedError {
	var be bearerError
	_ = json.Unmarshal(challenge, &be)
	return &RefusedError{Mechanism: mech, Status: be.Status, Scope: be.Scope}
}

// xoauth2Client implements XOAUTH2 (not in go-sasl, see go-sasl #18): the
// initial response is "user=U\x01auth=Bearer T\x01\x01". On failure the
// server sends a JSON challenge and expects an empty response, after which
// it ends the exchange with NO.
type xoauth2Client struct {
	username, token string
	refused         *RefusedError
}

// NewXOAuth2Client returns a SASL client for XOAUTH2.
func NewXOAuth2Client(username, token string) sasl.Client {
	return &xoauth2Client{username: username, token: token}
}

func (c *xoauth2Client) Start() (string, []byte, error) {
	ir := []byte("user=" + c.username + "\x01auth=Bearer " + c.token + "\x01\x01")
	return XOAuth2, ir, nil
}

func (c *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	if c.refused != nil {
		return nil, c.refused
	}
	c.refused = parseRefusal(XOAuth2, challenge)
	return []byte{}, nil
}

// Refused returns the server's refusal, if the exchange saw one.
func (c *xoauth2Client) Refused() *RefusedError { return c.refused }

// oauthBearerClient wraps go-sasl's OAUTHBEARER client so that a failure
// challenge is answered with the dummy 0x01 byte RFC 7628 asks for, rather
// than aborting mid-exchange and leaving the connection out of step.
type oauthBearerClient struct {
	inner   sasl.Client
	refused *RefusedError
}

// NewOAuthBearerClient returns a SASL client for OAUTHBEARER (RFC 7628).
func NewOAuthBearerClient(username, token, host string, port int) sasl.Client {
	return &oauthBearerClient{inner: sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{
		Username: username, Token: token, Host: host, Port: port,
	})}
}

func (c *oauthBearerClient) Start() (string, []byte, error) { return c.inner.Start() }

func (c *oauthBearerClient) Next(challenge []byte) ([]byte, error) {
	if c.refused != nil {
		return nil, c.refused
	}
	c.refused = parseRefusal(sasl.OAuthBearer, challenge)
	return []byte{0x01}, nil
}

func (c *oauthBearerClient) Refused() *RefusedError { return c.refused }

// refuser is implemented by the bearer clients above.
type refuser interface{ Refused() *RefusedError }
