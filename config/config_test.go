package config

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// cleanEnv removes the systemd variables that change defaults.
func cleanEnv(t *testing.T) {
	t.Helper()
	t.Setenv("STATE_DIRECTORY", "")
	t.Setenv("CREDENTIALS_DIRECTORY", "")
}

// TestLoadBad checks the exact lines printed for each bad config:
// testdata/bad/NAME.toml must fail with the contents of NAME.want.
func TestLoadBad(t *testing.T) {
	cleanEnv(t)
	files, err := filepath.Glob("testdata/bad/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad configs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".toml")
		t.Run(name, func(t *testing.T) {
			_, err := Load(f)
			if err == nil {
				t.Fatalf("Load(%s) succeeded, want problems", f)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("Load(%s) error is not ErrInvalid: %v", f, err)
			}
			got := err.Error() + "\n"
			want := strings.TrimSuffix(f, ".toml") + ".want"
			if *update {
				if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("missing golden file (run go test -update): %v", err)
			}
			if diff := cmp.Diff(string(b), got); diff != "" {
				os.WriteFile(want+".got", []byte(got), 0o644)
				t.Errorf("Load(%s) problems (-want +got):\n%s", f, diff)
			}
		})
	}
}

// TestBadConfigsNeverEchoSecrets: no problem line shows a secret value.
func TestBadConfigsNeverEchoSecrets(t *testing.T) {
	cleanEnv(t)
	_, err := Load("testdata/bad/02-password-literal.toml")
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("Load() error = %v, want an error without the password", err)
	}
}

func locEqual(a, b *time.Location) bool { return a.String() == b.String() }

func TestLoadGood(t *testing.T) {
	cleanEnv(t)
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	cfg, err := Load("testdata/good.toml")
	if err != nil {
		t.Fatalf("Load() error = %v", err)
	}
	dir, _ := filepath.Abs("testdata")
	paris, _ := time.LoadLocation("Europe/Paris")
	want := &Config{
		Path:         "testdata/good.toml",
		StateDir:     filepath.Join(dir, "state"),
		ContractsDir: "/srv/contracts",
		LogLevel:     "debug",
		Owner: Owner{Name: "Camille Martin", Email: "camille@example.com", Language: "fr",
			Signature: "Camille", Title: "Designer", Address: "1 rue de l'Exemple, Paris", Location: paris},
		Replies: Replies{TemplatesDir: filepath.Join(dir, "tpl"), LastRoundNotice: false, Keyword: "",
			VATRate: 0.2, ValidityDays: 15, AnswerDays: 5},
		Accounts: []Account{
			{Name: "work", Host: "imap.example.com", Port: 993, TLS: TLSImplicit, Username: "camille",
				Auth: AuthPlain, Password: Secret{File: filepath.Join(dir, "imap-password")},
				Folders: []string{"INBOX", "Clients"}, DraftsFolder: "Brouillons", PollInterval: 90 * time.Second,
				Since: time.Date(2026, 11, 1, 0, 0, 0, 0, paris)},
			{Name: "m365", Host: "outlook.office365.com", Port: 143, TLS: TLSStartTLS, Username: "c@example.com",
				Auth: AuthXOAuth2, Token: Secret{Command: "oauth-helper m365"},
				Folders: []string{"INBOX"}, PollInterval: 2 * time.Minute,
				Since: time.Date(2026, 11, 2, 8, 0, 0, 0, time.FixedZone("", 3600))},
			{Name: "local", Host: "127.0.0.1", Port: 1143, TLS: TLSNone, Username: "test",
				Auth: AuthPlain, Password: Secret{Env: "TEST_PW"}, Folders: []string{"INBOX"},
				PollInterval: 2 * time.Minute, IdleCheck: LoopbackIdleCheck, InsecureSkipVerify: true},
		},
		Digest: Digest{Enabled: true, Schedule: "30 7 * * *", SendEmpty: true},
		SMTP: SMTP{Host: "smtp.example.com", Port: 465, TLS: TLSImplicit, Username: "camille", Auth: AuthPlain,
			Password: Secret{Command: "pass show smtp"}, From: "scopeguard@example.com"},
		Warnings: []string{"testdata/good.toml: accounts[2].insecure_skip_verify: the server's TLS certificate is not verified"},
	}
	opts := cmp.Options{cmp.Comparer(locEqual), cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })}
	if diff := cmp.Diff(want, cfg, opts); diff != "" {
		t.Errorf("Load() mismatch (-want +got):\n%s", diff)
	}
}

func TestDefaults(t *testing.T) {
	cleanEnv(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "scopeguard.toml")
	writeFile(t, path, `[owner]
email = "o@example.com"
[[accounts]]
name = "a"
host = "imap.example.com"
username = "u"
password_env = "PW"
[smtp]
host = "smtp.example.com"
username = "u"
password_env = "PW"
`)
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path: path, StateDir: DefaultStateDir, ContractsDir: filepath.Join(dir, "contracts"), LogLevel: "info",
		Owner:   Owner{Email: "o@example.com", Language: "en", Location: time.Local},
		Replies: Replies{Drafts: true, LastRoundNotice: true, Keyword: "$ScopeCreep", ValidityDays: 30, AnswerDays: 3},
		Accounts: []Account{{Name: "a", Host: "imap.example.com", Port: 993, TLS: TLSImplicit, Username: "u",
			Auth: AuthPlain, Password: Secret{Env: "PW"}, Folders: []string{"INBOX"}, PollInterval: 2 * time.Minute}},
		Digest: Digest{Enabled: true, Schedule: "0 8 * * 1-5"},
		SMTP: SMTP{Host: "smtp.example.com", Port: 587, TLS: TLSStartTLS, Username: "u", Auth: AuthPlain,
			Password: Secret{Env: "PW"}, From: "o@example.com"},
	}
	if diff := cmp.Diff(want, cfg, cmp.Comparer(locEqual)); diff != "" {
		t.Errorf("defaults mismatch (-want +got):\n%s", diff)
	}

	t.Setenv("STATE_DIRECTORY", "/var/lib/scopeguard-test:/var/lib/other")
	cfg, err = Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.StateDir != "/var/lib/scopeguard-test" {
		t.Errorf("StateDir with $STATE_DIRECTORY = %q, want /var/lib/scopeguard-test", cfg.StateDir)
	}
}

// A relative password_file stays relative when systemd provides it as a
// credential, so Resolve finds it there.
func TestPasswordFileCredential(t *testing.T) {
	cleanEnv(t)
	creds := t.TempDir()
	writeFile(t, filepath.Join(creds, "imap-password"), "pw\n")
	t.Setenv("CREDENTIALS_DIRECTORY", creds)
	cfg, err := Load("testdata/good.toml")
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Accounts[0].Password.File; got != "imap-password" {
		t.Errorf("password_file = %q, want it kept relative", got)
	}
}

func TestExampleLoads(t *testing.T) {
	cleanEnv(t)
	cfg, err := Load("../config.example.toml")
	if err != nil {
		t.Fatalf("config.example.toml: %v", err)
	}
	if len(cfg.Warnings) > 0 {
		t.Errorf("config.example.toml warnings: %q", cfg.Warnings)
	}
}

var sectionRE = regexp.MustCompile(`^#?\s*\[\[?([a-z_]+)\]\]?`)

// TestExampleDocumentsEveryKey: every key the loader knows appears in
// config.example.toml, set or commented, in its section.
func TestExampleDocumentsEveryKey(t *testing.T) {
	b, err := os.ReadFile("../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	section := ""
	keyRE := regexp.MustCompile(`^#?\s*([a-z_]+)\s*=`)
	for _, line := range strings.Split(string(b), "\n") {
		if m := sectionRE.FindStringSubmatch(line); m != nil {
			section = m[1] + "."
			continue
		}
		if m := keyRE.FindStringSubmatch(line); m != nil {
			seen[section+m[1]] = true
		}
	}
	for k, doc := range exampleDocs(string(b)) {
		if !documentedRE.MatchString(doc) {
			t.Errorf("config.example.toml: %s has no default (or says it is required) in its comment: %q", k, doc)
		}
	}
	keys := Keys()
	if len(keys) < 40 {
		t.Fatalf("Keys() = %d keys, want the whole format", len(keys))
	}
	for _, k := range keys {
		if !seen[k] {
			t.Errorf("config.example.toml does not document %s", k)
		}
	}
	for k := range seen {
		if !strings.Contains(strings.Join(keys, " ")+" ", k+" ") {
			t.Errorf("config.example.toml documents %s, which the loader does not know", k)
		}
	}
}

var documentedRE = regexp.MustCompile(`(?i)default|required|exactly one`)

// exampleDocs returns the comment written above each key of the example.
// Keys right below another one, set or commented out ("# password_env =
// ..."), share its comment.
func exampleDocs(text string) map[string]string {
	docs := map[string]string{}
	keyRE := regexp.MustCompile(`^#?\s*([a-z_]+)\s*=`)
	section, doc, last := "", "", ""
	for _, line := range strings.Split(text, "\n") {
		if m := sectionRE.FindStringSubmatch(line); m != nil {
			section, doc, last = m[1]+".", "", ""
			continue
		}
		m := keyRE.FindStringSubmatch(line)
		switch {
		case m != nil && doc == "":
			docs[section+m[1]] = last // a sibling or an alternative: same comment
		case m != nil:
			docs[section+m[1]], last, doc = doc, doc, ""
		case strings.HasPrefix(line, "#"):
			doc += line + "\n"
		default:
			doc = ""
		}
	}
	return docs
}

func TestSinceForms(t *testing.T) {
	cleanEnv(t)
	paris, _ := time.LoadLocation("Europe/Paris")
	tests := []struct {
		since string
		want  time.Time
	}{
		{`"2026-11-01"`, time.Date(2026, 11, 1, 0, 0, 0, 0, paris)},
		{`2026-11-01`, time.Date(2026, 11, 1, 0, 0, 0, 0, paris)},
		{`2026-11-01T08:30:00`, time.Date(2026, 11, 1, 8, 30, 0, 0, paris)},
		{`2026-11-01T08:30:00Z`, time.Date(2026, 11, 1, 8, 30, 0, 0, time.UTC)},
		{`"2026-11-01T08:30:00-05:00"`, time.Date(2026, 11, 1, 13, 30, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.since, func(t *testing.T) {
			cfg, err := Parse("t.toml", t.TempDir(), []byte(`[owner]
email = "o@example.com"
timezone = "Europe/Paris"
[digest]
enabled = false
[[accounts]]
name = "a"
host = "h.example.com"
username = "u"
password_env = "P"
since = `+tt.since+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.Accounts[0].Since; !got.Equal(tt.want) {
				t.Errorf("since = %s, want %s", got, tt.want)
			}
		})
	}
}

// idle_check defaults to LoopbackIdleCheck for a server on this machine
// and to off for a remote one; an explicit value wins either way.
func TestIdleCheckDefault(t *testing.T) {
	cleanEnv(t)
	tests := []struct {
		host, extra string
		want        time.Duration
	}{
		{"imap.example.com", "", 0},
		{"127.0.0.1", "tls = \"none\"\n", LoopbackIdleCheck},
		{"localhost", "", LoopbackIdleCheck},
		{"::1", "", LoopbackIdleCheck},
		{"127.0.0.1", "idle_check = \"0s\"\n", 0},
		{"imap.example.com", "idle_check = \"250ms\"\n", 250 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.host+" "+strings.TrimSpace(tt.extra), func(t *testing.T) {
			cfg, err := Parse("t.toml", t.TempDir(), []byte(`[owner]
email = "o@example.com"
[digest]
enabled = false
[[accounts]]
name = "a"
host = "`+tt.host+`"
username = "u"
password_env = "P"
`+tt.extra))
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.Accounts[0].IdleCheck; got != tt.want {
				t.Errorf("idle_check = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHolidaysAndDaysOff(t *testing.T) {
	cleanEnv(t)
	base := `[digest]
enabled = false
[[accounts]]
name = "a"
host = "h.example.com"
username = "u"
password_env = "P"
[owner]
email = "o@example.com"
timezone = "Europe/London"
`
	cfg, err := Parse("t.toml", t.TempDir(), []byte(base+"holidays = \"gb\"\ndays_off = [2026-12-24, \"2026-12-31\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	london, _ := time.LoadLocation("Europe/London")
	want := []time.Time{time.Date(2026, 12, 24, 0, 0, 0, 0, london), time.Date(2026, 12, 31, 0, 0, 0, 0, london)}
	if cfg.Owner.Holidays != "gb" || len(cfg.Owner.DaysOff) != 2 || !cfg.Owner.DaysOff[0].Equal(want[0]) || !cfg.Owner.DaysOff[1].Equal(want[1]) {
		t.Errorf("owner = %q %v, want gb %v", cfg.Owner.Holidays, cfg.Owner.DaysOff, want)
	}
	for _, bad := range []struct{ extra, key string }{
		{"holidays = \"de\"\n", "owner.holidays"},
		{"days_off = [\"soon\"]\n", "owner.days_off[0]"},
		{"days_off = \"2026-12-24\"\n", "owner.days_off"},
	} {
		_, err := Parse("t.toml", t.TempDir(), []byte(base+bad.extra))
		if err == nil || !strings.Contains(err.Error(), bad.key+":") {
			t.Errorf("%q: error %v, want one naming %s", bad.extra, err, bad.key)
		}
	}
}

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestEveryKeyTypeChecked: each key of the format, given a table where a
// value belongs, is reported at its own path. A key the validator forgot
// to read would pass silently.
func TestEveryKeyTypeChecked(t *testing.T) {
	cleanEnv(t)
	sections := map[string]string{
		"":         "",
		"owner":    "email = \"o@example.com\"\n",
		"replies":  "",
		"accounts": "name = \"a\"\nhost = \"h.example.com\"\nusername = \"u\"\npassword_env = \"P\"\n",
		"digest":   "",
		"smtp":     "host = \"s.example.com\"\nusername = \"u\"\npassword_env = \"P\"\n",
	}
	order := []string{"", "owner", "replies", "accounts", "digest", "smtp"}
	for _, key := range Keys() {
		t.Run(key, func(t *testing.T) {
			section, leaf, ok := strings.Cut(key, ".")
			if !ok {
				section, leaf = "", key
			}
			var b strings.Builder
			for _, s := range order {
				switch s {
				case "":
				case "accounts":
					b.WriteString("[[accounts]]\n")
				default:
					b.WriteString("[" + s + "]\n")
				}
				body := sections[s]
				if s == section {
					// Drop the valid line for this key, then add the bad one.
					lines := strings.Split(body, "\n")
					body = ""
					for _, l := range lines {
						if l != "" && !strings.HasPrefix(l, leaf+" =") {
							body += l + "\n"
						}
					}
					body += leaf + " = { bad = 1 }\n"
				}
				b.WriteString(body)
			}
			_, err := Parse("t.toml", t.TempDir(), []byte(b.String()))
			path := key
			if section == "accounts" {
				path = "accounts[0]." + leaf
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Parse() = %v, want problems", err)
			}
			for _, p := range ps {
				if p.Key == path && strings.HasPrefix(p.Msg, "want ") && strings.HasSuffix(p.Msg, "got a table") {
					return
				}
			}
			t.Errorf("no type problem at %s:\n%v\nconfig:\n%s", path, err, b.String())
		})
	}
}

func BenchmarkLoadExample(b *testing.B) {
	for b.Loop() {
		if _, err := Load("../config.example.toml"); err != nil {
			b.Fatal(err)
		}
	}
}
