package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// MailboxState returns the sync position of a mailbox; ok is false when the
// mailbox was never synced.
func (s *Store) MailboxState(ctx context.Context, account, mailbox string) (uidValidity, lastUID uint32, ok bool, err error) {
	err = s.c.QueryRowContext(ctx,
		`SELECT uidvalidity, last_uid FROM mailboxes WHERE account = $1 AND mailbox = $2`,
		account, mailbox).Scan(&uidValidity, &lastUID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, false, fmt.Errorf("reading state of mailbox %s/%s: %w", account, mailbox, err)
	}
	return uidValidity, lastUID, true, nil
}

// SetMailboxState records the sync position of a mailbox.
func (s *Store) SetMailboxState(ctx context.Context, account, mailbox string, uidValidity, lastUID uint32) error {
	_, err := s.c.ExecContext(ctx, `
		INSERT INTO mailboxes (account, mailbox, uidvalidity, last_uid) VALUES ($1, $2, $3, $4)
		ON CONFLICT (account, mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid`,
		account, mailbox, uidValidity, lastUID)
	if err != nil {
		return fmt.Errorf("saving state of mailbox %s/%s: %w", account, mailbox, err)
	}
	return nil
}

// Seen reports whether a message with this Message-ID was already recorded.
func (s *Store) Seen(ctx context.Context, messageID string) (bool, error) {
	var one int
	err := s.c.QueryRowContext(ctx, `SELECT 1 FROM messages WHERE message_id = $1`, messageID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("looking up message %s: %w", messageID, err)
	}
	return true, nil
}

// FirstStarted returns when the daemon first started on this database,
// recording now on the first call. The daemon uses it to leave mail older
// than its first start alone.
func (s *Store) FirstStarted(ctx context.Context, now time.Time) (time.Time, error) {
	if _, err := s.c.ExecContext(ctx,
		`INSERT INTO meta (key, value) VALUES ('first_started', $1) ON CONFLICT (key) DO NOTHING`,
		dbTime(orNow(now))); err != nil {
		return time.Time{}, fmt.Errorf("recording first start: %w", err)
	}
	var v sql.NullString
	if err := s.c.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'first_started'`).Scan(&v); err != nil {
		return time.Time{}, fmt.Errorf("reading first start: %w", err)
	}
	return parseTime(v)
}

// MailboxStatus is where the daemon stands in one watched mailbox.
type MailboxStatus struct {
	Account, Mailbox string
	UIDValidity      uint32
	LastUID          uint32
	LastProcessed    time.Time // when its newest message was processed; zero if none
}

// Mailboxes returns the state of every mailbox the daemon has synced, by
// account and name.
func (s *Store) Mailboxes(ctx context.Context) ([]MailboxStatus, error) {
	rows, err := s.c.QueryContext(ctx, `
		SELECT b.account, b.mailbox, b.uidvalidity, b.last_uid,
			(SELECT MAX(m.processed_at) FROM messages m WHERE m.account = b.account AND m.mailbox = b.mailbox)
		FROM mailboxes b ORDER BY b.account, b.mailbox`)
	if err != nil {
		return nil, fmt.Errorf("reading mailboxes: %w", err)
	}
	defer rows.Close()
	var out []MailboxStatus
	for rows.Next() {
		var m MailboxStatus
		var last sql.NullString
		if err := rows.Scan(&m.Account, &m.Mailbox, &m.UIDValidity, &m.LastUID, &last); err != nil {
			return nil, fmt.Errorf("reading mailboxes: %w", err)
		}
		if m.LastProcessed, err = parseTime(last); err != nil {
			return nil, fmt.Errorf("reading mailboxes: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading mailboxes: %w", err)
	}
	return out, nil
}

// Known returns which of ids were recorded, as processed messages or with
// a draft: the others are new, and nothing stored needs to be looked up for
// them.
func (s *Store) Known(ctx context.Context, ids []string) (map[string]bool, error) {
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("looking up messages: %w", err)
	}
	rows, err := s.c.QueryContext(ctx, `
		SELECT message_id FROM messages WHERE message_id IN (SELECT value FROM json_each($1))
		UNION SELECT message_id FROM drafts WHERE message_id IN (SELECT value FROM json_each($1))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("looking up messages: %w", err)
	}
	defer rows.Close()
	known := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("looking up messages: %w", err)
		}
		known[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("looking up messages: %w", err)
	}
	return known, nil
}
