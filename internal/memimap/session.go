package memimap

import (
	"bytes"
	"sort"
	"strings"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
)

// session adds \Drafts to LIST and bearer-token logins to the memory server.
type session struct {
	*imapmemserver.UserSession // nil until logged in
	srv                        *Server
}

var _ imapserver.SessionSASL = (*session)(nil)

func (s *session) Login(username, password string) error {
	if username != s.srv.Username || password != s.srv.Password {
		return imapserver.ErrAuthFailed
	}
	s.UserSession = imapmemserver.NewUserSession(s.srv.user)
	return nil
}

func (s *session) Close() error {
	if s.UserSession == nil {
		return nil
	}
	return s.UserSession.Close()
}

func (s *session) Create(name string, options *imap.CreateOptions) error {
	if err := s.UserSession.Create(name, options); err != nil {
		return err
	}
	s.srv.mu.Lock()
	s.srv.names[strings.TrimRight(name, "/")] = true
	s.srv.mu.Unlock()
	return nil
}

func (s *session) Delete(name string) error {
	if err := s.UserSession.Delete(name); err != nil {
		return err
	}
	s.srv.mu.Lock()
	delete(s.srv.names, name)
	s.srv.mu.Unlock()
	return nil
}

func (s *session) Rename(name, to string, options *imap.RenameOptions) error {
	if err := s.UserSession.Rename(name, to, options); err != nil {
		return err
	}
	s.srv.mu.Lock()
	delete(s.srv.names, name)
	s.srv.names[to] = true
	s.srv.mu.Unlock()
	return nil
}

// List answers from the harness's own list of folders, since beta.8 never
// lists special-use attributes.
func (s *session) List(w *imapserver.ListWriter, ref string, patterns []string, options *imap.ListOptions) error {
	if len(patterns) == 0 {
		return w.WriteList(&imap.ListData{Attrs: []imap.MailboxAttr{imap.MailboxAttrNoSelect}, Delim: '/'})
	}
	s.srv.mu.Lock()
	var names []string
	for name := range s.srv.names {
		names = append(names, name)
	}
	s.srv.mu.Unlock()
	sort.Strings(names)
	for _, name := range names {
		match := false
		for _, p := range patterns {
			match = match || imapserver.MatchList(name, '/', ref, p)
		}
		if !match {
			continue
		}
		data := imap.ListData{Mailbox: name, Delim: '/'}
		special := name == s.srv.opts.Drafts
		if options.SelectSpecialUse && !special {
			continue
		}
		if special && (options.ReturnSpecialUse || options.SelectSpecialUse) {
			data.Attrs = append(data.Attrs, imap.MailboxAttrDrafts)
		}
		if err := w.WriteList(&data); err != nil {
			return err
		}
	}
	return nil
}

func (s *session) AuthenticateMechanisms() []string {
	return []string{sasl.Plain, "XOAUTH2", sasl.OAuthBearer}
}

func (s *session) Authenticate(mech string) (sasl.Server, error) {
	switch strings.ToUpper(mech) {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, username, password string) error {
			err := s.Login(username, password)
			s.srv.logAuth(sasl.Plain, err == nil)
			return err
		}), nil
	case "XOAUTH2":
		return &xoauth2Server{sess: s}, nil
	case sasl.OAuthBearer:
		return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			if !s.bearer(sasl.OAuthBearer, o.Username, o.Token) {
				return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}
			}
			return nil
		}), nil
	}
	return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "SASL mechanism not supported"}
}

// bearer checks a token and logs the session in when it is accepted.
func (s *session) bearer(mech, username, token string) bool {
	s.srv.mu.Lock()
	ok := s.srv.token != "" && token == s.srv.token && username == s.srv.Username
	s.srv.mu.Unlock()
	s.srv.logAuth(mech, ok)
	if ok {
		s.UserSession = imapmemserver.NewUserSession(s.srv.user)
	}
	return ok
}

func (s *Server) logAuth(mech string, ok bool) {
	sign := "-"
	if ok {
		sign = "+"
	}
	s.mu.Lock()
	s.authSeen = append(s.authSeen, mech+sign)
	s.mu.Unlock()
}

// xoauth2Server is the server side of XOAUTH2: a refused token gets a JSON
// challenge, the client's empty answer then gets NO.
type xoauth2Server struct {
	sess    *session
	refused bool
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.refused {
		return nil, true, imapserver.ErrAuthFailed
	}
	if resp == nil {
		return []byte{}, false, nil // ask for the initial response
	}
	var user, token string
	for _, f := range bytes.Split(resp, []byte{1}) {
		k, v, _ := bytes.Cut(f, []byte("="))
		switch string(k) {
		case "user":
			user = string(v)
		case "auth":
			token = strings.TrimPrefix(string(v), "Bearer ")
		}
	}
	if x.sess.bearer("XOAUTH2", user, token) {
		return nil, true, nil
	}
	x.refused = true
	return []byte(`{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`), false, nil
}

// Idle reports what changed before IDLE started: beta.8 only reports
// changes that happen during IDLE, so mail delivered between the previous
// command and IDLE would go unannounced (real servers check at IDLE start).
func (s *session) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	if err := s.UserSession.Poll(w, true); err != nil {
		return err
	}
	if s.srv.opts.LateIdle {
		<-stop
		return nil
	}
	return s.UserSession.Idle(w, stop)
}

// Search refuses header searches when Options.NoHeaderSearch is set.
func (s *session) Search(kind imapserver.NumKind, criteria *imap.SearchCriteria, options *imap.SearchOptions) (*imap.SearchData, error) {
	if s.srv.opts.NoHeaderSearch && len(criteria.Header) > 0 {
		return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "HEADER search not supported"}
	}
	return s.UserSession.Search(kind, criteria, options)
}
