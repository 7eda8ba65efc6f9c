package mailauth

import (
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"

	"github.com/scopeguard/scopeguard/config"
)

func TestXOAuth2Client(t *testing.T) {
	c := NewXOAuth2Client("me@example.com", "tok")
	mech, ir, err := c.Start()
	if err != nil || mech != "XOAUTH2" || string(ir) != "user=me@example.com\x01auth=Bearer tok\x01\x01" {
		t.Fatalf("Start = %q, %q, %v", mech, ir, err)
	}
	// A refusal is answered with an empty response; the server then says NO.
	resp, err := c.Next([]byte(`{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`))
	if err != nil || resp == nil || len(resp) != 0 {
		t.Fatalf("Next = %q, %v; want empty response", resp, err)
	}
	if r := Refusal(c); r == nil || r.Status != "401" {
		t.Fatalf("Refusal = %+v, want status 401", r)
	}
	if _, err := c.Next(nil); err == nil {
		t.Fatal("second challenge accepted")
	}
}

func TestOAuthBearerClient(t *testing.T) {
	c := NewOAuthBearerClient("me@example.com", "tok", "imap.example.com", 993)
	mech, ir, _ := c.Start()
	if mech != sasl.OAuthBearer || !strings.Contains(string(ir), "auth=Bearer tok\x01\x01") || !strings.Contains(string(ir), "port=993") {
		t.Fatalf("Start = %q, %q", mech, ir)
	}
	resp, err := c.Next([]byte(`{"status":"invalid_token"}`))
	if err != nil || string(resp) != "\x01" {
		t.Fatalf("Next = %q, %v; want the dummy 0x01", resp, err)
	}
	if r := Refusal(c); r == nil || r.Status != "invalid_token" {
		t.Fatalf("Refusal = %+v", r)
	}
}

func TestNew(t *testing.T) {
	pw := config.Secret{Env: "PW"}
	tok := config.Secret{Command: "echo tok"}
	tests := []struct {
		mode    config.AuthMode
		user    string
		pw, tok config.Secret
		wantErr string
	}{
		{config.AuthPlain, "u", pw, config.Secret{}, ""},
		{"", "u", pw, config.Secret{}, ""},
		{config.AuthXOAuth2, "u", config.Secret{}, tok, ""},
		{config.AuthOAuthBearer, "u", config.Secret{}, tok, ""},
		{config.AuthPlain, "u", config.Secret{}, tok, `auth "plain" needs a password secret`},
		{config.AuthXOAuth2, "u", pw, config.Secret{}, `auth "xoauth2" needs a token secret`},
		{"cram-md5", "u", pw, tok, `unknown auth mode "cram-md5"`},
		{config.AuthPlain, "", pw, tok, "empty username"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%s", tt.mode, tt.wantErr), func(t *testing.T) {
			_, err := New(tt.mode, tt.user, tt.pw, tt.tok)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("New = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestPlainClientResolvesPassword(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pw"), "hunter2\nsecond line\n")
	c, err := SASL(context.Background(), config.AuthPlain, "me", config.Secret{File: filepath.Join(dir, "pw")}, config.Secret{})
	if err != nil {
		t.Fatal(err)
	}
	_, ir, _ := c.Start()
	if string(ir) != "\x00me\x00hunter2" {
		t.Fatalf("initial response = %q", ir)
	}
}

func TestSecretNeverInError(t *testing.T) {
	_, err := SASL(context.Background(), config.AuthXOAuth2, "me", config.Secret{}, config.Secret{Command: "echo s3cr3t-token >&2; exit 3"})
	if err == nil || strings.Contains(err.Error(), "s3cr3t") {
		t.Fatalf("err = %v; want an error without the secret", err)
	}
}

// tokenCommand returns a secret whose command prints the file's content and
// counts its runs in another file.
func tokenCommand(t *testing.T) (s config.Secret, setToken func(string), runs func() int) {
	dir := t.TempDir()
	tok, count := filepath.Join(dir, "tok"), filepath.Join(dir, "runs")
	s = config.Secret{Command: fmt.Sprintf("echo x >> %s; cat %s", count, tok)}
	return s, func(v string) { writeFile(t, tok, v) }, func() int {
		b, _ := os.ReadFile(count)
		return strings.Count(string(b), "x")
	}
}

func TestTokenSourceRenews(t *testing.T) {
	s, set, runs := tokenCommand(t)
	set("tok-1")
	ts := NewTokenSource(s, 10*time.Minute)
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	ts.now = func() time.Time { return now }
	ctx := context.Background()

	steps := []struct {
		name    string
		advance time.Duration
		refused bool
		file    string
		want    string
		runs    int
	}{
		{"first use runs the command", 0, false, "", "tok-1", 1},
		{"cached within its age", 9 * time.Minute, false, "tok-2", "tok-1", 1},
		{"expired: runs again", 2 * time.Minute, false, "", "tok-2", 2},
		{"refused: runs again", 0, true, "tok-3", "tok-3", 3},
		{"cached again", time.Minute, false, "", "tok-3", 3},
	}
	for _, st := range steps {
		now = now.Add(st.advance)
		if st.file != "" {
			set(st.file)
		}
		if st.refused {
			ts.Invalidate()
		}
		got, err := ts.Token(ctx)
		if err != nil || got != st.want || runs() != st.runs {
			t.Fatalf("%s: Token = %q, %v after %d runs; want %q after %d", st.name, got, err, runs(), st.want, st.runs)
		}
	}
}

func jwt(exp int64) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"RS256"}`)) + "." + enc(fmt.Appendf(nil, `{"aud":"x","exp":%d}`, exp)) + ".c2ln"
}

func TestTokenSourceJWTExpiry(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	s, set, runs := tokenCommand(t)
	set(jwt(now.Add(5 * time.Minute).Unix())) // shorter than maxAge
	ts := NewTokenSource(s, time.Hour)
	ts.now = func() time.Time { return now }
	ts.Token(context.Background())
	now = now.Add(4 * time.Minute) // within the 2-minute slack before exp
	ts.Token(context.Background())
	if runs() != 2 {
		t.Fatalf("runs = %d, want 2: a token about to expire is renewed", runs())
	}
}

func TestJWTExpiry(t *testing.T) {
	tests := []struct {
		tok  string
		want int64 // 0 = none
	}{
		{jwt(1790000000), 1790000000},
		{"ya29.opaque-google-token", 0},
		{"a.b.c", 0},
		{"a." + base64.RawURLEncoding.EncodeToString([]byte(`{"exp":"soon"}`)) + ".c", 0},
		{"a." + base64.RawURLEncoding.EncodeToString([]byte(`{"exp":-5}`)) + ".c", 0},
		{"", 0},
	}
	for _, tt := range tests {
		got, ok := jwtExpiry(tt.tok)
		if ok != (tt.want != 0) || ok && got.Unix() != tt.want {
			t.Errorf("jwtExpiry(%q) = %v, %v; want %d", tt.tok, got, ok, tt.want)
		}
	}
}

func FuzzJWTExpiry(f *testing.F) {
	f.Add(jwt(1790000000))
	f.Add("a.b.c")
	f.Add("..")
	f.Fuzz(func(t *testing.T, tok string) {
		if exp, ok := jwtExpiry(tok); ok && exp.Unix() <= 0 {
			t.Fatalf("non-positive expiry %v accepted", exp)
		}
	})
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}
