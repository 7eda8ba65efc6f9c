package config

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// SecretTimeout bounds how long a password or token command may run.
const SecretTimeout = 30 * time.Second

// ErrNoSecret is returned by Resolve when no source is configured.
var ErrNoSecret = errors.New("no secret configured")

// Resolve returns the secret: the first line of the output of Command (run
// with sh -c, like mbsync's PassCmd), the first line of File (a relative path
// is looked up in $CREDENTIALS_DIRECTORY first, for systemd's LoadCredential),
// or the value of the environment variable Env. Values are trimmed of
// surrounding white space. Errors name the source (the command's first word,
// the file, the variable) but never contain the secret nor any output.
func (s Secret) Resolve(ctx context.Context) (string, error) {
	switch {
	case s.Command != "":
		return s.fromCommand(ctx)
	case s.File != "":
		return s.fromFile()
	case s.Env != "":
		v := strings.TrimSpace(os.Getenv(s.Env))
		if v == "" {
			return "", fmt.Errorf("reading secret from environment variable %s: not set or empty", s.Env)
		}
		return v, nil
	}
	return "", ErrNoSecret
}

// String describes where the secret comes from, never the secret itself, so
// a Secret can be logged or printed safely.
func (s Secret) String() string {
	switch {
	case s.Command != "":
		return "command " + commandName(s.Command)
	case s.File != "":
		return "file " + s.File
	case s.Env != "":
		return "environment variable " + s.Env
	}
	return "none"
}

// IsZero reports whether no source is set.
func (s Secret) IsZero() bool { return s == Secret{} }

func (s Secret) fromCommand(ctx context.Context) (string, error) {
	name := commandName(s.Command)
	ctx, cancel := context.WithTimeout(ctx, SecretTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", s.Command)
	// stderr is discarded: password managers may echo prompts or secrets there.
	cmd.Stderr = nil
	// On timeout, kill the whole process group: sh's children would
	// otherwise keep the output pipe open.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second
	out, err := cmd.Output()
	if ctx.Err() != nil {
		return "", fmt.Errorf("running secret command %s: %w", name, ctx.Err())
	}
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			// The ExitError carries stderr; report only the exit status.
			return "", fmt.Errorf("running secret command %s: exit status %d", name, ee.ExitCode())
		}
		return "", fmt.Errorf("running secret command %s: %w", name, err)
	}
	v := firstLine(out)
	if v == "" {
		return "", fmt.Errorf("running secret command %s: empty output", name)
	}
	return v, nil
}

func (s Secret) fromFile() (string, error) {
	path := s.File
	if p, err := lookupCredential(path); err == nil {
		path = p
	}
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is already in our message
		}
		return "", fmt.Errorf("reading secret file %s: %w", path, err)
	}
	v := firstLine(b)
	if v == "" {
		return "", fmt.Errorf("reading secret file %s: empty", path)
	}
	return v, nil
}

// commandName is the first word of a shell command: enough to say which
// helper failed without printing arguments that may hold a secret.
func commandName(cmd string) string {
	f := strings.Fields(cmd)
	if len(f) == 0 {
		return `""`
	}
	return f[0]
}

func firstLine(b []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	if !sc.Scan() {
		return ""
	}
	return strings.TrimSpace(sc.Text())
}

// lookupCredential finds a relative file name in systemd's
// $CREDENTIALS_DIRECTORY (LoadCredential=).
func lookupCredential(name string) (string, error) {
	dir := os.Getenv("CREDENTIALS_DIRECTORY")
	if dir == "" || filepath.IsAbs(name) {
		return "", os.ErrNotExist
	}
	p := filepath.Join(dir, name)
	if _, err := os.Stat(p); err != nil {
		return "", err
	}
	return p, nil
}
