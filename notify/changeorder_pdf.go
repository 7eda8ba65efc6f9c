package notify

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/encoding/charmap"
)

// coPage holds one document being drawn, with its language.
type coPage struct {
	pdf  *gofpdf.Fpdf
	tr   func(string) string
	doc  ChangeOrderDoc
	lang string
	w    float64 // usable width
	// tight is the second layout, with less air, tried when the first
	// spills onto a second page (usually only the signature blocks).
	tight bool
}

// gap is vertical space v, less in the tight layout.
func (p *coPage) gap(v float64) float64 {
	if p.tight {
		return v * 0.4
	}
	return v
}

// line is a line height h, less in the tight layout.
func (p *coPage) line(h float64) float64 {
	if p.tight {
		return h * 0.88
	}
	return h
}

// signHeight is the height of a signature block.
func (p *coPage) signHeight() float64 { return 2 + 5 + 4*p.line(6) + 1 }

// Page geometry, in millimetres.
const (
	coMargin = 16.0
	coFooter = 12.0 // room kept for the footer line
)

// ChangeOrderPDF renders a change order. The same document gives the same
// bytes: dates come from the document, never from the clock.
func ChangeOrderPDF(d ChangeOrderDoc) ([]byte, error) {
	pdf := renderChangeOrder(d, false)
	if pdf.Error() == nil && pdf.PageCount() > 1 {
		if tight := renderChangeOrder(d, true); tight.Error() == nil && tight.PageCount() == 1 {
			pdf = tight
		}
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("rendering change order %s: %w", d.Number, err)
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		return nil, fmt.Errorf("rendering change order %s: %w", d.Number, err)
	}
	return b.Bytes(), nil
}

func renderChangeOrder(d ChangeOrderDoc, tight bool) *gofpdf.Fpdf {
	size := "A4"
	if d.Currency == "USD" || d.Currency == "CAD" {
		size = "Letter"
	}
	pdf := gofpdf.New("P", "mm", size, "")
	pdf.SetCreationDate(d.Date)
	pdf.SetModificationDate(d.Date)
	pdf.SetCatalogSort(true)
	// A one-page change order is 9 KB uncompressed; zlib set-up was most
	// of the time and memory spent per reply.
	pdf.SetCompression(false)
	pdf.SetMargins(coMargin, coMargin, coMargin)
	pdf.SetAutoPageBreak(true, coMargin)
	lang := d.Language
	if lang != "fr" {
		lang = "en"
	}
	p := &coPage{pdf: pdf, tr: coCP1252, doc: d, lang: lang, tight: tight}
	pw, _ := pdf.GetPageSize()
	p.w = pw - 2*coMargin
	pdf.SetTitle(p.word("title")+" "+d.Number, true)
	pdf.SetAuthor(d.Provider, true)
	pdf.SetFooterFunc(p.footer)
	pdf.AliasNbPages("")
	pdf.AddPage()

	p.header()
	p.parties()
	p.project()
	p.description()
	p.pricing()
	p.summary()
	p.schedule()
	p.terms()
	p.signatures()
	return pdf
}

// coCharMap replaces characters cp1252 lacks, which gofpdf would print as
// dots.
var coCharMap = strings.NewReplacer("\u202f", " ", "\u2009", " ", "\u2011", "-", "\u2212", "-", "\u2192", "->", "\u2264", "<=", "\u2265", ">=")

func (p *coPage) text(s string) string { return p.tr(coCharMap.Replace(s)) }

// coCP1252 encodes text for the core fonts. gofpdf's own translator parses
// its table on every document and is not safe for concurrent use; this one
// is both fast and stateless. Characters cp1252 lacks become "?".
func coCP1252(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
		} else if c, ok := charmap.Windows1252.EncodeRune(r); ok {
			b = append(b, c)
		} else {
			b = append(b, '?')
		}
	}
	return string(b)
}

func (p *coPage) word(key string) string { return coWords[key][p.lang] }

func (p *coPage) money(v float64) string { return replyMoney(v, p.doc.Currency, p.lang) }

func (p *coPage) heading(key string) {
	p.pdf.Ln(p.gap(2.5))
	p.pdf.SetFont("Helvetica", "B", 11)
	p.pdf.SetTextColor(40, 60, 90)
	p.pdf.CellFormat(p.w, 6.5, p.text(p.word(key)), "B", 1, "L", false, 0, "")
	p.pdf.SetTextColor(0, 0, 0)
	p.pdf.Ln(1)
}

// para writes a paragraph wrapped to width w.
func (p *coPage) para(w float64, style string, size float64, s string) {
	p.pdf.SetFont("Helvetica", style, size)
	p.pdf.MultiCell(w, p.line(size*0.5), p.text(s), "", "L", false)
}

// row writes a label and a value on one line, the value in bold.
func (p *coPage) row(label, value string, lw float64) {
	p.pdf.SetFont("Helvetica", "", 9.5)
	p.pdf.CellFormat(lw, p.line(5), p.text(label), "", 0, "L", false, 0, "")
	p.pdf.SetFont("Helvetica", "B", 9.5)
	p.pdf.MultiCell(p.w-lw, p.line(5), p.text(value), "", "L", false)
}

func (p *coPage) header() {
	d := p.doc
	p.pdf.SetFont("Helvetica", "B", 18)
	p.pdf.SetTextColor(40, 60, 90)
	p.pdf.CellFormat(p.w*0.6, 9, p.text(p.word("title")), "", 0, "L", false, 0, "")
	p.pdf.SetFont("Helvetica", "B", 12)
	p.pdf.CellFormat(p.w*0.4, 9, p.text(p.word("number")+" "+d.Number), "", 1, "R", false, 0, "")
	p.pdf.SetTextColor(0, 0, 0)
	p.pdf.SetFont("Helvetica", "", 9.5)
	p.pdf.CellFormat(p.w, 5, p.text(p.word("date")+" "+replyLongDate(d.Date, p.lang)), "", 1, "R", false, 0, "")
	p.pdf.Ln(2)
}

func (p *coPage) parties() {
	d := p.doc
	col := p.w/2 - 3
	y := p.pdf.GetY()
	p.party(coMargin, y, col, p.word("provider"), d.Provider, d.ProviderAddress, d.ProviderEmail)
	y1 := p.pdf.GetY()
	p.party(coMargin+col+6, y, col, p.word("client"), d.Client, d.ClientAddress, "")
	p.pdf.SetY(max(y1, p.pdf.GetY()))
}

func (p *coPage) party(x, y, w float64, label, name, address, email string) {
	p.pdf.SetXY(x, y)
	p.pdf.SetFont("Helvetica", "", 8.5)
	p.pdf.SetTextColor(110, 110, 110)
	p.pdf.CellFormat(w, 5, p.text(strings.ToUpper(label)), "", 2, "L", false, 0, "")
	p.pdf.SetTextColor(0, 0, 0)
	p.pdf.SetFont("Helvetica", "B", 10.5)
	p.pdf.MultiCell(w, 5.5, p.text(name), "", "L", false)
	p.pdf.SetFont("Helvetica", "", 9.5)
	for _, l := range []string{address, email} {
		if l = strings.TrimSpace(l); l != "" {
			p.pdf.SetX(x)
			p.pdf.MultiCell(w, 5, p.text(l), "", "L", false)
		}
	}
}

func (p *coPage) project() {
	d := p.doc
	p.heading("project_h")
	p.row(p.word("project"), d.Project, 55)
	p.row(p.word("contract"), fmt.Sprintf(p.word("contract_of"), d.ContractID, replyLongDate(d.ContractDate, p.lang)), 55)
	if !d.OriginalCompletion.IsZero() {
		p.row(p.word("orig_completion"), replyLongDate(d.OriginalCompletion, p.lang), 55)
	}
}

func (p *coPage) description() {
	d := p.doc
	p.heading("description_h")
	p.para(p.w, "B", 10, d.Description)
	p.pdf.Ln(1.5)
	if d.Request != "" {
		p.para(p.w, "", 9, p.word("request"))
		p.pdf.SetX(coMargin + 5)
		p.para(p.w-5, "I", 9.5, replyQuote(d.Request, p.lang))
		p.pdf.Ln(1.5)
	}
	if d.Clause != "" {
		p.para(p.w, "", 9, p.word("clause"))
		p.pdf.SetX(coMargin + 5)
		p.para(p.w-5, "", 9.5, d.Clause)
	}
}

func (p *coPage) pricing() {
	d := p.doc
	p.heading("pricing_h")
	cols := []float64{p.w - 84, 22, 30, 32}
	p.pdf.SetFont("Helvetica", "B", 9)
	p.pdf.SetFillColor(235, 239, 245)
	for i, k := range []string{"col_desc", "col_qty", "col_unit", "col_amount"} {
		align := "R"
		if i == 0 {
			align = "L"
		}
		p.pdf.CellFormat(cols[i], 6.5, p.text(p.word(k)), "B", 0, align, true, 0, "")
	}
	p.pdf.Ln(-1)
	p.pdf.SetFont("Helvetica", "", 9.5)
	for _, l := range d.Lines {
		qty := coNumber(l.Quantity, p.lang)
		unit := p.money(l.UnitPrice)
		if l.Hours {
			qty += " h"
			unit += p.word("per_hour")
		}
		lines := p.pdf.SplitLines([]byte(p.text(l.Label)), cols[0]-2)
		h := 5.5 * float64(max(1, len(lines)))
		x, y := p.pdf.GetXY()
		p.pdf.MultiCell(cols[0], 5.5, p.text(l.Label), "", "L", false)
		p.pdf.SetXY(x+cols[0], y)
		p.pdf.CellFormat(cols[1], 5.5, p.text(qty), "", 0, "R", false, 0, "")
		p.pdf.CellFormat(cols[2], 5.5, p.text(unit), "", 0, "R", false, 0, "")
		p.pdf.CellFormat(cols[3], 5.5, p.text(p.money(l.Amount)), "", 0, "R", false, 0, "")
		p.pdf.SetXY(x, y+h)
	}
	if d.VATRate <= 0 {
		p.total(p.word("total"), d.Net(), true)
	} else {
		p.total(p.word("net"), d.Net(), false)
		p.total(fmt.Sprintf(p.word("vat"), coNumber(d.VATRate*100, p.lang)), d.VAT(), false)
		p.total(p.word("gross"), d.Net()+d.VAT(), true)
	}
	if d.Estimate {
		p.pdf.Ln(1)
		p.para(p.w, "I", 8.5, p.word("estimate_note"))
	}
}

// total writes a right-aligned total line under the pricing table.
func (p *coPage) total(label string, v float64, bold bool) {
	style := ""
	if bold {
		style = "B"
	}
	p.pdf.SetFont("Helvetica", style, 9.5)
	p.pdf.CellFormat(p.w-92, 5.5, "", "", 0, "R", false, 0, "")
	p.pdf.CellFormat(60, 5.5, p.text(label), "T", 0, "R", false, 0, "")
	p.pdf.SetFont("Helvetica", "B", 9.5)
	p.pdf.CellFormat(32, 5.5, p.text(p.money(v)), "T", 1, "R", false, 0, "")
}

func (p *coPage) summary() {
	d := p.doc
	p.heading("summary_h")
	net := d.Net()
	type line struct {
		key string
		v   float64
	}
	var lines []line
	if d.OriginalSum > 0 {
		prior := d.OriginalSum + d.PreviousChanges
		lines = []line{{"orig_sum", d.OriginalSum}, {"prev_changes", d.PreviousChanges},
			{"prior_sum", prior}, {"this_change", net}, {"new_sum", prior + net}}
	} else {
		lines = []line{{"prev_changes", d.PreviousChanges}, {"this_change", net},
			{"all_changes", d.PreviousChanges + net}}
	}
	for i, l := range lines {
		p.pdf.SetFont("Helvetica", "", 9.5)
		if i == len(lines)-1 {
			p.pdf.SetFont("Helvetica", "B", 9.5)
		}
		p.pdf.CellFormat(p.w-40, 5, p.text(p.word(l.key)), "", 0, "L", false, 0, "")
		p.pdf.CellFormat(40, 5, p.text(p.money(l.v)), "", 1, "R", false, 0, "")
	}
	p.pdf.SetFont("Helvetica", "I", 8.5)
	if d.VATRate > 0 {
		p.pdf.CellFormat(p.w, 5, p.text(p.word("net_amounts")), "", 1, "L", false, 0, "")
	}
}

func (p *coPage) schedule() {
	d := p.doc
	p.heading("schedule_h")
	added := p.word("no_delay")
	if d.DelayDays > 0 {
		added = fmt.Sprintf(p.word("working_days"), d.DelayDays)
	}
	p.row(p.word("days_added"), added, 70)
	if !d.OriginalCompletion.IsZero() {
		p.row(p.word("orig_completion"), replyLongDate(d.OriginalCompletion, p.lang), 70)
	}
	p.row(p.word("new_completion"), replyLongDate(d.Completion, p.lang), 70)
}

func (p *coPage) terms() {
	d := p.doc
	p.heading("terms_h")
	days := d.ValidityDays
	if days <= 0 {
		days = 30
	}
	p.para(p.w, "", 9.5, fmt.Sprintf(p.word("validity"), days, replyLongDate(d.ValidUntil(), p.lang)))
	p.para(p.w, "B", 9.5, p.word("no_work"))
	p.para(p.w, "", 9.5, p.word("rest_unchanged"))
}

func (p *coPage) signatures() {
	d := p.doc
	p.pdf.Ln(p.gap(3))
	_, ph := p.pdf.GetPageSize()
	if p.pdf.GetY()+p.signHeight() > ph-coFooter {
		p.pdf.AddPage()
	}
	// The blocks may use the bottom margin, above the footer.
	p.pdf.SetAutoPageBreak(false, 0)
	defer p.pdf.SetAutoPageBreak(true, coMargin)
	col := p.w/2 - 4
	y := p.pdf.GetY()
	p.signBox(coMargin, y, col, p.word("for_provider"), d.Provider, d.ProviderSignatory, d.ProviderTitle)
	p.signBox(coMargin+col+8, y, col, p.word("for_client"), d.Client, d.ClientSignatory, "")
	p.pdf.SetY(y + p.signHeight() + 2)
}

func (p *coPage) signBox(x, y, w float64, label, party, name, title string) {
	p.pdf.Rect(x, y, w, p.signHeight(), "D")
	p.pdf.SetXY(x+2, y+2)
	p.pdf.SetFont("Helvetica", "B", 9.5)
	p.pdf.CellFormat(w-4, 5, p.text(label+" "+party), "", 2, "L", false, 0, "")
	p.pdf.SetFont("Helvetica", "", 9)
	for _, l := range [][2]string{{"sign_name", name}, {"sign_title", title}, {"sign_date", ""}, {"signature", ""}} {
		p.pdf.SetX(x + 2)
		p.pdf.CellFormat(w-4, p.line(6), p.text(p.word(l[0])+" "+l[1]), "", 2, "L", false, 0, "")
	}
}

func (p *coPage) footer() {
	p.pdf.SetY(-11)
	p.pdf.SetFont("Helvetica", "", 7.5)
	p.pdf.SetTextColor(120, 120, 120)
	s := fmt.Sprintf("%s %s · %s · %s %d/{nb}", p.word("title"), p.doc.Number, p.doc.Project, p.word("page"), p.pdf.PageNo())
	p.pdf.CellFormat(p.w, 5, p.text(s), "", 0, "C", false, 0, "")
}

// coNumber writes a quantity without useless decimals: "3", "2,5", "2.5".
func coNumber(v float64, lang string) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
	if lang == "fr" {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}
