package contracts

import (
	"errors"
	"testing"
)

// FuzzParse: any bytes give either a valid contract or Problems naming the
// file, never a panic; a contract that parses is usable for routing.
// Seeds: testdata/fuzz/FuzzParse (corpus contracts, spec example, bad files).
func FuzzParse(f *testing.F) {
	f.Add([]byte(minimalContract))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("fuzz.toml", data)
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
			if c != nil {
				t.Fatal("Parse returned both a contract and an error")
			}
			return
		}
		if !idPattern.MatchString(c.ID) || len(c.Deliverables) == 0 {
			t.Fatalf("Parse accepted an invalid contract: id %q, %d deliverables", c.ID, len(c.Deliverables))
		}
		seen := map[string]bool{}
		for _, d := range c.Deliverables {
			if seen[d.ID] || c.Deliverable(d.ID) == nil {
				t.Fatalf("deliverable %q duplicated or not found", d.ID)
			}
			seen[d.ID] = true
		}
		b, err := NewBook([]*Contract{c})
		if err != nil {
			t.Fatalf("NewBook(one valid contract): %v", err)
		}
		for _, e := range c.ClientContact.Emails {
			if b.Route(e) != c {
				t.Fatalf("Route(%q) does not find its own contract", e)
			}
		}
		for _, d := range c.ClientContact.Domains {
			if b.Route("someone@"+d) != c {
				t.Fatalf("Route(someone@%s) does not find its own contract", d)
			}
		}
	})
}
