package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// checkCorpusContracts is the shared corpus, beside the repository.
const checkCorpusContracts = "../../../shared/corpus/contracts"

const checkGoodConfig = `contracts_dir = %q
[owner]
email = "owner@example.com"
[digest]
enabled = false
[[accounts]]
name = "work"
host = "imap.example.com"
username = "u"
password_env = "PW"
`

func checkWrite(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func checkCorpus(t *testing.T) string {
	t.Helper()
	abs, err := filepath.Abs(checkCorpusContracts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(abs); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("corpus contracts missing: %v", err)
		}
		t.Skipf("corpus contracts missing: %v", err)
	}
	return abs
}

// A contract claiming a domain another one claims, for the conflict case.
const checkClashContract = `id = "clash"
client = "Clash Ltd"
project = "P"
language = "en"
currency = "GBP"
hourly_rate = 50.0
signed = 2026-09-01
deadline = 2026-12-01
[provider]
name = "Me"
email = "me@example.com"
[client_contact]
domains = ["%s"]
[[deliverables]]
id = "x"
name = "X"
revisions = 1
`

func TestCheck(t *testing.T) {
	t.Setenv("STATE_DIRECTORY", "")
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	corpus := checkCorpus(t)
	dir := t.TempDir()
	good := checkWrite(t, dir, "good.toml", strings.Replace(checkGoodConfig, "%q", `"`+corpus+`"`, 1))
	insecure := checkWrite(t, dir, "insecure.toml", strings.Replace(checkGoodConfig, "%q", `"`+corpus+`"`, 1)+
		"insecure_skip_verify = true\n")
	bad := checkWrite(t, dir, "bad.toml", "[owner]\nemail = 3\n[digest]\nenabled = false\n")
	clashDir := filepath.Join(dir, "clash")
	checkWrite(t, clashDir, "a.toml", strings.Replace(checkClashContract, "%s", "example.co.uk", 1))
	checkWrite(t, clashDir, "b.toml", strings.Replace(strings.Replace(checkClashContract, "%s", "Example.co.uk", 1),
		`id = "clash"`, `id = "clash-two"`, 1))
	withClash := checkWrite(t, dir, "clash.toml", strings.Replace(checkGoodConfig, "%q", `"clash"`, 1))
	tpl := checkWrite(t, dir, "tpl/en.tmpl", "{{define \"explain\"}}{{.Nope")
	badTemplates := checkWrite(t, dir, "templates.toml", strings.Replace(checkGoodConfig, "%q", `"`+corpus+`"`, 1)+
		"[replies]\ntemplates_dir = \"tpl\"\n")

	corpusList := `  brume-sillon-identite    Sillon SAS                     4 deliverables
  harbourpine-brightwater  Brightwater Physiotherapy Ltd  4 deliverables
  jtsocial-northline       Northline Coffee Inc.          4 deliverables
  sg-rivault-assistanat    Menuiserie Rivault SARL        4 deliverables
`
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"good config", []string{"-c", good}, 0, "config OK\n" + corpusList, ""},
		{"contracts only", []string{"--contracts", corpus}, 0, "contracts OK\n" + corpusList, ""},
		{"warning", []string{"-c", insecure}, 0, "config OK\n" + corpusList,
			"warning: " + insecure + ": accounts[0].insecure_skip_verify: the server's TLS certificate is not verified\n"},
		{"bad config", []string{"-c", bad}, 2, "",
			bad + ": owner.email: want a string, got an integer (3)\n" +
				bad + ": accounts: at least one [[accounts]] mailbox is required\n2 problems\n"},
		{"missing config", []string{"-c", filepath.Join(dir, "nope.toml")}, 2, "",
			"loading config: open " + filepath.Join(dir, "nope.toml") + ": no such file or directory\n1 problem\n"},
		{"contracts clash", []string{"-c", withClash}, 2, "",
			filepath.Join(clashDir, "b.toml") + ": client_contact.domains[0]: example.co.uk is also claimed by " +
				filepath.Join(clashDir, "a.toml") + "\n1 problem\n"},
		{"contracts dir missing", []string{"--contracts", filepath.Join(dir, "none")}, 2, "",
			"loading contracts: stat " + filepath.Join(dir, "none") + ": no such file or directory\n1 problem\n"},
		{"broken template", []string{"-c", badTemplates}, 2, "",
			badTemplates + ": replies.templates_dir: parsing reply template " + tpl +
				": template: en:1: unclosed action\n1 problem\n"},
		{"config and contracts dir", []string{"-c", good, "--contracts", clashDir}, 2, "",
			filepath.Join(clashDir, "b.toml") + ": client_contact.domains[0]: example.co.uk is also claimed by " +
				filepath.Join(clashDir, "a.toml") + "\n1 problem\n"},
		{"stray argument", []string{"-c", good, "extra"}, 2, "", "usage: scopeguard check [-c FILE] [--contracts DIR]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := realMain(append([]string{"check"}, tt.args...), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code = %d, want %d\nstderr:\n%s", code, tt.code, stderr.String())
			}
			if diff := cmp.Diff(tt.stdout, stdout.String()); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
			gotErr := stderr.String()
			if tt.name == "stray argument" { // flag defaults follow the usage line
				gotErr, _, _ = strings.Cut(gotErr, "\n")
				gotErr += "\n"
			}
			if diff := cmp.Diff(tt.stderr, gotErr); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}
