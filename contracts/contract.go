package contracts

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/scopeguard/scopeguard/internal/problem"
)

// Contract is one client agreement, as written in a contract file.
type Contract struct {
	ID         string  `toml:"id"`
	Client     string  `toml:"client"`
	Project    string  `toml:"project"`
	Language   string  `toml:"language"`
	Currency   string  `toml:"currency"`
	HourlyRate float64 `toml:"hourly_rate"`
	Total      float64 `toml:"total"` // 0 when the contract gives none
	Signed     Date    `toml:"signed"`
	Deadline   Date    `toml:"deadline"`

	Provider      Party         `toml:"provider"`
	ClientContact ClientContact `toml:"client_contact"`
	Deliverables  []Deliverable `toml:"deliverables"`
	Exclusions    []Exclusion   `toml:"exclusions"`
	Rates         []Rate        `toml:"rates"`

	// Optional fields scopeguard adds to the v1 format.
	ClientAddress string `toml:"client_address"` // postal address, printed on change orders

	// Path is the file the contract was loaded from.
	Path string `toml:"-"`
}

// Party is the provider (the daemon's owner) of a contract.
type Party struct {
	Name    string `toml:"name"`
	Email   string `toml:"email"`
	Address string `toml:"address"` // optional: printed on change orders
	Title   string `toml:"title"`   // optional: signatory's title
}

// ClientContact lists which senders belong to a contract.
type ClientContact struct {
	Emails  []string `toml:"emails"`
	Domains []string `toml:"domains"`
	Name    string   `toml:"name"` // optional: signatory on the client side
}

// Deliverable is one unit of work the contract covers.
type Deliverable struct {
	ID          string   `toml:"id"`
	Name        string   `toml:"name"`
	Description string   `toml:"description"`
	Quantity    int      `toml:"quantity"` // 0 = not counted
	Unit        string   `toml:"unit"`
	Revisions   int      `toml:"revisions"`
	Keywords    []string `toml:"keywords"`
}

// Exclusion is work the contract explicitly leaves out.
type Exclusion struct {
	Name          string   `toml:"name"`
	Description   string   `toml:"description"`
	Keywords      []string `toml:"keywords"`
	EstimateHours float64  `toml:"estimate_hours"`
}

// Rate is a fixed price for a common extra.
type Rate struct {
	Name  string  `toml:"name"`
	Price float64 `toml:"price"`
}

// Date is a calendar day (a TOML local date).
type Date struct{ time.Time }

// UnmarshalTOML accepts a TOML local date (or a full datetime, of which the
// day is kept).
func (d *Date) UnmarshalTOML(v any) error {
	switch t := v.(type) {
	case time.Time:
		if t.Location().String() == "time-local" { // 08:30:00 has no day
			return fmt.Errorf("want a date like 2026-11-30, got a time of day")
		}
		d.Time = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		return nil
	case string:
		p, err := time.Parse("2006-01-02", t)
		if err != nil {
			return fmt.Errorf("want a date like 2026-11-30, got %q", t)
		}
		d.Time = p
		return nil
	}
	return fmt.Errorf("want a date like 2026-11-30, got %T", v)
}

// String formats the day as YYYY-MM-DD, or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format("2006-01-02")
}

// Deliverable returns the deliverable with the given id, or nil.
func (c *Contract) Deliverable(id string) *Deliverable {
	for i := range c.Deliverables {
		if c.Deliverables[i].ID == id {
			return &c.Deliverables[i]
		}
	}
	return nil
}

// Exclusion returns the exclusion with the given name, or nil.
func (c *Contract) Exclusion(name string) *Exclusion {
	for i := range c.Exclusions {
		if c.Exclusions[i].Name == name {
			return &c.Exclusions[i]
		}
	}
	return nil
}

var idPattern = regexp.MustCompile(`^[a-z0-9-]+$`)

// ErrInvalid marks a contract that failed validation.
var ErrInvalid = errors.New("invalid contract")

// Problem is one thing wrong in a contract file, located by key path.
type Problem = problem.Problem

// Problems is every problem found while loading contracts.
type Problems []Problem

func (ps Problems) Error() string { return problem.Lines(ps) }

// Is lets errors.Is(err, ErrInvalid) match.
func (ps Problems) Is(target error) bool { return target == ErrInvalid }

// Parse decodes and validates one contract from TOML bytes; name is used in
// error messages. All problems are reported at once as Problems.
func Parse(name string, data []byte) (*Contract, error) {
	var c Contract
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return nil, Problems{decodeProblem(name, data, err)}
	}
	ps := unknownKeys(name, md)
	c.Path = name
	ps = append(ps, c.validate(name, md)...)
	if len(ps) > 0 {
		return nil, ps
	}
	c.normalise()
	return &c, nil
}

func (c *Contract) normalise() {
	for i, e := range c.ClientContact.Emails {
		c.ClientContact.Emails[i] = strings.ToLower(strings.TrimSpace(e))
	}
	for i, d := range c.ClientContact.Domains {
		c.ClientContact.Domains[i] = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(d), "@"))
	}
}

func (c *Contract) validate(file string, md toml.MetaData) Problems {
	var ps Problems
	add := func(key, format string, args ...any) {
		ps = append(ps, Problem{File: file, Key: key, Msg: fmt.Sprintf(format, args...)})
	}
	required := func(key, val string) {
		if strings.TrimSpace(val) == "" {
			add(key, "required")
		}
	}
	if c.ID == "" {
		add("id", "required")
	} else if !idPattern.MatchString(c.ID) {
		add("id", "%q must match [a-z0-9-]+", c.ID)
	}
	required("client", c.Client)
	required("project", c.Project)
	switch c.Language {
	case "fr", "en":
	case "":
		add("language", "required (\"fr\" or \"en\")")
	default:
		add("language", "%q: want \"fr\" or \"en\"", c.Language)
	}
	if len(c.Currency) != 3 || strings.ToUpper(c.Currency) != c.Currency {
		add("currency", "%q: want an ISO 4217 code such as EUR", c.Currency)
	}
	if bad := badAmount(c.HourlyRate); bad != "" {
		add("hourly_rate", "%s", bad)
	}
	if !md.IsDefined("hourly_rate") {
		add("hourly_rate", "required")
	}
	if bad := badAmount(c.Total); bad != "" {
		add("total", "%s", bad)
	}
	if c.Signed.IsZero() {
		add("signed", "required (a date like 2026-09-15)")
	}
	if c.Deadline.IsZero() {
		add("deadline", "required (a date like 2026-11-30)")
	}
	if !c.Signed.IsZero() && !c.Deadline.IsZero() && c.Deadline.Before(c.Signed.Time) {
		add("deadline", "%s is before signed %s", c.Deadline, c.Signed)
	}
	required("provider.name", c.Provider.Name)
	required("provider.email", c.Provider.Email)
	if len(c.ClientContact.Emails) == 0 && len(c.ClientContact.Domains) == 0 {
		add("client_contact", "needs at least one of emails or domains")
	}
	for i, e := range c.ClientContact.Emails {
		if at := strings.LastIndexByte(e, '@'); at <= 0 || at == len(e)-1 {
			add(fmt.Sprintf("client_contact.emails[%d]", i), "%q is not an email address", e)
		}
	}
	for i, d := range c.ClientContact.Domains {
		d = strings.TrimPrefix(d, "@")
		if d == "" || strings.ContainsAny(d, "@ ") || !strings.Contains(d, ".") {
			add(fmt.Sprintf("client_contact.domains[%d]", i), "%q is not a domain", d)
		}
	}
	if len(c.Deliverables) == 0 {
		add("deliverables", "at least one deliverable is required")
	}
	seen := map[string]bool{}
	for i, d := range c.Deliverables {
		key := fmt.Sprintf("deliverables[%d]", i)
		switch {
		case d.ID == "":
			add(key+".id", "required")
		case !idPattern.MatchString(d.ID):
			add(key+".id", "%q must match [a-z0-9-]+", d.ID)
		case seen[d.ID]:
			add(key+".id", "duplicate deliverable id %q", d.ID)
		}
		seen[d.ID] = true
		required(key+".name", d.Name)
		if d.Quantity < 0 {
			add(key+".quantity", "must not be negative")
		}
		if d.Revisions < 0 {
			add(key+".revisions", "must not be negative")
		}
	}
	for i, e := range c.Exclusions {
		key := fmt.Sprintf("exclusions[%d]", i)
		required(key+".name", e.Name)
		if bad := badAmount(e.EstimateHours); bad != "" {
			add(key+".estimate_hours", "%s", bad)
		}
	}
	for i, r := range c.Rates {
		key := fmt.Sprintf("rates[%d]", i)
		required(key+".name", r.Name)
		if bad := badAmount(r.Price); bad != "" {
			add(key+".price", "%s", bad)
		}
	}
	return ps
}

// badAmount says what is wrong with a price or a number of hours, or "".
// TOML allows nan and inf, which no amount is.
func badAmount(f float64) string {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		return "must be a finite number"
	case f < 0:
		return "must not be negative"
	}
	return ""
}

// LoadFile reads and validates one contract file.
func LoadFile(path string) (*Contract, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("loading contract: %w", err)
	}
	return Parse(path, data)
}

// LoadDir loads every *.toml file of dir into a Book. Every problem in every
// file is reported at once; a Book is returned only when there are none.
func LoadDir(dir string) (*Book, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("loading contracts: %w", err)
	}
	sort.Strings(paths)
	var list []*Contract
	var ps Problems
	for _, p := range paths {
		c, err := LoadFile(p)
		if err != nil {
			var more Problems
			if errors.As(err, &more) {
				ps = append(ps, more...)
				continue
			}
			ps = append(ps, Problem{File: p, Msg: err.Error()})
			continue
		}
		list = append(list, c)
	}
	b, err := NewBook(list)
	if err != nil {
		var more Problems
		if errors.As(err, &more) {
			ps = append(ps, more...)
		}
	}
	if len(ps) > 0 {
		return nil, ps
	}
	return b, nil
}
