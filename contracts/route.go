package contracts

import (
	"fmt"
	"strings"
)

// Book is a set of contracts with sender routing. It is immutable once built
// and safe for concurrent use.
type Book struct {
	list     []*Contract
	byID     map[string]*Contract
	byEmail  map[string]*Contract
	byDomain map[string]*Contract
}

// NewBook indexes contracts for routing. Two contracts with the same id, or
// claiming the same address or domain, are an error naming both files.
func NewBook(list []*Contract) (*Book, error) {
	b := &Book{
		list:     list,
		byID:     map[string]*Contract{},
		byEmail:  map[string]*Contract{},
		byDomain: map[string]*Contract{},
	}
	var ps Problems
	for _, c := range list {
		if o, ok := b.byID[c.ID]; ok {
			ps = append(ps, Problem{File: c.Path, Key: "id", Msg: fmt.Sprintf("%q is also the id of %s", c.ID, o.Path)})
		}
		b.byID[c.ID] = c
		for i, e := range c.ClientContact.Emails {
			e = strings.ToLower(e)
			if o, ok := b.byEmail[e]; ok && o != c {
				ps = append(ps, Problem{File: c.Path, Key: fmt.Sprintf("client_contact.emails[%d]", i),
					Msg: fmt.Sprintf("%s is also claimed by %s", e, o.Path)})
			}
			b.byEmail[e] = c
		}
		for i, d := range c.ClientContact.Domains {
			d = strings.ToLower(d)
			if o, ok := b.byDomain[d]; ok && o != c {
				ps = append(ps, Problem{File: c.Path, Key: fmt.Sprintf("client_contact.domains[%d]", i),
					Msg: fmt.Sprintf("%s is also claimed by %s", d, o.Path)})
			}
			b.byDomain[d] = c
		}
	}
	if len(ps) > 0 {
		return b, ps
	}
	return b, nil
}

// Route finds the contract of a sender address: exact address first, then
// its domain, case-insensitively. It returns nil when no contract matches.
func (b *Book) Route(addr string) *Contract {
	addr = strings.ToLower(strings.TrimSpace(addr))
	if c, ok := b.byEmail[addr]; ok {
		return c
	}
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return nil
	}
	return b.byDomain[addr[at+1:]]
}

// Get returns the contract with the given id, or nil.
func (b *Book) Get(id string) *Contract { return b.byID[id] }

// All returns the contracts in load order.
func (b *Book) All() []*Contract { return b.list }
