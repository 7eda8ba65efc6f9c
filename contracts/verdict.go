package contracts

// Verdict is the closed set of decisions the scope engine makes.
type Verdict string

const (
	InScope           Verdict = "in_scope"
	Revision          Verdict = "revision"
	RevisionOverLimit Verdict = "revision_over_limit"
	OutOfScope        Verdict = "out_of_scope"
	Unclear           Verdict = "unclear"
	NotARequest       Verdict = "not_a_request"
)

// Verdicts lists every verdict, most serious first.
var Verdicts = []Verdict{OutOfScope, RevisionOverLimit, Unclear, Revision, InScope, NotARequest}

// Severity orders verdicts for messages with several requests: higher wins.
func (v Verdict) Severity() int {
	for i, w := range Verdicts {
		if v == w {
			return len(Verdicts) - i
		}
	}
	return 0
}

// Pushback reports whether the verdict calls for a "no + alternatives" reply.
func (v Verdict) Pushback() bool { return v == OutOfScope || v == RevisionOverLimit }

// Ledger is the revision rounds already used, per deliverable id.
type Ledger map[string]int

// Reason is one cue that fired, rspamd style: its name, weight and the words
// of the message that triggered it.
type Reason struct {
	Cue    string  `json:"cue"`
	Weight float64 `json:"weight"`
	Words  string  `json:"words,omitempty"`
	Detail string  `json:"detail,omitempty"`
}

// Result is the scope engine's decision about one message.
type Result struct {
	Verdict     Verdict  `json:"verdict"`
	Contract    string   `json:"contract"`
	Deliverable string   `json:"deliverable,omitempty"`
	Exclusion   string   `json:"exclusion,omitempty"`
	Language    string   `json:"language"`
	Reasons     []Reason `json:"reasons"`

	// Facts the reply and the change order use.
	RoundsIncluded int    `json:"rounds_included,omitempty"` // revisions of Deliverable
	RoundsUsed     int    `json:"rounds_used,omitempty"`     // before this message
	Quantity       int    `json:"quantity,omitempty"`        // units asked beyond the contract (e.g. 15 when 12 sold)
	EarlierDate    string `json:"earlier_date,omitempty"`    // YYYY-MM-DD asked, when earlier than agreed
	Tension        bool   `json:"tension,omitempty"`         // frustration, generalisations, urgency
	Request        string `json:"request,omitempty"`         // the sentence that carries the decisive request
}
