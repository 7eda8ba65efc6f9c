package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Draft statuses.
const (
	DraftPending  = "pending"
	DraftAppended = "appended"
)

// Draft is a reply draft for one client message. The intent is recorded
// before the IMAP APPEND and marked appended after it, so a crash in between
// is found (PendingDrafts) and resolved by searching Drafts for DraftID.
type Draft struct {
	MessageID, Account, DraftID string
	Raw                         []byte
	Status                      string
	DraftUID                    uint32
	CreatedAt, AppendedAt       time.Time
}

// RecordDraftIntent records a pending draft. It is idempotent on MessageID:
// if a draft exists for the message, it is kept unchanged (its DraftID may
// already be in the mailbox). CreatedAt defaults to now.
func (s *Store) RecordDraftIntent(ctx context.Context, d Draft) error {
	if d.MessageID == "" || d.DraftID == "" {
		return fmt.Errorf("recording draft for %q: empty message id or draft id", d.MessageID)
	}
	if d.Raw == nil {
		d.Raw = []byte{}
	}
	_, err := s.c.ExecContext(ctx, `
		INSERT INTO drafts (message_id, account, draft_id, raw, status, created_at)
		VALUES ($1, $2, $3, $4, 'pending', $5) ON CONFLICT (message_id) DO NOTHING`,
		d.MessageID, d.Account, d.DraftID, d.Raw, dbTime(orNow(d.CreatedAt)))
	if err != nil {
		return fmt.Errorf("recording draft for %s: %w", d.MessageID, err)
	}
	return nil
}

// MarkDraftAppended records that the draft is in the mailbox with this UID
// (0 when the server gave none). Marking again updates the UID.
func (s *Store) MarkDraftAppended(ctx context.Context, messageID string, uid uint32, at time.Time) error {
	res, err := s.c.ExecContext(ctx, `
		UPDATE drafts SET status = 'appended', draft_uid = $2, appended_at = $3 WHERE message_id = $1`,
		messageID, uid, dbTime(orNow(at)))
	if err != nil {
		return fmt.Errorf("marking draft for %s appended: %w", messageID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("marking draft for %s appended: %w", messageID, ErrNotFound)
	}
	return nil
}

const draftColumns = `message_id, account, draft_id, raw, status, draft_uid, created_at, appended_at`

// DraftFor returns the draft for a client message, or nil, nil.
func (s *Store) DraftFor(ctx context.Context, messageID string) (*Draft, error) {
	ds, err := s.queryDrafts(ctx, `SELECT `+draftColumns+` FROM drafts WHERE message_id = $1`, messageID)
	if err != nil {
		return nil, fmt.Errorf("reading draft for %s: %w", messageID, err)
	}
	if len(ds) == 0 {
		return nil, nil
	}
	return &ds[0], nil
}

// PendingDrafts returns the drafts of an account (of every account when
// account is "") not yet appended, oldest first.
func (s *Store) PendingDrafts(ctx context.Context, account string) ([]Draft, error) {
	ds, err := s.queryDrafts(ctx, `SELECT `+draftColumns+` FROM drafts
		WHERE status = 'pending' AND ($1 = '' OR account = $1) ORDER BY created_at, message_id`, account)
	if err != nil {
		return nil, fmt.Errorf("reading pending drafts of %q: %w", account, err)
	}
	return ds, nil
}

func (s *Store) queryDrafts(ctx context.Context, query string, args ...any) ([]Draft, error) {
	rows, err := s.c.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Draft
	for rows.Next() {
		var d Draft
		var created, appended sql.NullString
		if err := rows.Scan(&d.MessageID, &d.Account, &d.DraftID, &d.Raw, &d.Status, &d.DraftUID,
			&created, &appended); err != nil {
			return nil, err
		}
		if d.CreatedAt, err = parseTime(created); err != nil {
			return nil, err
		}
		if d.AppendedAt, err = parseTime(appended); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
