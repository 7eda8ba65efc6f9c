package config

import (
	"fmt"
	"reflect"
	"strings"
	"time"
)

// value is one TOML leaf as written. Every leaf is decoded into a value, so
// a wrongly typed key becomes a located problem instead of aborting the
// decoder at the first one.
type value struct {
	v   any
	set bool
}

// UnmarshalTOML records the value; the type is checked during validation.
func (x *value) UnmarshalTOML(v any) error {
	x.v, x.set = v, true
	return nil
}

// rawConfig mirrors the file: key names are the TOML names, every leaf a value.
type rawConfig struct {
	StateDir     value `toml:"state_dir"`
	ContractsDir value `toml:"contracts_dir"`
	LogLevel     value `toml:"log_level"`

	Owner    rawOwner     `toml:"owner"`
	Replies  rawReplies   `toml:"replies"`
	Accounts []rawAccount `toml:"accounts"`
	Digest   rawDigest    `toml:"digest"`
	SMTP     *rawSMTP     `toml:"smtp"`
}

type rawOwner struct {
	Name      value `toml:"name"`
	Email     value `toml:"email"`
	Language  value `toml:"language"`
	Signature value `toml:"signature"`
	Title     value `toml:"title"`
	Address   value `toml:"address"`
	Timezone  value `toml:"timezone"`
	Holidays  value `toml:"holidays"`
	DaysOff   value `toml:"days_off"`
}

type rawReplies struct {
	Drafts          value `toml:"drafts"`
	TemplatesDir    value `toml:"templates_dir"`
	LastRoundNotice value `toml:"last_round_notice"`
	Keyword         value `toml:"keyword"`
	VATRate         value `toml:"vat_rate"`
	ValidityDays    value `toml:"validity_days"`
	AnswerDays      value `toml:"answer_days"`
}

// rawServer is what an IMAP account and the SMTP server have in common.
type rawServer struct {
	Host               value `toml:"host"`
	Port               value `toml:"port"`
	TLS                value `toml:"tls"`
	Username           value `toml:"username"`
	Auth               value `toml:"auth"`
	PasswordCommand    value `toml:"password_command"`
	PasswordFile       value `toml:"password_file"`
	PasswordEnv        value `toml:"password_env"`
	TokenCommand       value `toml:"token_command"`
	TokenFile          value `toml:"token_file"`
	TokenEnv           value `toml:"token_env"`
	InsecureSkipVerify value `toml:"insecure_skip_verify"`
}

type rawAccount struct {
	Name value `toml:"name"`
	rawServer
	Folders      value `toml:"folders"`
	DraftsFolder value `toml:"drafts_folder"`
	PollInterval value `toml:"poll_interval"`
	IdleCheck    value `toml:"idle_check"`
	Since        value `toml:"since"`
}

type rawDigest struct {
	Enabled   value `toml:"enabled"`
	Schedule  value `toml:"schedule"`
	SendEmpty value `toml:"send_empty"`
}

type rawSMTP struct {
	rawServer
	From value `toml:"from"`
}

// Keys lists every key the configuration format knows, as dotted paths
// without array indexes ("accounts.poll_interval"), in declaration order.
func Keys() []string {
	var out []string
	collectKeys(reflect.TypeFor[rawConfig](), "", &out)
	return out
}

func collectKeys(t reflect.Type, prefix string, out *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			collectKeys(f.Type, prefix, out)
			continue
		}
		name := prefix + f.Tag.Get("toml")
		ft := f.Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft == reflect.TypeFor[value]() {
			*out = append(*out, name)
			continue
		}
		collectKeys(ft, name+".", out)
	}
}

// typeName names a decoded TOML value's type for messages.
func typeName(v any) string {
	switch t := v.(type) {
	case string:
		return "a string"
	case int64:
		return fmt.Sprintf("an integer (%d)", t)
	case float64:
		return fmt.Sprintf("a number (%g)", t)
	case bool:
		return fmt.Sprintf("a boolean (%t)", t)
	case time.Time:
		return "a date"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return strings.TrimPrefix(fmt.Sprintf("%T", v), "*")
}
