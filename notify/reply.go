package notify

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/message"
)

//go:embed templates/*.tmpl
var replyTemplates embed.FS

// replyLanguages are the languages replies are written in; one template
// file per language, named <lang>.tmpl.
var replyLanguages = []string{"en", "fr"}

// RoundUse is one revision round recorded in the ledger.
type RoundUse struct {
	Deliverable string
	Number      int
	Date        time.Time
}

// ReplyInput is everything a reply is made from. The reply depends on
// nothing else: no clock, no store.
type ReplyInput struct {
	Contract *contracts.Contract
	Result   contracts.Result
	Message  *message.Message

	Rounds            []RoundUse // rounds used before this message (of any deliverable)
	PreviousChanges   float64    // net total of earlier change orders of the contract
	ChangeOrderNumber string     // allocated by the caller when PriceChange says so

	Owner   config.Owner
	Replies config.Replies
	Now     time.Time // the configured clock; zero = the message's date
}

// Parts are the four parts of a reply (C.A.L.M.: acknowledge, explain,
// list the alternatives, keep the dialogue going with a next step).
type Parts struct {
	Acknowledge  string   `json:"acknowledge"`
	Explain      string   `json:"explain"`
	Alternatives []string `json:"alternatives"`
	NextStep     string   `json:"next_step"`
}

// ChangeOrderInfo is the change order attached to a reply.
type ChangeOrderInfo struct {
	Number    string
	Amount    float64 // net of VAT
	VAT       float64
	Total     float64 // Amount + VAT
	Currency  string
	Basis     PriceBasis
	DelayDays int
	Doc       ChangeOrderDoc
}

// Reply is a drafted answer to one client message.
type Reply struct {
	Verdict     contracts.Verdict
	Language    string
	Subject     string
	To          []string
	Text        string // the new text, signed, without the quoted original
	Parts       Parts
	ChangeOrder *ChangeOrderInfo // nil when the reply carries none
	EML         []byte           // the whole RFC 5322 draft
	PDF         []byte           // the change order, nil when none
}

// Composer writes replies from templates. It is safe for concurrent use.
type Composer struct {
	tmpl map[string]*template.Template
}

// NewComposer parses the embedded templates and, when templatesDir is not
// empty, the owner's overrides in it: <dir>/fr.tmpl and <dir>/en.tmpl may
// redefine any of the named templates ({{define "explain"}}...).
func NewComposer(templatesDir string) (*Composer, error) {
	c := &Composer{tmpl: map[string]*template.Template{}}
	for _, lang := range replyLanguages {
		name := "templates/" + lang + ".tmpl"
		src, err := fs.ReadFile(replyTemplates, name)
		if err != nil {
			return nil, fmt.Errorf("reading embedded template %s: %w", name, err)
		}
		t, err := template.New(lang).Funcs(replyFuncs(lang)).Parse(string(src))
		if err != nil {
			return nil, fmt.Errorf("parsing embedded template %s: %w", name, err)
		}
		if templatesDir != "" {
			if t, err = replyOverride(t, filepath.Join(templatesDir, lang+".tmpl")); err != nil {
				return nil, err
			}
		}
		c.tmpl[lang] = t
	}
	return c, nil
}

// replyOverride parses the owner's file over the defaults; a missing file
// keeps the defaults.
func replyOverride(t *template.Template, path string) (*template.Template, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return t, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading reply template: %w", err)
	}
	if t, err = t.Parse(string(src)); err != nil {
		return nil, fmt.Errorf("parsing reply template %s: %w", path, err)
	}
	return t, nil
}

// Compose drafts the reply to one message. It returns nil, nil for results
// that get no reply (in scope, not a request, a revision that is not the
// last included one, or any message without a contract).
func (c *Composer) Compose(in ReplyInput) (*Reply, error) {
	if in.Contract == nil || in.Message == nil {
		return nil, nil
	}
	kind, ok := replyKindOf(in)
	if !ok {
		return nil, nil
	}
	if in.Owner.Email == "" { // no config: the contract's provider is the owner
		in.Owner.Name, in.Owner.Email = in.Contract.Provider.Name, in.Contract.Provider.Email
		in.Owner.Title, in.Owner.Address = in.Contract.Provider.Title, in.Contract.Provider.Address
	}
	lang := replyLanguage(in.Contract, in.Result)
	v := newReplyView(in, lang, kind)
	t := c.tmpl[lang]
	r := &Reply{Verdict: in.Result.Verdict, Language: lang}
	var err error
	if v.Parts.Acknowledge, err = replyExecLine(t, "acknowledge", v); err != nil {
		return nil, err
	}
	if v.Parts.Explain, err = replyExecLine(t, "explain", v); err != nil {
		return nil, err
	}
	if p, ok := PriceChange(in.Contract, in.Result); ok && kind != replyKindUnclear && kind != replyKindLastRound {
		title, err := replyExecLine(t, "change_title", v)
		if err != nil {
			return nil, err
		}
		if r.ChangeOrder, r.PDF, err = replyChangeOrder(in, v, p, title); err != nil {
			return nil, err
		}
		v.setChangeOrder(r.ChangeOrder, p)
	}
	if err := replyFinishParts(t, v); err != nil {
		return nil, err
	}
	r.Parts = v.Parts
	if r.Text, err = replyExec(t, "body", v); err != nil {
		return nil, err
	}
	r.Text = replyTidyBody(r.Text)
	r.Subject = replySubject(in.Message.Subject, in.Contract.Project)
	to := replyRecipients(in.Message)
	for _, a := range to {
		r.To = append(r.To, a.Address)
	}
	if r.EML, err = replyEML(in, r, to); err != nil {
		return nil, err
	}
	return r, nil
}

// replyFinishParts renders the alternatives and the next step, which may
// quote the change order.
func replyFinishParts(t *template.Template, v *replyView) error {
	for _, alt := range v.Alternatives {
		v.Alt = alt
		s, err := replyExecLine(t, "alternative", v)
		if err != nil {
			return err
		}
		if s != "" {
			v.Parts.Alternatives = append(v.Parts.Alternatives, s)
		}
	}
	v.Alt = ""
	var err error
	v.Parts.NextStep, err = replyExecLine(t, "next_step", v)
	return err
}

func replyExec(t *template.Template, name string, v *replyView) (string, error) {
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, name, v); err != nil {
		return "", fmt.Errorf("rendering reply template %q (%s): %w", name, t.Name(), err)
	}
	return b.String(), nil
}

// replyExecLine renders a template as one paragraph: templates may spread
// it over lines for readability.
func replyExecLine(t *template.Template, name string, v *replyView) (string, error) {
	s, err := replyExec(t, name, v)
	return strings.Join(strings.Fields(s), " "), err
}

// replyTidyBody trims trailing spaces and collapses runs of blank lines.
func replyTidyBody(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		if l == "" && blank {
			continue
		}
		blank = l == ""
		out = append(out, l)
	}
	return strings.Join(out, "\n") + "\n"
}

// replyLanguage is the client's language when detected, else the contract's.
func replyLanguage(c *contracts.Contract, r contracts.Result) string {
	for _, l := range []string{r.Language, c.Language} {
		if l == "fr" || l == "en" {
			return l
		}
	}
	return "en"
}
