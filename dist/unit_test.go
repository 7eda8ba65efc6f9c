package dist

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// maxExposure is the highest `systemd-analyze security` score accepted
// (0 = fully locked down, 10 = unprotected).
const maxExposure = 2.0

const unitFile = "scopeguard.service"

// systemdAnalyze finds the tool: a missing tool skips the test locally and
// fails it in CI, where .ci/run installs it.
func systemdAnalyze(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("systemd-analyze")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("systemd-analyze not found (install the systemd package): %v", err)
		}
		t.Skipf("systemd-analyze not found: %v", err)
	}
	return p
}

// unitCopy writes the unit into a temporary directory with ExecStart
// pointing at a binary that exists (this test binary), since verify checks
// that the command is executable; extra lines are appended to [Service].
func unitCopy(t *testing.T, extra string) string {
	t.Helper()
	b, err := os.ReadFile(unitFile)
	if err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	unit := strings.ReplaceAll(string(b), "/usr/local/bin/scopeguard", exe)
	if unit == string(b) {
		t.Fatalf("%s: ExecStart does not use /usr/local/bin/scopeguard, the path make install uses", unitFile)
	}
	unit = strings.Replace(unit, "[Service]\n", "[Service]\n"+extra, 1)
	p := filepath.Join(t.TempDir(), unitFile)
	if err := os.WriteFile(p, []byte(unit), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUnitVerifies(t *testing.T) {
	tool := systemdAnalyze(t)
	tests := []struct {
		name, extra string
		wantClean   bool
	}{
		{"as shipped", "", true},
		// Proves verify does catch mistakes, so the clean run means something.
		{"broken copy", "Type=bogus\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := exec.Command(tool, "verify", unitCopy(t, tt.extra)).CombinedOutput()
			clean := err == nil && len(out) == 0
			if clean != tt.wantClean {
				t.Errorf("systemd-analyze verify: clean = %v, want %v: %v\n%s", clean, tt.wantClean, err, out)
			}
		})
	}
}

var exposureRE = regexp.MustCompile(`Overall exposure level for \S+: ([0-9]+(?:\.[0-9]+)?)`)

func TestUnitExposure(t *testing.T) {
	tool := systemdAnalyze(t)
	out, err := exec.Command(tool, "security", "--offline=yes", "--no-pager", unitFile).CombinedOutput()
	if err != nil {
		t.Fatalf("systemd-analyze security: %v\n%s", err, out)
	}
	got, err := parseExposure(string(out))
	if err != nil {
		t.Fatalf("%v in output:\n%s", err, out)
	}
	t.Logf("exposure %.1f", got)
	if got > maxExposure {
		t.Errorf("exposure = %.1f, want <= %.1f:\n%s", got, maxExposure, out)
	}
}

func parseExposure(out string) (float64, error) {
	m := exposureRE.FindStringSubmatch(out)
	if m == nil {
		return 0, errNoExposure
	}
	return strconv.ParseFloat(m[1], 64)
}

var errNoExposure = errors.New("no exposure level")

func TestParseExposure(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"→ Overall exposure level for scopeguard.service: 1.2 OK 🙂\n", 1.2, true},
		{"→ Overall exposure level for x.service: 9.6 UNSAFE 😨", 9.6, true},
		{"→ Overall exposure level for x.service: 10 UNSAFE", 10, true},
		{"nothing here", 0, false},
	}
	for _, tt := range tests {
		got, err := parseExposure(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseExposure(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// The unit's hard requirements, so a later edit cannot drop one silently.
func TestUnitDirectives(t *testing.T) {
	b, err := os.ReadFile(unitFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{
		"Type=notify",
		"WatchdogSec=60",
		"ExecStart=/usr/local/bin/scopeguard run -c /etc/scopeguard/scopeguard.toml",
		"ExecReload=/bin/kill -HUP $MAINPID",
		"DynamicUser=yes",
		"StateDirectory=scopeguard",
		"StateDirectoryMode=0700",
		"ConfigurationDirectory=scopeguard",
		"LoadCredential=imap-password:/etc/scopeguard/imap-password",
		"RestartPreventExitStatus=2",
		"Restart=on-failure",
	} {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(d) + `$`).Match(b) {
			t.Errorf("%s lacks %q", unitFile, d)
		}
	}
}
