package notify

import (
	"strings"
	"time"
	"unicode"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/message"
)

// Reply kinds beyond the ChangeKind values of pushback replies.
const (
	replyKindUnclear   = "unclear"
	replyKindLastRound = "last_round"
)

// replyView is what templates see. Dates and amounts are already written
// in the reply's language.
type replyView struct {
	Lang, Kind, Verdict string
	Greeting            string // the client's first name, or ""
	Signature           string
	Owner               config.Owner
	Client, Project     string

	Request string // the client's decisive sentence, "" when unusable
	Topic   string // the subject without Re:/Fwd:
	Tension bool

	Deliverable, DeliverableDesc, Unit string
	Sold, Asked, Extra                 int
	RoundsIncluded, RoundsUsed         int
	RoundDates                         []string
	RoundPrice                         string // price of one more round, "" when no rate
	Exclusion, ExclusionDesc           string
	Deadline, EarlierDate              string
	Deliverables                       []string

	Today, AnswerBy string

	CONumber, Price string
	HT              bool // prices are net of VAT
	Estimate        bool // priced on a default estimate
	DelayDays       int
	Completion      string

	Alternatives []string
	Alt          string // the alternative being rendered
	Parts        Parts
}

// replyKindOf tells which reply a result gets, if any.
func replyKindOf(in ReplyInput) (string, bool) {
	r := in.Result
	switch r.Verdict {
	case contracts.OutOfScope, contracts.RevisionOverLimit:
		return string(replyChangeKind(in.Contract, r)), true
	case contracts.Unclear:
		return replyKindUnclear, true
	case contracts.Revision:
		d := in.Contract.Deliverable(r.Deliverable)
		if !in.Replies.LastRoundNotice || d == nil {
			return "", false
		}
		inc, used := replyRounds(in, d)
		return replyKindLastRound, inc > 0 && used+1 == inc
	}
	return "", false
}

// replyRounds returns the rounds included and used before this message,
// from the result or, when it has none, the contract and the ledger.
func replyRounds(in ReplyInput, d *contracts.Deliverable) (included, used int) {
	included, used = in.Result.RoundsIncluded, in.Result.RoundsUsed
	if included == 0 && d != nil {
		included = d.Revisions
	}
	n := 0
	for _, u := range in.Rounds {
		if d != nil && u.Deliverable == d.ID {
			n++
		}
	}
	return included, max(used, n)
}

// replyToday is the day the reply is written: the configured clock, else
// the message's date, in the owner's time zone.
func replyToday(in ReplyInput) time.Time {
	t := in.Now
	if t.IsZero() {
		t = in.Message.Date
	}
	if in.Owner.Location != nil {
		t = t.In(in.Owner.Location)
	}
	return replyMidnight(t)
}

func newReplyView(in ReplyInput, lang, kind string) *replyView {
	c, r := in.Contract, in.Result
	today := replyToday(in)
	answer := in.Replies.AnswerDays
	if answer <= 0 {
		answer = 3
	}
	v := &replyView{
		Lang: lang, Kind: kind, Verdict: string(r.Verdict),
		Greeting:  replyFirstName(in.Message, c),
		Signature: replySignature(in.Owner),
		Owner:     in.Owner,
		Client:    c.Client, Project: c.Project,
		Request:  replyRequest(r.Request),
		Topic:    replyStripPrefixes(in.Message.Subject),
		Tension:  r.Tension,
		Deadline: replyDay(c.Deadline.Time, lang),
		Today:    replyDay(today, lang),
		AnswerBy: replyDay(replyAddWorkingDays(today, answer, in.Owner), lang),
		Asked:    r.Quantity,
	}
	if v.Topic == "" {
		v.Topic = c.Project
	}
	for _, d := range c.Deliverables {
		v.Deliverables = append(v.Deliverables, d.Name)
	}
	if d := c.Deliverable(r.Deliverable); d != nil {
		v.Deliverable, v.Unit, v.Sold = d.Name, d.Unit, d.Quantity
		if kind == string(ChangeQuantity) {
			v.Extra = max(1, r.Quantity-d.Quantity)
		}
		v.DeliverableDesc = replyFirstSentence(d.Description, kind == string(ChangeDeadline))
		v.RoundsIncluded, v.RoundsUsed = replyRounds(in, d)
		// The included rounds are the ones the reply dates; rounds paid
		// for beyond them are not part of "our agreement includes".
		v.RoundDates = replyRoundDates(in.Rounds, d.ID, lang)
		if len(v.RoundDates) > v.RoundsIncluded {
			v.RoundDates = v.RoundDates[:v.RoundsIncluded]
		}
	}
	if rate := coRevisionRate(c); rate != nil {
		v.RoundPrice = replyMoney(rate.Price, c.Currency, lang)
	}
	if e := c.Exclusion(r.Exclusion); e != nil {
		v.Exclusion, v.ExclusionDesc = e.Name, replyFirstSentence(e.Description, false)
	}
	if t, err := time.Parse("2006-01-02", r.EarlierDate); err == nil {
		v.EarlierDate = replyDay(t, lang)
	}
	v.Alternatives = replyAlternatives(kind)
	return v
}

// replyAlternatives lists, per kind, the options offered to the client.
func replyAlternatives(kind string) []string {
	switch ChangeKind(kind) {
	case ChangeRounds:
		return []string{"change_order", "bundle", "later_phase"}
	case ChangeQuantity:
		return []string{"change_order", "swap", "later_phase"}
	case ChangeExclusion:
		return []string{"change_order", "specialist", "later_phase"}
	case ChangeDeadline:
		return []string{"change_order", "reprioritise"}
	case ChangeExtra, ChangeNewWork:
		return []string{"change_order", "later_phase"}
	}
	switch kind {
	case replyKindUnclear:
		return []string{"question_what", "question_when"}
	case replyKindLastRound:
		return []string{"bundle_now", "next_round"}
	}
	return nil
}

func (v *replyView) setChangeOrder(co *ChangeOrderInfo, p *Pricing) {
	if co == nil {
		return
	}
	v.CONumber = co.Number
	v.Price = replyMoney(co.Amount, co.Currency, v.Lang)
	v.HT = co.VAT > 0
	v.Estimate = p.Basis == BasisDefault
	v.DelayDays = p.DelayDays
	v.Completion = replyDay(co.Doc.Completion, v.Lang)
}

// replyRoundDates lists the days the rounds of one deliverable were used.
func replyRoundDates(rounds []RoundUse, id, lang string) []string {
	var out []string
	for _, u := range rounds {
		if u.Deliverable == id && !u.Date.IsZero() {
			out = append(out, replyDate(u.Date, lang))
		}
	}
	return out
}

// replyBlameWords are words a reply must never quote back: they would read
// as blame or lecturing in our own voice.
var replyBlameWords = []string{
	"toujours", "jamais", "always", "never", "you should have", "as i said", "as i told",
	"obviously", "évidemment", "comme je vous l'ai dit", "comme déjà dit", "clearly",
}

// replyRequest keeps the client's sentence when it can be quoted back as is.
func replyRequest(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len([]rune(s)) > 300 {
		return ""
	}
	low := strings.ToLower(s)
	for _, w := range replyBlameWords {
		if strings.Contains(low, w) {
			return ""
		}
	}
	return s
}

// replyFirstName finds the name to greet: the sender's display name, else
// the contract's client signatory.
func replyFirstName(m *message.Message, c *contracts.Contract) string {
	for _, name := range []string{m.From.Name, c.ClientContact.Name} {
		name = strings.Trim(strings.TrimSpace(name), `"'`)
		if i := strings.IndexByte(name, ','); i >= 0 { // "Dupont, Marc"
			name = strings.TrimSpace(name[i+1:])
		}
		first, _, _ := strings.Cut(name, " ")
		if first != "" && strings.IndexFunc(first, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0 {
			return first
		}
	}
	return ""
}

func replySignature(o config.Owner) string {
	if s := strings.TrimSpace(o.Signature); s != "" {
		return s
	}
	return o.Name
}

// replyFirstSentence shortens a contract description to its first sentence,
// or, when wantDate, to the first sentence that holds a number.
func replyFirstSentence(s string, wantDate bool) string {
	s = strings.Join(strings.Fields(s), " ")
	var sentences []string
	for rest := s; rest != ""; {
		i := strings.Index(rest, ". ")
		if i < 0 {
			sentences = append(sentences, rest)
			break
		}
		sentences = append(sentences, rest[:i+1])
		rest = rest[i+2:]
	}
	if len(sentences) == 0 {
		return ""
	}
	if wantDate {
		for _, sn := range sentences {
			if strings.ContainsAny(sn, "0123456789") {
				return strings.TrimSuffix(sn, ".")
			}
		}
	}
	return strings.TrimSuffix(sentences[0], ".")
}
