package config

import (
	"fmt"
	"net"
	"slices"
	"strings"
	"time"
)

// server is the checked common part of an IMAP account and the SMTP server.
type server struct {
	Host               string
	Port               int
	TLS                TLSMode
	Username           string
	Auth               AuthMode
	Password, Token    Secret
	InsecureSkipVerify bool
}

func accountKey(i int, key string) string { return fmt.Sprintf("accounts[%d].%s", i, key) }

func (v *validator) account(i int, r *rawAccount, loc *time.Location) Account {
	key := func(k string) string { return accountKey(i, k) }
	a := Account{Name: v.str(key("name"), r.Name, "")}
	if !r.Name.set || strings.TrimSpace(a.Name) == "" {
		v.errf(key("name"), "required: a short name for logs and the digest")
	}
	s := v.server(fmt.Sprintf("accounts[%d]", i), &r.rawServer, TLSImplicit, imapPort, true)
	a.Host, a.Port, a.TLS, a.Username, a.Auth = s.Host, s.Port, s.TLS, s.Username, s.Auth
	a.Password, a.Token, a.InsecureSkipVerify = s.Password, s.Token, s.InsecureSkipVerify

	a.Folders = v.strs(key("folders"), r.Folders, []string{"INBOX"})
	switch {
	case a.Folders == nil: // wrongly typed, already reported
	case len(a.Folders) == 0:
		v.errf(key("folders"), "at least one folder is required (default [\"INBOX\"])")
	}
	for j, f := range a.Folders {
		if strings.TrimSpace(f) == "" {
			v.errf(fmt.Sprintf("%s[%d]", key("folders"), j), "empty folder name")
		} else if slices.Index(a.Folders, f) < j {
			v.errf(fmt.Sprintf("%s[%d]", key("folders"), j), "%q is listed twice", f)
		}
	}
	a.DraftsFolder = v.str(key("drafts_folder"), r.DraftsFolder, "")
	a.PollInterval = v.duration(key("poll_interval"), r.PollInterval, DefaultPollInterval, MinPollInterval)
	a.IdleCheck = v.duration(key("idle_check"), r.IdleCheck, defaultIdleCheck(a.Host), 0)
	a.Since = v.date(key("since"), r.Since, loc)
	return a
}

// LoopbackIdleCheck is idle_check's default for a server on this machine.
// Dovecot announces new mail to an idling client only 0.5 s after it
// lands (NOTIFY_DELAY_MSECS in its mailbox-watch.c); re-issuing IDLE this
// often brings that under 0.5 s. On loopback a check costs two round trips
// and about 1 ms of CPU; a remote server keeps plain IDLE (default 0), since
// several checks a second over the Internet are unwelcome to providers.
const LoopbackIdleCheck = 400 * time.Millisecond

func defaultIdleCheck(host string) time.Duration {
	if host != "" && isLoopback(host) {
		return LoopbackIdleCheck
	}
	return 0
}

func imapPort(m TLSMode) int {
	if m == TLSImplicit {
		return 993
	}
	return 143
}

func smtpPort(m TLSMode) int {
	switch m {
	case TLSImplicit:
		return 465
	case TLSNone:
		return 25
	}
	return 587
}

func (v *validator) smtp(r *rawSMTP, ownerEmail string) SMTP {
	s := v.server("smtp", &r.rawServer, TLSStartTLS, smtpPort, false)
	out := SMTP{Host: s.Host, Port: s.Port, TLS: s.TLS, Username: s.Username, Auth: s.Auth,
		Password: s.Password, Token: s.Token, InsecureSkipVerify: s.InsecureSkipVerify}
	out.From = v.str("smtp.from", r.From, ownerEmail)
	if r.From.set {
		v.address("smtp.from", out.From)
	}
	return out
}

// server checks host, port, TLS and login. needUser is false for SMTP,
// which may send without AUTH to a loopback relay.
func (v *validator) server(prefix string, r *rawServer, defTLS TLSMode, port func(TLSMode) int, needUser bool) server {
	key := func(k string) string { return prefix + "." + k }
	s := server{
		Host:     v.str(key("host"), r.Host, ""),
		TLS:      TLSMode(v.oneOf(key("tls"), r.TLS, string(defTLS), "implicit", "starttls", "none")),
		Username: v.str(key("username"), r.Username, ""),
		Auth:     AuthMode(v.oneOf(key("auth"), r.Auth, string(AuthPlain), "plain", "xoauth2", "oauthbearer")),
	}
	switch {
	case !r.Host.set || s.Host == "":
		v.errf(key("host"), "required")
	case strings.ContainsAny(s.Host, "/ \t") || strings.Contains(s.Host, "://"):
		v.errf(key("host"), "%q is not a host name (no scheme, no port: use port)", s.Host)
	}
	s.Port = v.integer(key("port"), r.Port, port(s.TLS), 1, 65535)
	if s.TLS == TLSNone && s.Host != "" && !isLoopback(s.Host) {
		v.errf(key("tls"), `"none" is allowed only to a loopback host (localhost, 127.0.0.1, ::1), not %s`, s.Host)
	}
	s.InsecureSkipVerify = v.boolean(key("insecure_skip_verify"), r.InsecureSkipVerify, false)
	if s.InsecureSkipVerify {
		v.warnf(key("insecure_skip_verify"), "the server's TLS certificate is not verified")
	}
	password := v.secret(prefix, "password", r.PasswordCommand, r.PasswordFile, r.PasswordEnv)
	token := v.secret(prefix, "token", r.TokenCommand, r.TokenFile, r.TokenEnv)
	if needUser && (!r.Username.set || s.Username == "") {
		v.errf(key("username"), "required")
	}
	if s.Username == "" && !needUser {
		if s.Host != "" && !isLoopback(s.Host) {
			v.errf(key("username"), "required: sending without AUTH is allowed only to a loopback host")
		}
		return s
	}
	if !given(r.PasswordCommand, r.PasswordFile, r.PasswordEnv, r.TokenCommand, r.TokenFile, r.TokenEnv) &&
		v.reported(prefix+".password", prefix+".token") {
		return s // a literal password was refused: no second message about it
	}
	v.credentials(prefix, s.Auth, password, token)
	s.Password, s.Token = password, token
	return s
}

// credentials checks that the secret matching the auth mode is set, and
// only that one.
func (v *validator) credentials(prefix string, auth AuthMode, password, token Secret) {
	if auth == AuthPlain {
		if password.IsZero() && !v.reported(prefix+".password_command", prefix+".password_file", prefix+".password_env") {
			v.errf(prefix, "auth = plain needs one of password_command, password_file, password_env")
		}
		if !token.IsZero() {
			v.errf(prefix, "token_command, token_file and token_env are only used with auth = xoauth2 or oauthbearer")
		}
		return
	}
	if token.IsZero() && !v.reported(prefix+".token_command", prefix+".token_file", prefix+".token_env") {
		v.errf(prefix, "auth = %s needs one of token_command, token_file, token_env", auth)
	}
	if !password.IsZero() {
		v.errf(prefix, "password_command, password_file and password_env are only used with auth = plain")
	}
}

// secret reads the three ways to give a password (or token): exactly one
// may be set.
func (v *validator) secret(prefix, kind string, cmd, file, env value) Secret {
	s := Secret{
		Command: v.str(prefix+"."+kind+"_command", cmd, ""),
		File:    v.str(prefix+"."+kind+"_file", file, ""),
		Env:     v.str(prefix+"."+kind+"_env", env, ""),
	}
	var set []string
	for _, f := range []struct {
		name string
		x    value
		val  string
	}{{"_command", cmd, s.Command}, {"_file", file, s.File}, {"_env", env, s.Env}} {
		if f.x.set && strings.TrimSpace(f.val) == "" {
			v.errf(prefix+"."+kind+f.name, "must not be empty")
		}
		if f.val != "" {
			set = append(set, kind+f.name)
		}
	}
	if len(set) > 1 {
		v.errf(prefix, "only one of %s may be set", strings.Join(set, ", "))
		// Keep one so the auth check does not report a second problem.
		switch {
		case s.Command != "":
			return Secret{Command: s.Command}
		case s.File != "":
			return Secret{File: s.File}
		}
	}
	if s.File != "" {
		// Relative to $CREDENTIALS_DIRECTORY at run time, else to the config.
		if _, err := lookupCredential(s.File); err != nil {
			s.File = v.path(s.File)
		}
	}
	return s
}

func given(xs ...value) bool {
	for _, x := range xs {
		if x.set {
			return true
		}
	}
	return false
}

// reported reports whether a problem was already recorded for one of keys.
func (v *validator) reported(keys ...string) bool {
	for _, p := range v.problems {
		if slices.Contains(keys, p.Key) {
			return true
		}
	}
	return false
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}
