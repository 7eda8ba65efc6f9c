package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Failure is a message scopeguard could not process and skipped.
type Failure struct {
	Account, Mailbox string
	UIDValidity, UID uint32
	MessageID        string // when it could be read
	From, Subject    string // idem
	Error            string
	At               time.Time
}

// maxFailureError bounds the stored error text (in runes).
const maxFailureError = 500

// RecordFailure records a skipped message; the same message (by account,
// mailbox, UIDVALIDITY and UID) is recorded once, with its first error.
func (s *Store) RecordFailure(ctx context.Context, f Failure) error {
	_, err := s.c.ExecContext(ctx, `INSERT INTO failures
		(account, mailbox, uidvalidity, uid, message_id, from_addr, subject, error, at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT DO NOTHING`,
		f.Account, f.Mailbox, f.UIDValidity, f.UID, f.MessageID, f.From, truncate(f.Subject, maxExcerpt),
		truncate(f.Error, maxFailureError), dbTime(orNow(f.At)))
	if err != nil {
		return fmt.Errorf("recording failure of %s/%s uid %d: %w", f.Account, f.Mailbox, f.UID, err)
	}
	return nil
}

// Failures returns the messages skipped in [since, until), oldest first.
func (s *Store) Failures(ctx context.Context, since, until time.Time) ([]Failure, error) {
	rows, err := s.c.QueryContext(ctx, `SELECT account, mailbox, uidvalidity, uid, message_id, from_addr, subject, error, at
		FROM failures WHERE at >= $1 AND at < $2 ORDER BY at, account, mailbox, uid`, dbTime(since), dbTime(until))
	if err != nil {
		return nil, fmt.Errorf("reading failures: %w", err)
	}
	defer rows.Close()
	var out []Failure
	for rows.Next() {
		var f Failure
		var at sql.NullString
		if err := rows.Scan(&f.Account, &f.Mailbox, &f.UIDValidity, &f.UID, &f.MessageID, &f.From, &f.Subject, &f.Error, &at); err != nil {
			return nil, fmt.Errorf("reading failures: %w", err)
		}
		if f.At, err = parseTime(at); err != nil {
			return nil, fmt.Errorf("reading failures: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading failures: %w", err)
	}
	return out, nil
}
