package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-message/mail"

	"github.com/scopeguard/scopeguard/store"
)

// draftRun runs `scopeguard draft` and returns its exit code and output.
func draftRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := realMain(append([]string{"draft"}, args...), &out, &errOut)
	return code, out.String(), errOut.String()
}

func draftDecode(t *testing.T, s string) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, s)
	}
	return v
}

func TestDraftState(t *testing.T) {
	corpus := corpusDir(t)
	tests := []struct {
		id, verdict, lang, currency string
		amount                      float64
	}{
		{"d004", "revision_over_limit", "fr", "EUR", 140},
		{"d091", "out_of_scope", "en", "CAD", 255},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			out := t.TempDir()
			code, stdout, stderr := draftRun(t, "--contracts", filepath.Join(corpus, "contracts"),
				"--state", filepath.Join(corpus, "cases", tc.id+".toml"), "--out", out, "--json",
				filepath.Join(corpus, "cases", tc.id+".eml"))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			v := draftDecode(t, stdout)
			for _, k := range []string{"verdict", "language", "subject", "to", "text", "parts", "change_order"} {
				if _, ok := v[k]; !ok {
					t.Errorf("JSON lacks %q", k)
				}
			}
			if v["verdict"] != tc.verdict || v["language"] != tc.lang {
				t.Fatalf("verdict %v language %v, want %s %s", v["verdict"], v["language"], tc.verdict, tc.lang)
			}
			parts := v["parts"].(map[string]any)
			if alts, _ := parts["alternatives"].([]any); len(alts) < 2 || parts["next_step"] == "" {
				t.Errorf("parts incomplete: %v", parts)
			}
			co, _ := v["change_order"].(map[string]any)
			if co == nil || co["number"] != "CO-2026-001" || co["amount"] != tc.amount || co["currency"] != tc.currency {
				t.Fatalf("change_order = %v", v["change_order"])
			}
			pdf, _ := co["pdf"].(string)
			draftMode(t, pdf, 0o600)
			eml := filepath.Join(out, tc.id+".reply.eml")
			draftMode(t, eml, 0o600)
			raw, _ := os.ReadFile(eml)
			mr, err := mail.CreateReader(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			if mr.Header.Get("X-Scopeguard-Draft") == "" {
				t.Error("draft lacks X-Scopeguard-Draft")
			}
		})
	}
}

func draftMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != want {
		t.Errorf("%s mode %o, want %o", path, got, want)
	}
}

// TestDraftDB: numbers come from a real database file, are never reused,
// and drafting the same message again keeps its number.
func TestDraftDB(t *testing.T) {
	corpus := corpusDir(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "state.db")
	number := func(id string) string {
		code, stdout, stderr := draftRun(t, "--contracts", filepath.Join(corpus, "contracts"), "--db", db,
			"--out", filepath.Join(dir, "out"), "--json", filepath.Join(corpus, "cases", id+".eml"))
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", id, code, stderr)
		}
		co, _ := draftDecode(t, stdout)["change_order"].(map[string]any)
		if co == nil {
			t.Fatalf("%s: no change order:\n%s", id, stdout)
		}
		return co["number"].(string)
	}
	first := number("d091")
	if again := number("d091"); again != first {
		t.Errorf("same message drafted again got %s, want %s", again, first)
	}
	second := number("d092")
	if first != "CO-2026-001" || second != "CO-2026-002" {
		t.Errorf("numbers %s, %s; want CO-2026-001, CO-2026-002", first, second)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cos, err := st.ChangeOrders(context.Background(), "jtsocial-northline")
	if err != nil {
		t.Fatal(err)
	}
	if len(cos) != 2 || cos[0].PDFPath == "" {
		t.Errorf("stored change orders: %+v", cos)
	}
}

func TestDraftNoReply(t *testing.T) {
	corpus := corpusDir(t)
	out := t.TempDir()
	code, stdout, stderr := draftRun(t, "--contracts", filepath.Join(corpus, "contracts"),
		"--state", filepath.Join(corpus, "cases", "d024.toml"), "--out", out, "--json",
		filepath.Join(corpus, "cases", "d024.eml"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	v := draftDecode(t, stdout)
	if v["change_order"] != nil {
		t.Errorf("change_order = %v, want null", v["change_order"])
	}
	if files, _ := os.ReadDir(out); len(files) != 0 {
		t.Errorf("files written for a message that needs no reply: %v", files)
	}
}

func TestDraftUsage(t *testing.T) {
	corpus := corpusDir(t)
	contracts := filepath.Join(corpus, "contracts")
	eml := filepath.Join(corpus, "cases", "d004.eml")
	stray := filepath.Join(t.TempDir(), "stray.eml")
	os.WriteFile(stray, []byte("From: someone@nowhere.example\r\nSubject: hi\r\n\r\nhello\r\n"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no args", nil, 2, "usage"},
		{"no contracts", []string{eml}, 2, "usage"},
		{"both ledgers", []string{"--contracts", contracts, "--db", "x.db", "--state", "y.toml", eml}, 2, "not both"},
		{"bad contracts dir", []string{"--contracts", "/nonexistent", eml}, 2, "nonexistent"},
		{"missing message", []string{"--contracts", contracts, "/nonexistent.eml"}, 1, "nonexistent.eml"},
		{"unknown sender", []string{"--contracts", contracts, "--out", t.TempDir(), stray}, 1, "no contract"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := draftRun(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.msg) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.msg)
			}
		})
	}
}

// TestDraftConfig: the owner, signature, VAT and templates come from the
// configuration file.
func TestDraftConfig(t *testing.T) {
	corpus := corpusDir(t)
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "templates")
	checkWrite(t, tmpl, "fr.tmpl", `{{define "greeting"}}Chère {{.Greeting}},{{end}}`)
	cfg := checkWrite(t, dir, "scopeguard.toml", `contracts_dir = "`+filepath.Join(corpus, "contracts")+`"
state_dir = "`+filepath.Join(dir, "state")+`"
[owner]
name = "Marion Lefèvre"
email = "marion@atelier-brume.fr"
signature = "Marion Lefèvre — Atelier Brume"
[replies]
vat_rate = 0.2
templates_dir = "`+tmpl+`"
[digest]
enabled = false
[[accounts]]
name = "work"
host = "imap.example.com"
username = "u"
password_env = "PW"
`)
	out := filepath.Join(dir, "out")
	code, stdout, stderr := draftRun(t, "--contracts", filepath.Join(corpus, "contracts"), "--config", cfg,
		"--state", filepath.Join(corpus, "cases", "d004.toml"), "--out", out, "--json",
		filepath.Join(corpus, "cases", "d004.eml"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	v := draftDecode(t, stdout)
	text, _ := v["text"].(string)
	if !strings.HasPrefix(text, "Chère Thomas,") || !strings.HasSuffix(text, "Marion Lefèvre — Atelier Brume\n") ||
		!strings.Contains(text, "140,00 € HT") {
		t.Errorf("text does not follow the config:\n%s", text)
	}
	raw, err := os.ReadFile(filepath.Join(out, "d004.reply.eml"))
	if err != nil {
		t.Fatal(err)
	}
	mr, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if from, _ := mr.Header.AddressList("From"); len(from) != 1 || from[0].Address != "marion@atelier-brume.fr" {
		t.Errorf("From = %v, want the owner's address", from)
	}
}
