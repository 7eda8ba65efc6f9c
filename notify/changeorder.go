package notify

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/scopeguard/scopeguard/config"
)

// ChangeOrderDoc is everything printed on a change order, modelled on the
// AIA G701 change order.
type ChangeOrderDoc struct {
	Number   string // CO-2026-001, allocated by the store, never reused
	Language string // "fr" or "en"
	Date     time.Time

	ContractID   string
	Project      string
	ContractDate time.Time // the contract's signature date

	Client, ClientAddress, ClientSignatory   string
	Provider, ProviderAddress, ProviderEmail string
	ProviderSignatory, ProviderTitle         string

	Currency    string
	Description string // what the change is
	Request     string // the client's own words
	Clause      string // the contract term and ledger fact that make it extra

	Lines    []PriceLine
	Estimate bool    // priced on a default estimate, to be confirmed
	VATRate  float64 // 0 = no VAT line

	OriginalSum     float64 // the contract's total; 0 = not given
	PreviousChanges float64 // net change by earlier change orders

	DelayDays          int
	OriginalCompletion time.Time
	Completion         time.Time
	ValidityDays       int
}

// Net is the change order's amount before VAT.
func (d ChangeOrderDoc) Net() float64 {
	var n float64
	for _, l := range d.Lines {
		n += l.Amount
	}
	return coCents(n)
}

// VAT is the tax on the change order, 0 when no rate is set.
func (d ChangeOrderDoc) VAT() float64 { return coCents(d.Net() * d.VATRate) }

// ValidUntil is the last day the client can sign the change order.
func (d ChangeOrderDoc) ValidUntil() time.Time {
	days := d.ValidityDays
	if days <= 0 {
		days = 30
	}
	return d.Date.AddDate(0, 0, days)
}

// replyChangeOrder builds and renders the change order of a pushback reply.
func replyChangeOrder(in ReplyInput, v *replyView, p *Pricing, title string) (*ChangeOrderInfo, []byte, error) {
	if p == nil {
		return nil, nil, nil
	}
	if in.ChangeOrderNumber == "" {
		return nil, nil, fmt.Errorf("composing reply to %q: a change order is needed but no number was given", in.Message.MessageID)
	}
	c := in.Contract
	today := replyToday(in)
	doc := ChangeOrderDoc{
		Number: in.ChangeOrderNumber, Language: v.Lang, Date: today,
		ContractID: c.ID, Project: c.Project, ContractDate: c.Signed.Time,
		Client: c.Client, ClientAddress: c.ClientAddress, ClientSignatory: c.ClientContact.Name,
		Provider: c.Provider.Name, ProviderAddress: c.Provider.Address, ProviderEmail: c.Provider.Email,
		ProviderSignatory: in.Owner.Name, ProviderTitle: in.Owner.Title,
		Currency: c.Currency, Description: title, Request: v.Request, Clause: v.Parts.Explain,
		Lines: p.Lines, Estimate: p.Basis == BasisDefault, VATRate: in.Replies.VATRate,
		OriginalSum: c.Total, DelayDays: p.DelayDays,
		OriginalCompletion: c.Deadline.Time, ValidityDays: in.Replies.ValidityDays,
	}
	if doc.Request == "" {
		doc.Request = v.Topic
	}
	if doc.ProviderAddress == "" {
		doc.ProviderAddress = in.Owner.Address
	}
	if doc.ProviderTitle == "" {
		doc.ProviderTitle = c.Provider.Title
	}
	doc.PreviousChanges = coCents(in.PreviousChanges)
	doc.Completion = coCompletion(c.Deadline.Time, today, p, in.Owner)
	if p.Kind == ChangeDeadline {
		if t, err := time.Parse("2006-01-02", in.Result.EarlierDate); err == nil {
			doc.Completion = t
		}
	}
	pdf, err := ChangeOrderPDF(doc)
	if err != nil {
		return nil, nil, err
	}
	net, vat := doc.Net(), doc.VAT()
	return &ChangeOrderInfo{
		Number: doc.Number, Amount: net, VAT: vat, Total: coCents(net + vat), Currency: doc.Currency,
		Basis: p.Basis, DelayDays: p.DelayDays, Doc: doc,
	}, pdf, nil
}

// coCompletion moves the later of the contract's deadline and today by the
// change's delay.
func coCompletion(deadline, today time.Time, p *Pricing, owner config.Owner) time.Time {
	base := replyMidnight(deadline)
	if today.After(base) {
		base = today
	}
	return replyAddWorkingDays(base, p.DelayDays, owner)
}

// SaveChangeOrderPDF writes a change order as <dir>/<number>.pdf, readable
// by the owner only, and returns its path. It replaces the file atomically.
func SaveChangeOrderPDF(dir, number string, pdf []byte) (string, error) {
	if number == "" || filepath.Base(number) != number || number[0] == '.' {
		return "", fmt.Errorf("saving change order: bad number %q", number)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("saving change order %s: %w", number, err)
	}
	path := filepath.Join(dir, number+".pdf")
	tmp, err := os.CreateTemp(dir, "."+number+"-*.pdf")
	if err != nil {
		return "", fmt.Errorf("saving change order %s: %w", number, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return "", fmt.Errorf("saving change order %s: %w", number, err)
	}
	if _, err := tmp.Write(pdf); err != nil {
		tmp.Close()
		return "", fmt.Errorf("saving change order %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("saving change order %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", fmt.Errorf("saving change order %s: %w", path, err)
	}
	return path, nil
}
