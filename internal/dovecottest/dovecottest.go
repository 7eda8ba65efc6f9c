// Package dovecottest starts a private Dovecot IMAP server on 127.0.0.1 for
// end-to-end tests: a temp-dir configuration (Dovecot 2.3 syntax, as Debian
// 12 ships), one user, a Drafts folder with \Drafts, plaintext IMAP and
// implicit TLS with a certificate the returned pool trusts. Helpers restart
// it, deliver mail and change a folder's UIDVALIDITY with doveadm.
//
// When Dovecot is not installed, Start skips the test, or fails it when the
// environment variable CI is "true".
package dovecottest

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"text/template"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/scopeguard/scopeguard/internal/testcert"
)

// Server is a running Dovecot.
type Server struct {
	Dir      string
	Host     string // "127.0.0.1"
	Port     int    // plaintext IMAP (STARTTLS offered)
	TLSPort  int    // implicit TLS
	Username string
	Password string
	RootCAs  *x509.CertPool

	conf    string
	bin     string
	doveadm string
	cmd     *exec.Cmd
	exited  chan struct{}
	seq     int
}

// Find returns the dovecot binary, failing the test in CI when it is missing
// and skipping it otherwise.
func Find(t testing.TB) string {
	t.Helper()
	for _, p := range []string{"dovecot", "/usr/sbin/dovecot"} {
		if bin, err := exec.LookPath(p); err == nil {
			return bin
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("dovecot not installed (apt-get install dovecot-imapd); required when CI=true")
	}
	t.Skip("dovecot not installed (apt-get install dovecot-imapd)")
	return ""
}

// Start writes a configuration under t.TempDir(), starts Dovecot in the
// foreground and stops it when the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	bin := Find(t)
	dir, err := os.MkdirTemp("", "dovecottest-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	s := &Server{Dir: dir, Host: "127.0.0.1", Username: "owner@example.com", Password: "secret",
		bin: bin, doveadm: filepath.Join(filepath.Dir(bin), "..", "bin", "doveadm")}
	if _, err := os.Stat(s.doveadm); err != nil {
		s.doveadm = "doveadm"
	}
	if err := s.configure(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	if err := s.start(); err != nil {
		t.Fatal(err)
	}
	// A first login creates the Maildir (INBOX and Drafts), so Save works.
	c, err := s.Dial()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	c.Logout().Wait()
	return s
}

// freePorts returns n distinct free loopback ports.
func freePorts(n int) ([]int, error) {
	var ports []int
	for i := 0; i < n; i++ {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		defer ln.Close() // held until all are picked, so none repeats
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

func (s *Server) configure() error {
	ports, err := freePorts(2)
	if err != nil {
		return err
	}
	s.Port, s.TLSPort = ports[0], ports[1]
	cert, pool, err := testcert.SelfSigned()
	if err != nil {
		return err
	}
	s.RootCAs = pool
	if err := writeCert(s.Dir, cert); err != nil {
		return err
	}
	u, err := user.Current()
	if err != nil {
		return err
	}
	v := map[string]any{"Dir": s.Dir, "Port": s.Port, "TLSPort": s.TLSPort,
		"Internal": u.Username, "Login": u.Username, "MailUser": u.Username}
	if os.Geteuid() == 0 {
		// Dovecot refuses to run its login processes as root.
		v["Internal"], v["Login"], v["MailUser"] = "dovecot", "dovenull", "dovecot"
		if err := os.Chmod(s.Dir, 0o755); err != nil {
			return err
		}
	}
	mail := filepath.Join(s.Dir, "mail")
	if err := os.MkdirAll(mail, 0o755); err != nil {
		return err
	}
	if os.Geteuid() == 0 {
		if err := exec.Command("chown", "-R", "dovecot:dovecot", mail).Run(); err != nil {
			return fmt.Errorf("chown mail dir: %w", err)
		}
	}
	if err := os.WriteFile(filepath.Join(s.Dir, "passwd"), []byte(s.Username+":{PLAIN}"+s.Password+"\n"), 0o644); err != nil {
		return err
	}
	var b strings.Builder
	if err := confTmpl.Execute(&b, v); err != nil {
		return err
	}
	s.conf = filepath.Join(s.Dir, "dovecot.conf")
	return os.WriteFile(s.conf, []byte(b.String()), 0o644)
}

func writeCert(dir string, cert tls.Certificate) error {
	key, err := x509.MarshalPKCS8PrivateKey(cert.PrivateKey)
	if err != nil {
		return err
	}
	c := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Certificate[0]})
	k := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: key})
	if err := os.WriteFile(filepath.Join(dir, "cert.pem"), c, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "key.pem"), k, 0o600)
}

var confTmpl = template.Must(template.New("conf").Parse(`
base_dir = {{.Dir}}/run
state_dir = {{.Dir}}/state
log_path = {{.Dir}}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{{.Dir}}/cert.pem
ssl_key = <{{.Dir}}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain
mail_location = maildir:{{.Dir}}/mail/%u
first_valid_uid = 1
default_internal_user = {{.Internal}}
default_internal_group = {{.Internal}}
default_login_user = {{.Login}}
mail_fsync = never
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {{.Dir}}/passwd
}
userdb {
  driver = static
  args = uid={{.MailUser}} gid={{.MailUser}} home={{.Dir}}/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = {{.Port}}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = {{.TLSPort}}
    ssl = yes
  }
}
service anvil {
  chroot =
}
`))

func (s *Server) start() error {
	cmd := exec.Command(s.bin, "-F", "-c", s.conf)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	// Its own process group, so Stop can kill every Dovecot process at once.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting dovecot: %w", err)
	}
	s.cmd, s.exited = cmd, make(chan struct{})
	go func() { cmd.Wait(); close(s.exited) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", net.JoinHostPort(s.Host, fmt.Sprint(s.Port)), time.Second); err == nil {
			c.Close()
			return nil
		}
		select {
		case <-s.exited:
			return fmt.Errorf("dovecot exited at start; log:\n%s", s.Log())
		case <-time.After(20 * time.Millisecond):
		}
	}
	return fmt.Errorf("dovecot not listening after 10s; log:\n%s", s.Log())
}

// Stop kills Dovecot and every process it started, as a crash or a hard
// restart would (a graceful stop makes Dovecot wait 10 s for clients): the
// watcher's connections drop.
func (s *Server) Stop() {
	if s.cmd == nil {
		return
	}
	syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
	<-s.exited
	s.cmd = nil
	// Wait until the port is free so a restart can bind it.
	for i := 0; i < 500; i++ {
		ln, err := net.Listen("tcp", net.JoinHostPort(s.Host, fmt.Sprint(s.Port)))
		if err == nil {
			ln.Close()
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Restart stops Dovecot and starts it again on the same ports and mail.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	s.Stop()
	if err := s.start(); err != nil {
		t.Fatal(err)
	}
}

// Log returns Dovecot's log so far.
func (s *Server) Log() string {
	b, _ := os.ReadFile(filepath.Join(s.Dir, "dovecot.log"))
	return string(b)
}

// Doveadm runs doveadm with this server's configuration; pass "-u",
// s.Username after the command words to act on the test user.
func (s *Server) Doveadm(t testing.TB, args ...string) string {
	t.Helper()
	out, err := exec.Command(s.doveadm, append([]string{"-c", s.conf}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("doveadm %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// SetUIDValidity gives mailbox a new UIDVALIDITY, as a server restored from
// backup or rebuilt indexes would.
func (s *Server) SetUIDValidity(t testing.TB, mailbox string, v uint32) {
	t.Helper()
	s.Doveadm(t, "mailbox", "update", "-u", s.Username, "--uid-validity", fmt.Sprint(v), mailbox)
}

// Dial returns a client logged in as the test user over plaintext IMAP.
func (s *Server) Dial() (*imapclient.Client, error) {
	c, err := imapclient.DialInsecure(net.JoinHostPort(s.Host, fmt.Sprint(s.Port)), nil)
	if err != nil {
		return nil, err
	}
	if err := c.Login(s.Username, s.Password).Wait(); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// Save delivers raw into mailbox the way a local delivery agent does, by
// dropping a file into the Maildir's new/ directory; it works while the IMAP
// server is stopped.
func (s *Server) Save(t testing.TB, mailbox string, raw []byte) {
	t.Helper()
	dir := filepath.Join(s.Dir, "mail", s.Username)
	if mailbox != "INBOX" {
		dir = filepath.Join(dir, "."+strings.ReplaceAll(mailbox, "/", "."))
	}
	s.seq++
	name := fmt.Sprintf("%d.M%dP%d_%d.dovecottest", time.Now().Unix(), time.Now().Nanosecond()/1000, os.Getpid(), s.seq)
	tmp := filepath.Join(dir, "tmp", name)
	if err := os.WriteFile(tmp, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		if err := chownDovecot(tmp); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Rename(tmp, filepath.Join(dir, "new", name)); err != nil {
		t.Fatal(err)
	}
}

// chownDovecot gives path to the dovecot user, which owns the mail when the
// tests run as root.
func chownDovecot(path string) error {
	u, err := user.Lookup("dovecot")
	if err != nil {
		return err
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return os.Chown(path, uid, gid)
}

// Settle selects mailbox read-write once, as any mail client does: Dovecot
// then moves delivered mail from the Maildir's new/ to cur/ and indexes it.
// A benchmark settles a mailbox first, so that the clients it compares
// find it in the same state (the first read-write SELECT of 5,000 new
// messages costs about 70 ms, and an EXAMINE leaves them in new/).
func (s *Server) Settle(t testing.TB, mailbox string) {
	t.Helper()
	c, err := s.Dial()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Select(mailbox, nil).Wait(); err != nil {
		t.Fatal(err)
	}
}

// Empty expunges every message of mailbox.
func (s *Server) Empty(t testing.TB, mailbox string) {
	t.Helper()
	s.Doveadm(t, "expunge", "-u", s.Username, "mailbox", mailbox, "all")
}

// RawFetch times a login and a plain UID FETCH 1:* BODY.PEEK[] of mailbox,
// the floor any client reading it pays; it returns the bytes read too.
func (s *Server) RawFetch(t testing.TB, mailbox string) (time.Duration, int64) {
	t.Helper()
	start := time.Now()
	c, err := s.Dial()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	var set imap.UIDSet
	set.AddRange(1, 0)
	section := &imap.FetchItemBodySection{Peek: true}
	cmd := c.Fetch(set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}})
	var total int64
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		buf, err := msg.Collect()
		if err != nil {
			t.Fatal(err)
		}
		total += int64(len(buf.FindBodySection(section)))
	}
	if err := cmd.Close(); err != nil {
		t.Fatal(err)
	}
	return time.Since(start), total
}

// Status returns mailbox's UIDVALIDITY and UIDNEXT.
func (s *Server) Status(t testing.TB, mailbox string) (uidValidity, uidNext uint32) {
	t.Helper()
	c, err := s.Dial()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	st, err := c.Status(mailbox, &imap.StatusOptions{UIDValidity: true, UIDNext: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return st.UIDValidity, uint32(st.UIDNext)
}
