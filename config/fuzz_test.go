package config

import (
	"errors"
	"testing"
)

// FuzzParse: any bytes give a Config or Problems naming the file, never a
// panic. Seeds: testdata/fuzz/FuzzParse (good, example and bad configs).
func FuzzParse(f *testing.F) {
	f.Add([]byte("[owner]\nemail = \"o@example.com\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("fuzz.toml", "/etc/scopeguard", data)
		if err != nil {
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("Parse error %v (%T) is not a non-empty Problems", err, err)
			}
			for _, p := range ps {
				if p.File != "fuzz.toml" || p.Msg == "" {
					t.Fatalf("problem %#v lacks file or message", p)
				}
			}
			if cfg != nil {
				t.Fatal("Parse returned both a config and an error")
			}
			return
		}
		if cfg.Owner.Email == "" || len(cfg.Accounts) == 0 || cfg.Owner.Location == nil {
			t.Fatalf("Parse accepted a config without owner email, accounts or time zone")
		}
		for _, a := range cfg.Accounts {
			if a.Port < 1 || a.Port > 65535 || a.PollInterval < MinPollInterval || len(a.Folders) == 0 {
				t.Fatalf("account %q: port %d, poll %s, folders %q", a.Name, a.Port, a.PollInterval, a.Folders)
			}
			if a.TLS == TLSNone && !isLoopback(a.Host) {
				t.Fatalf("account %q: tls none to %s accepted", a.Name, a.Host)
			}
		}
	})
}
