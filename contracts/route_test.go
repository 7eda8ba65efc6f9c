package contracts

import (
	"bufio"
	"errors"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func routeBook(t testing.TB) *Book {
	t.Helper()
	mk := func(id string, emails, domains []string) *Contract {
		c := &Contract{ID: id, Path: id + ".toml", ClientContact: ClientContact{Emails: emails, Domains: domains}}
		c.normalise()
		return c
	}
	b, err := NewBook([]*Contract{
		mk("acme", []string{"jo@acme.example", "boss@gmail.example"}, []string{"acme.example"}),
		mk("globex", []string{"hank@globex.example"}, nil),
		// Owns a domain in which acme has one named address.
		mk("gmail-domain", nil, []string{"gmail.example", "Sub.Initech.Example"}),
	})
	if err != nil {
		t.Fatalf("NewBook: %v", err)
	}
	return b
}

func TestRoute(t *testing.T) {
	b := routeBook(t)
	tests := []struct {
		addr string
		want string // contract id, "" = no match
	}{
		{"jo@acme.example", "acme"},
		{"JO@Acme.EXAMPLE", "acme"},
		{"  jo@acme.example ", "acme"},
		{"someone@acme.example", "acme"},
		{"someone@ACME.example", "acme"},
		{"hank@globex.example", "globex"},
		{"other@globex.example", ""},   // globex lists an address, not its domain
		{"boss@gmail.example", "acme"}, // exact address beats the domain
		{"stranger@gmail.example", "gmail-domain"},
		{"x@sub.initech.example", "gmail-domain"},
		{"x@initech.example", ""},          // a parent domain is not claimed
		{"x@deep.sub.initech.example", ""}, // nor a subdomain
		{"x@acme.example.evil", ""},
		{"acme.example", ""},
		{"@acme.example", "acme"}, // empty local part: still that domain
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			got := b.Route(tt.addr)
			switch {
			case tt.want == "" && got != nil:
				t.Errorf("Route(%q) = %s, want no contract", tt.addr, got.ID)
			case tt.want != "" && (got == nil || got.ID != tt.want):
				t.Errorf("Route(%q) = %v, want %s", tt.addr, got, tt.want)
			}
		})
	}
}

func TestBookGetAll(t *testing.T) {
	b := routeBook(t)
	if c := b.Get("globex"); c == nil || c.ID != "globex" {
		t.Errorf("Get(globex) = %v", c)
	}
	if c := b.Get("nope"); c != nil {
		t.Errorf("Get(nope) = %v, want nil", c)
	}
	var ids []string
	for _, c := range b.All() {
		ids = append(ids, c.ID)
	}
	if got := strings.Join(ids, ","); got != "acme,globex,gmail-domain" {
		t.Errorf("All() = %s, want load order", got)
	}
}

func TestNewBookConflicts(t *testing.T) {
	a := &Contract{ID: "a", Path: "a.toml", ClientContact: ClientContact{Emails: []string{"x@one.example"}, Domains: []string{"one.example"}}}
	tests := []struct {
		name string
		b    *Contract
		want string
	}{
		{"same id", &Contract{ID: "a", Path: "b.toml", ClientContact: ClientContact{Domains: []string{"two.example"}}},
			`b.toml: id: "a" is also the id of a.toml`},
		{"same address", &Contract{ID: "b", Path: "b.toml", ClientContact: ClientContact{Emails: []string{"x@one.example"}}},
			"b.toml: client_contact.emails[0]: x@one.example is also claimed by a.toml"},
		{"same domain", &Contract{ID: "b", Path: "b.toml", ClientContact: ClientContact{Domains: []string{"two.example", "one.example"}}},
			"b.toml: client_contact.domains[1]: one.example is also claimed by a.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewBook([]*Contract{a, tt.b})
			if err == nil || err.Error() != tt.want {
				t.Errorf("NewBook() error = %v, want %q", err, tt.want)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("NewBook() error is not ErrInvalid")
			}
		})
	}
}

// Every corpus email's sender routes to the contract its case names.
func TestRouteCorpus(t *testing.T) {
	b, err := LoadDir(sharedDir(t, "corpus/contracts"))
	if err != nil {
		t.Fatal(err)
	}
	cases, _ := filepath.Glob(filepath.Join(sharedDir(t, "corpus/cases"), "*.eml"))
	if len(cases) < 100 {
		t.Fatalf("found %d corpus cases, want 100", len(cases))
	}
	for _, eml := range cases {
		var want struct {
			Contract string `toml:"contract"`
		}
		if _, err := toml.DecodeFile(strings.TrimSuffix(eml, ".eml")+".toml", &want); err != nil {
			t.Fatal(err)
		}
		from := fromAddress(t, eml)
		if got := b.Route(from); got == nil || got.ID != want.Contract {
			t.Errorf("%s: Route(%s) = %v, want %s", filepath.Base(eml), from, got, want.Contract)
		}
	}
}

func fromAddress(t testing.TB, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := mail.ReadMessage(bufio.NewReader(f))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	a, err := mail.ParseAddress(m.Header.Get("From"))
	if err != nil {
		t.Fatalf("%s: From: %v", path, err)
	}
	return a.Address
}

func BenchmarkRoute(b *testing.B) {
	book := routeBook(b)
	addrs := []string{"jo@acme.example", "Someone@ACME.example", "x@nowhere.example", "stranger@gmail.example"}
	for b.Loop() {
		for _, a := range addrs {
			book.Route(a)
		}
	}
	b.ReportMetric(float64(b.N*len(addrs))/b.Elapsed().Seconds(), "routes/s")
}
