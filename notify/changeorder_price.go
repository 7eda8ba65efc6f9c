package notify

import (
	"math"

	"github.com/scopeguard/scopeguard/contracts"
)

// ChangeKind is what makes a request extra to the contract.
type ChangeKind string

const (
	ChangeRounds    ChangeKind = "rounds"    // a revision round beyond those included
	ChangeQuantity  ChangeKind = "quantity"  // more units than sold
	ChangeExtra     ChangeKind = "extra"     // more than a deliverable's description
	ChangeExclusion ChangeKind = "exclusion" // work the contract excludes
	ChangeDeadline  ChangeKind = "deadline"  // an earlier date than agreed
	ChangeNewWork   ChangeKind = "new_work"  // work the contract does not mention
)

// PriceBasis says where a change order's price comes from.
type PriceBasis string

const (
	BasisRate     PriceBasis = "rate"     // the contract's rate card
	BasisEstimate PriceBasis = "estimate" // the exclusion's estimate_hours x hourly_rate
	BasisDefault  PriceBasis = "default"  // a default estimate x hourly_rate, to confirm
)

// Default hours when the contract gives no rate and no estimate.
const (
	coDefaultHoursRound    = 2.0 // one revision round
	coDefaultHoursUnit     = 3.0 // one more unit of a deliverable
	coDefaultHoursExtra    = 4.0 // an addition to a deliverable
	coDefaultHoursDeadline = 4.0 // reorganising to deliver earlier
	coDefaultHoursNewWork  = 8.0 // a new piece of work, first estimate
	coHoursPerDay          = 6.0 // productive hours in a working day
	coMinDelayDays         = 2
)

// PriceLine is one line of a change order's pricing.
type PriceLine struct {
	Label     string
	Quantity  float64
	Hours     bool // Quantity counts hours and UnitPrice is the hourly rate
	UnitPrice float64
	Amount    float64
}

// Pricing is the price and schedule impact of a change, before any number
// is given to it.
type Pricing struct {
	Kind      ChangeKind
	Basis     PriceBasis
	Rate      string // the rate-card line used, for BasisRate
	Lines     []PriceLine
	Amount    float64 // net of VAT
	Currency  string
	Hours     float64 // estimated work
	DelayDays int     // working days added to the schedule
	Extra     int     // units beyond those sold, for ChangeQuantity
}

// PriceChange tells whether a result calls for a change order and prices it
// from the contract: a matching rate-card line (times the extra units), else
// the exclusion's estimate, else a default estimate at the hourly rate. The
// caller allocates a change-order number only when it returns true.
func PriceChange(c *contracts.Contract, r contracts.Result) (*Pricing, bool) {
	if c == nil || !r.Verdict.Pushback() {
		return nil, false
	}
	lang := replyLanguage(c, r)
	p := &Pricing{Kind: replyChangeKind(c, r), Currency: c.Currency}
	d := c.Deliverable(r.Deliverable)
	switch p.Kind {
	case ChangeRounds:
		if rate := coRevisionRate(c); rate != nil {
			p.rated(c, rate, 1)
		} else {
			p.hourly(c, coDefaultHoursRound, BasisDefault, coLabel(lang, "round", d.Name))
		}
	case ChangeQuantity:
		p.Extra = max(1, r.Quantity-d.Quantity)
		if rate := coUnitRate(c, d, r.Request); rate != nil {
			p.rated(c, rate, p.Extra)
		} else {
			p.hourly(c, coDefaultHoursUnit*float64(p.Extra), BasisDefault, coLabel(lang, "unit", d.Name))
		}
	case ChangeExclusion:
		e := c.Exclusion(r.Exclusion)
		if rate := coTextRate(c, e.Name); rate != nil {
			p.rated(c, rate, 1)
		} else if e.EstimateHours > 0 {
			p.hourly(c, e.EstimateHours, BasisEstimate, e.Name)
		} else {
			p.hourly(c, coDefaultHoursNewWork, BasisDefault, e.Name)
		}
	case ChangeDeadline:
		p.hourly(c, coDefaultHoursDeadline, BasisDefault, coLabel(lang, "deadline", ""))
	case ChangeExtra:
		if rate := coTextRate(c, r.Request, d.Name); rate != nil {
			p.rated(c, rate, 1)
		} else {
			p.hourly(c, coDefaultHoursExtra, BasisDefault, coLabel(lang, "extra", d.Name))
		}
	default:
		if rate := coTextRate(c, r.Request); rate != nil {
			p.rated(c, rate, 1)
		} else {
			p.hourly(c, coDefaultHoursNewWork, BasisDefault, coLabel(lang, "new", ""))
		}
	}
	if p.Kind != ChangeDeadline {
		p.DelayDays = max(coMinDelayDays, int(math.Ceil(p.Hours/coHoursPerDay)))
	}
	return p, true
}

// replyChangeKind tells what makes a pushback result extra to the contract.
func replyChangeKind(c *contracts.Contract, r contracts.Result) ChangeKind {
	d := c.Deliverable(r.Deliverable)
	switch {
	case r.Verdict == contracts.RevisionOverLimit && d != nil:
		return ChangeRounds
	case r.EarlierDate != "":
		return ChangeDeadline
	case c.Exclusion(r.Exclusion) != nil:
		return ChangeExclusion
	case d != nil && d.Quantity > 0 && r.Quantity > d.Quantity:
		return ChangeQuantity
	case d != nil:
		return ChangeExtra
	}
	return ChangeNewWork
}

func (p *Pricing) rated(c *contracts.Contract, rate *contracts.Rate, units int) {
	amount := coCents(rate.Price * float64(units))
	p.Basis, p.Rate, p.Amount = BasisRate, rate.Name, amount
	p.Lines = []PriceLine{{Label: rate.Name, Quantity: float64(units), UnitPrice: rate.Price, Amount: amount}}
	if c.HourlyRate > 0 {
		p.Hours = amount / c.HourlyRate
	}
}

func (p *Pricing) hourly(c *contracts.Contract, hours float64, basis PriceBasis, label string) {
	amount := coCents(hours * c.HourlyRate)
	p.Basis, p.Amount, p.Hours = basis, amount, hours
	p.Lines = []PriceLine{{Label: label, Quantity: hours, Hours: true, UnitPrice: c.HourlyRate, Amount: amount}}
}

func coCents(v float64) float64 { return math.Round(v*100) / 100 }

// coRevisionRate finds the rate-card line for an extra revision round.
func coRevisionRate(c *contracts.Contract) *contracts.Rate {
	for i := range c.Rates {
		if coIsRevisionRate(c, c.Rates[i].Name) {
			return &c.Rates[i]
		}
	}
	return nil
}

// coUnitRate finds the rate for one more unit of d: its unit must appear in
// the rate's name, or two words of the deliverable's name must.
func coUnitRate(c *contracts.Contract, d *contracts.Deliverable, request string) *contracts.Rate {
	unit := coTermsOf(d.Unit)
	name := coTermsOf(d.Name, request)
	best, bestScore := -1, 0
	for i, r := range c.Rates {
		if coIsRevisionRate(c, r.Name) {
			continue
		}
		u, _ := coMatches(r.Name, unit)
		n, _ := coMatches(r.Name, name)
		score := 2*u + n
		if (u > 0 || n >= 2) && score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return nil
	}
	return &c.Rates[best]
}

// coTextRate finds the rate whose name says what the texts ask: at least two
// of its words, or its only word, and at least half of them.
func coTextRate(c *contracts.Contract, texts ...string) *contracts.Rate {
	t := coTermsOf(texts...)
	best, bestScore := -1, 0
	for i, r := range c.Rates {
		if coIsRevisionRate(c, r.Name) {
			continue
		}
		m, total := coMatches(r.Name, t)
		if m == 0 || 2*m < total || (m < 2 && total > 1) {
			continue
		}
		if m > bestScore {
			best, bestScore = i, m
		}
	}
	if best < 0 {
		return nil
	}
	return &c.Rates[best]
}

// coLabel names a pricing line when no rate-card line applies.
func coLabel(lang, key, name string) string {
	fr := lang == "fr"
	switch key {
	case "round":
		if fr {
			return "Tour de retouches supplémentaire : " + name
		}
		return "Additional revision round: " + name
	case "unit":
		if fr {
			return "Unités supplémentaires : " + name
		}
		return "Additional units: " + name
	case "deadline":
		if fr {
			return "Réorganisation du planning pour une livraison avancée"
		}
		return "Rescheduling for an earlier delivery"
	case "extra":
		if fr {
			return "Travail complémentaire : " + name
		}
		return "Additional work: " + name
	}
	if fr {
		return "Travail non prévu au contrat"
	}
	return "Work not covered by the agreement"
}
