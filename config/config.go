// Package config loads scopeguard's configuration file in two steps: the raw
// TOML (unknown keys rejected) and then a validated, typed Config built on
// defaults. Every problem is reported at once with its file and key path.
package config

import "time"

// Config is the validated configuration of the daemon.
type Config struct {
	Path         string // the file it was loaded from
	StateDir     string // database, change orders; default /var/lib/scopeguard
	ContractsDir string // default <dir of config>/contracts
	LogLevel     string // debug, info, warn, error

	Owner    Owner
	Replies  Replies
	Accounts []Account
	Digest   Digest
	SMTP     SMTP

	// Warnings are settings that work but weaken security, one line each
	// with file and key, for the daemon to log and check to print.
	Warnings []string
}

// Owner is the freelancer or agency running scopeguard: the only person it
// ever sends mail to.
type Owner struct {
	Name      string
	Email     string
	Language  string         // "fr" or "en": digest language
	Signature string         // appended to replies
	Title     string         // signatory title on change orders
	Address   string         // postal address on change orders
	Location  *time.Location // time zone for dates and the digest schedule
	Holidays  string         // public-holiday calendar skipped in working days: "", "fr", "be", "gb", "us"
	DaysOff   []time.Time    // more days not worked (midnight in Location)
}

// Replies controls drafts and change orders.
type Replies struct {
	Drafts          bool    // draft replies and change orders; false = classify and record only
	TemplatesDir    string  // optional folder of text/template overrides
	LastRoundNotice bool    // heads-up when a revision uses the last included round
	Keyword         string  // IMAP keyword set on the original ("" = none), default $ScopeCreep
	VATRate         float64 // e.g. 0.20; 0 = no VAT line
	ValidityDays    int     // change-order validity, default 30
	AnswerDays      int     // working days the client is given to answer, default 3
}

// TLSMode is how a connection is secured.
type TLSMode string

const (
	TLSImplicit TLSMode = "implicit"
	TLSStartTLS TLSMode = "starttls"
	TLSNone     TLSMode = "none" // loopback only
)

// AuthMode is the SASL mechanism used to log in.
type AuthMode string

const (
	AuthPlain       AuthMode = "plain"
	AuthXOAuth2     AuthMode = "xoauth2"
	AuthOAuthBearer AuthMode = "oauthbearer"
)

// Secret says where a password or token comes from; exactly one is set.
// The secret itself is never stored in the config nor logged.
type Secret struct {
	Command string // run with sh -c, first line of output
	File    string // relative paths are looked up in $CREDENTIALS_DIRECTORY first
	Env     string // name of an environment variable
}

// Account is one IMAP mailbox to watch.
type Account struct {
	Name               string
	Host               string
	Port               int
	TLS                TLSMode
	Username           string
	Auth               AuthMode
	Password           Secret // for plain
	Token              Secret // for xoauth2 / oauthbearer; run again when refused or expired
	Folders            []string
	DraftsFolder       string        // "" = find by \Drafts special use, then by name
	PollInterval       time.Duration // used when the server has no IDLE; default 2m
	IdleCheck          time.Duration // also check for new mail this often while idling; 0 = off
	Since              time.Time     // mail older than this is not processed on first start; zero = start time
	InsecureSkipVerify bool          // never by default; for tests with self-signed certs
}

// Digest is the owner's daily summary.
type Digest struct {
	Schedule  string // cron, 5 fields, in the owner's time zone; default "0 8 * * 1-5"
	SendEmpty bool   // send "nothing to report" rather than skipping
	Enabled   bool
}

// SMTP is the server the digest is sent through.
type SMTP struct {
	Host               string
	Port               int
	TLS                TLSMode
	Username           string
	Auth               AuthMode
	Password           Secret
	Token              Secret
	From               string // default owner email
	InsecureSkipVerify bool
}
