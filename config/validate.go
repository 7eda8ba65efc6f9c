package config

import (
	"fmt"
	"net/mail"
	"os"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Defaults of the configuration format; config.example.toml documents them.
const (
	DefaultPath           = "/etc/scopeguard/scopeguard.toml"
	DefaultStateDir       = "/var/lib/scopeguard"
	DefaultContractsDir   = "contracts"
	DefaultLogLevel       = "info"
	DefaultLanguage       = "en"
	DefaultKeyword        = "$ScopeCreep"
	DefaultValidityDays   = 30
	DefaultAnswerDays     = 3
	DefaultPollInterval   = 2 * time.Minute
	MinPollInterval       = 10 * time.Second
	DefaultDigestSchedule = "0 8 * * 1-5"
)

// cronParser reads the digest schedule: five standard fields or a
// descriptor such as @daily. The time zone comes from owner.timezone.
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseSchedule parses a digest schedule as Load checks it.
func ParseSchedule(spec string) (cron.Schedule, error) { return cronParser.Parse(spec) }

func (v *validator) config(r *rawConfig) *Config {
	c := &Config{
		StateDir:     v.path(v.str("state_dir", r.StateDir, defaultStateDir())),
		ContractsDir: v.path(v.str("contracts_dir", r.ContractsDir, DefaultContractsDir)),
		LogLevel:     v.oneOf("log_level", r.LogLevel, DefaultLogLevel, "debug", "info", "warn", "error"),
	}
	if c.StateDir == "" {
		v.errf("state_dir", "must not be empty")
	}
	if c.ContractsDir == "" {
		v.errf("contracts_dir", "must not be empty")
	}
	c.Owner = v.owner(&r.Owner)
	c.Replies = v.replies(&r.Replies)
	if len(r.Accounts) == 0 {
		v.errf("accounts", "at least one [[accounts]] mailbox is required")
	}
	names := map[string]int{}
	for i := range r.Accounts {
		a := v.account(i, &r.Accounts[i], c.Owner.Location)
		if j, dup := names[a.Name]; dup && a.Name != "" {
			v.errf(accountKey(i, "name"), "%q is already the name of accounts[%d]", a.Name, j)
		}
		names[a.Name] = i
		c.Accounts = append(c.Accounts, a)
	}
	c.Digest = v.digest(&r.Digest)
	if r.SMTP != nil {
		c.SMTP = v.smtp(r.SMTP, c.Owner.Email)
	} else if c.Digest.Enabled {
		v.errf("smtp", "a [smtp] section is required to send the digest (or set digest.enabled = false)")
	}
	return c
}

// defaultStateDir is systemd's StateDirectory= when set: the first of its
// colon-separated list.
func defaultStateDir() string {
	if d := os.Getenv("STATE_DIRECTORY"); d != "" {
		first, _, _ := strings.Cut(d, ":")
		return first
	}
	return DefaultStateDir
}

func (v *validator) owner(r *rawOwner) Owner {
	o := Owner{
		Name:      v.str("owner.name", r.Name, ""),
		Email:     v.str("owner.email", r.Email, ""),
		Language:  v.oneOf("owner.language", r.Language, DefaultLanguage, "fr", "en"),
		Signature: v.str("owner.signature", r.Signature, ""),
		Title:     v.str("owner.title", r.Title, ""),
		Address:   v.str("owner.address", r.Address, ""),
		Location:  time.Local,
	}
	if !r.Email.set {
		v.errf("owner.email", "required: the only address scopeguard ever mails")
	} else if _, ok := r.Email.v.(string); ok {
		v.address("owner.email", o.Email)
	}
	if tz := v.str("owner.timezone", r.Timezone, ""); tz != "" {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			v.errf("owner.timezone", "%q is not an IANA time zone such as Europe/Paris", tz)
		} else {
			o.Location = loc
		}
	}
	// The calendars notify knows (notify.HolidayCalendars; config cannot
	// import notify).
	o.Holidays = v.oneOf("owner.holidays", r.Holidays, "", "", "fr", "be", "gb", "us")
	if r.DaysOff.set {
		list, ok := r.DaysOff.v.([]any)
		if !ok {
			v.wrongType("owner.days_off", "an array of dates", r.DaysOff)
		}
		for i, e := range list {
			if d := v.date(fmt.Sprintf("owner.days_off[%d]", i), value{v: e, set: true}, o.Location); !d.IsZero() {
				o.DaysOff = append(o.DaysOff, d)
			}
		}
	}
	return o
}

// address checks a bare email address (no display name).
func (v *validator) address(key, s string) {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s {
		v.errf(key, "%q is not an email address like name@example.com", s)
	}
}

func (v *validator) replies(r *rawReplies) Replies {
	rp := Replies{
		Drafts:          v.boolean("replies.drafts", r.Drafts, true),
		TemplatesDir:    v.path(v.str("replies.templates_dir", r.TemplatesDir, "")),
		LastRoundNotice: v.boolean("replies.last_round_notice", r.LastRoundNotice, true),
		Keyword:         v.str("replies.keyword", r.Keyword, DefaultKeyword),
		ValidityDays:    v.integer("replies.validity_days", r.ValidityDays, DefaultValidityDays, 1, 365),
		AnswerDays:      v.integer("replies.answer_days", r.AnswerDays, DefaultAnswerDays, 1, 60),
	}
	if rp.Keyword != "" && !isAtom(rp.Keyword) {
		v.errf("replies.keyword", "%q is not an IMAP keyword (no spaces, no ( ) { %% * \" \\ ], not starting with \\)", rp.Keyword)
	}
	if vat, ok := v.number("replies.vat_rate", r.VATRate, 0); ok {
		if !(vat >= 0 && vat <= 1) { // also refuses nan
			v.errf("replies.vat_rate", "%g is not between 0 and 1 (write 0.2 for 20 %%)", vat)
		} else {
			rp.VATRate = vat
		}
	}
	return rp
}

// isAtom reports whether s is an IMAP atom usable as a keyword (RFC 3501
// atom-char), excluding system flags, which start with a backslash.
func isAtom(s string) bool {
	for _, r := range s {
		if r <= ' ' || r >= 0x7f || strings.ContainsRune(`(){%*"\]`, r) {
			return false
		}
	}
	return s != ""
}

func (v *validator) digest(r *rawDigest) Digest {
	d := Digest{
		Enabled:   v.boolean("digest.enabled", r.Enabled, true),
		Schedule:  v.str("digest.schedule", r.Schedule, DefaultDigestSchedule),
		SendEmpty: v.boolean("digest.send_empty", r.SendEmpty, false),
	}
	if strings.HasPrefix(d.Schedule, "CRON_TZ=") || strings.HasPrefix(d.Schedule, "TZ=") {
		v.errf("digest.schedule", "no time zone here: the schedule runs in owner.timezone")
	} else if _, err := cronParser.Parse(d.Schedule); err != nil {
		v.errf("digest.schedule", "%q is not a 5-field cron schedule such as %q: %v", d.Schedule, DefaultDigestSchedule, err)
	}
	return d
}
