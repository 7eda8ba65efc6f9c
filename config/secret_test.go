package config

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const testSecret = "s3cr3t-Value"

func TestSecretResolve(t *testing.T) {
	dir := t.TempDir()
	creds := t.TempDir()
	write := func(dir, name, body string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	abs := write(dir, "pw", "  "+testSecret+"  \nsecond line\n")
	write(dir, "empty", "\n")
	write(creds, "imap-password", testSecret+"\r\n")
	write(dir, "imap-password", "not this one\n")
	t.Setenv("CREDENTIALS_DIRECTORY", creds)
	t.Setenv("SG_TEST_SECRET", " "+testSecret+" ")
	t.Setenv("SG_TEST_EMPTY", "")

	tests := []struct {
		name    string
		s       Secret
		want    string
		wantErr string // substring; the secret must never appear
	}{
		{"command first line", Secret{Command: "printf '" + testSecret + "\\nother\\n'"}, testSecret, ""},
		{"command trimmed", Secret{Command: "echo '  " + testSecret + "  '"}, testSecret, ""},
		{"command fails", Secret{Command: "echo " + testSecret + " >&2; exit 3"}, "", "running secret command echo: exit status 3"},
		{"command empty", Secret{Command: "true"}, "", "running secret command true: empty output"},
		{"command output on failure hidden", Secret{Command: "echo " + testSecret + "; false"}, "", "running secret command echo: exit status 1"},
		{"file absolute", Secret{File: abs}, testSecret, ""},
		{"file from credentials directory", Secret{File: "imap-password"}, testSecret, ""},
		{"file missing", Secret{File: filepath.Join(dir, "nope")}, "", "reading secret file " + filepath.Join(dir, "nope") + ": no such file or directory"},
		{"file empty", Secret{File: filepath.Join(dir, "empty")}, "", "reading secret file " + filepath.Join(dir, "empty") + ": empty"},
		{"env", Secret{Env: "SG_TEST_SECRET"}, testSecret, ""},
		{"env empty", Secret{Env: "SG_TEST_EMPTY"}, "", "environment variable SG_TEST_EMPTY: not set or empty"},
		{"env unset", Secret{Env: "SG_TEST_UNSET_XYZ"}, "", "environment variable SG_TEST_UNSET_XYZ: not set or empty"},
		{"none", Secret{}, "", "no secret configured"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.s.Resolve(context.Background())
			if tt.wantErr != "" {
				if err == nil {
					t.Fatalf("Resolve() = %q, want error containing %q", got, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("Resolve() error = %q, want it to contain %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), testSecret) {
					t.Errorf("Resolve() error leaks the secret: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Resolve() error = %v", err)
			}
			if got != tt.want {
				t.Errorf("Resolve() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSecretNoneIsErrNoSecret(t *testing.T) {
	if _, err := (Secret{}).Resolve(context.Background()); !errors.Is(err, ErrNoSecret) {
		t.Errorf("Resolve() error = %v, want ErrNoSecret", err)
	}
}

func TestSecretCommandCancelled(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := Secret{Command: "sleep 10"}.Resolve(ctx)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Resolve() error = %v, want deadline exceeded", err)
	}
	if !strings.HasPrefix(err.Error(), "running secret command sleep:") {
		t.Errorf("Resolve() error = %q, want it to name the command", err)
	}
}

func TestSecretString(t *testing.T) {
	tests := []struct {
		s    Secret
		want string
	}{
		{Secret{Command: "pass show mail/" + testSecret}, "command pass"},
		{Secret{File: "/etc/x"}, "file /etc/x"},
		{Secret{Env: "X"}, "environment variable X"},
		{Secret{}, "none"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.s, got, tt.want)
		}
	}
}
