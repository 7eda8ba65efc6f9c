package notify

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"strings"
	"sync"
	texttemplate "text/template"
)

//go:embed digesttmpl/*.tmpl
var digestTemplates embed.FS

// The templates are parsed once with placeholder functions, then cloned
// once per language and time zone with the functions bound to them (an
// html/template clone is escaped again on first use: too slow per render).
var (
	digestText = texttemplate.Must(texttemplate.New("digest.txt.tmpl").
			Funcs(digestFuncs(digestLang{lang: "en"})).ParseFS(digestTemplates, "digesttmpl/digest.txt.tmpl"))
	digestHTML = htmltemplate.Must(htmltemplate.New("digest.html.tmpl").
			Funcs(digestFuncs(digestLang{lang: "en"})).ParseFS(digestTemplates, "digesttmpl/digest.html.tmpl"))
)

func digestFuncs(l digestLang) map[string]any {
	return map[string]any{
		"word":    l.word,
		"verdict": l.verdict,
		"stamp":   l.stamp,
		"money":   l.money,
		"signal":  l.signal,
		"status":  l.status,
		"totals":  l.totals,
	}
}

func (d *Digest) lang() digestLang { return newDigestLang(d.Language, d.Owner.Location) }

// digestBound is the pair of templates bound to one language and zone.
type digestBound struct {
	text *texttemplate.Template
	html *htmltemplate.Template
}

var (
	digestBoundMu sync.Mutex
	digestBoundBy = map[digestLang]*digestBound{}
)

func digestBind(l digestLang) (*digestBound, error) {
	digestBoundMu.Lock()
	defer digestBoundMu.Unlock()
	if b, ok := digestBoundBy[l]; ok {
		return b, nil
	}
	t, err := digestText.Clone()
	if err != nil {
		return nil, err
	}
	h, err := digestHTML.Clone()
	if err != nil {
		return nil, err
	}
	b := &digestBound{text: t.Funcs(digestFuncs(l)), html: h.Funcs(digestFuncs(l))}
	digestBoundBy[l] = b
	return b, nil
}

// digestView is what the templates see.
type digestView struct {
	*Digest
	Empty bool
}

// Text renders the plain-text part.
func (d *Digest) Text() (string, error) {
	t, err := digestBind(d.lang())
	if err != nil {
		return "", fmt.Errorf("rendering digest text: %w", err)
	}
	var b bytes.Buffer
	if err := t.text.Execute(&b, digestView{d, d.Empty()}); err != nil {
		return "", fmt.Errorf("rendering digest text: %w", err)
	}
	return b.String(), nil
}

// HTML renders the HTML part; every piece of client text is escaped.
func (d *Digest) HTML() (string, error) {
	t, err := digestBind(d.lang())
	if err != nil {
		return "", fmt.Errorf("rendering digest html: %w", err)
	}
	var b bytes.Buffer
	if err := t.html.Execute(&b, digestView{d, d.Empty()}); err != nil {
		return "", fmt.Errorf("rendering digest html: %w", err)
	}
	return b.String(), nil
}

// Subject is the digest's subject line, such as "scopeguard — résumé du
// 23 novembre : 2 hors périmètre, 1 avenant (450,00 €)".
func (d *Digest) Subject() string {
	l := d.lang()
	var parts []string
	if d.OutOfScope > 0 {
		parts = append(parts, l.count("s_oos", d.OutOfScope))
	}
	if d.OverLimit > 0 {
		parts = append(parts, l.count("s_over", d.OverLimit))
	}
	if d.ChangeOrders > 0 {
		parts = append(parts, l.count("s_co", d.ChangeOrders, l.totals(d.Totals)))
	}
	if len(parts) == 0 {
		parts = d.quietSubject(l, len(d.Failed) == 0)
	}
	if len(d.Failed) > 0 {
		parts = append(parts, l.count("s_failed", len(d.Failed)))
	}
	return l.word("subject", l.day(d.Until), strings.Join(parts, ", "))
}

// quietSubject names what is left when no request and no change order came
// in: waiting drafts, unclear requests, signals, or (if nothing says
// otherwise) nothing.
func (d *Digest) quietSubject(l digestLang, nothing bool) []string {
	var unclear, drafts, signals int
	for _, c := range d.Clients {
		unclear += len(c.Unclear)
		drafts += len(c.Drafts)
		signals += len(c.Signals)
	}
	var parts []string
	if unclear > 0 {
		parts = append(parts, l.count("s_unclear", unclear))
	}
	if drafts > 0 {
		parts = append(parts, l.count("s_drafts", drafts))
	}
	if signals > 0 {
		parts = append(parts, l.word("s_signals"))
	}
	if len(parts) == 0 && nothing {
		parts = append(parts, l.word("s_nothing"))
	}
	return parts
}
