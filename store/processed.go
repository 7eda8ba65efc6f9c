package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/scopeguard/scopeguard/contracts"
)

// maxExcerpt bounds the stored excerpt (in runes) so whole bodies never land
// in the database by mistake.
const maxExcerpt = 300

// Processed is one message the daemon has handled.
type Processed struct {
	MessageID, Account, Mailbox string
	UIDValidity, UID            uint32
	From, Subject               string
	Date                        time.Time
	Excerpt                     string
	Result                      contracts.Result // Contract "" = unknown sender: record the message only
	ProcessedAt                 time.Time        // zero = now
}

// Round is one revision round used on a deliverable.
type Round struct {
	Deliverable, MessageID string
	Number                 int
	UsedOn                 time.Time // the day, at midnight UTC
}

// CountsAsRound reports whether a verdict uses up a revision round (and
// RecordProcessed adds one to the ledger).
func CountsAsRound(r contracts.Result) bool {
	return (r.Verdict == contracts.Revision || r.Verdict == contracts.RevisionOverLimit) && r.Deliverable != ""
}

// RecordProcessed stores a processed message, its verdict and (for revision
// verdicts) the revision round it uses, in one transaction. If the
// Message-ID was already recorded nothing changes and already is true.
// The round's day is the calendar day of p.Date in its own location (of
// ProcessedAt when Date is zero): pass local times.
func (s *Store) RecordProcessed(ctx context.Context, p Processed) (already bool, err error) {
	if p.MessageID == "" {
		return false, errors.New("recording message: empty message id")
	}
	p.ProcessedAt = orNow(p.ProcessedAt)
	err = s.tx(ctx, func(tx conn) error {
		res, err := tx.ExecContext(ctx, `
			INSERT INTO messages (message_id, account, mailbox, uidvalidity, uid, from_addr, subject, date, contract, processed_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
			ON CONFLICT (message_id) DO NOTHING`,
			p.MessageID, p.Account, p.Mailbox, p.UIDValidity, p.UID, p.From, p.Subject,
			dbTime(p.Date), p.Result.Contract, dbTime(p.ProcessedAt))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			already = true
			return nil
		}
		if p.Result.Contract == "" {
			return nil
		}
		if err := insertVerdict(ctx, tx, p); err != nil {
			return err
		}
		if CountsAsRound(p.Result) {
			return insertRound(ctx, tx, p)
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("recording message %s: %w", p.MessageID, err)
	}
	return already, nil
}

func insertVerdict(ctx context.Context, tx conn, p Processed) error {
	r := p.Result
	reasons := r.Reasons
	if reasons == nil {
		reasons = []contracts.Reason{}
	}
	rj, err := json.Marshal(reasons)
	if err != nil {
		return fmt.Errorf("encoding reasons: %w", err)
	}
	whole, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encoding result: %w", err)
	}
	_, err = tx.ExecContext(ctx, `
		INSERT INTO verdicts (message_id, contract, verdict, deliverable, exclusion, language, reasons, excerpt, tension, created_at, result)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
		p.MessageID, r.Contract, string(r.Verdict), r.Deliverable, r.Exclusion, r.Language,
		string(rj), truncate(p.Excerpt, maxExcerpt), r.Tension, dbTime(p.ProcessedAt), string(whole))
	return err
}

// insertRound numbers the round after the highest one; the transaction holds
// the write lock, so no other writer can take the same number.
func insertRound(ctx context.Context, tx conn, p Processed) error {
	day := p.Date
	if day.IsZero() {
		day = p.ProcessedAt
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO revision_rounds (contract, deliverable, message_id, used_on, round)
		SELECT $1, $2, $3, $4, COALESCE(MAX(round), 0) + 1
		FROM revision_rounds WHERE contract = $1 AND deliverable = $2`,
		p.Result.Contract, p.Result.Deliverable, p.MessageID, day.Format(dayLayout))
	return err
}

// Ledger returns the revision rounds used so far on each deliverable of a
// contract.
func (s *Store) Ledger(ctx context.Context, contract string) (contracts.Ledger, error) {
	rows, err := s.c.QueryContext(ctx,
		`SELECT deliverable, COUNT(*) FROM revision_rounds WHERE contract = $1 GROUP BY deliverable`, contract)
	if err != nil {
		return nil, fmt.Errorf("reading ledger of %s: %w", contract, err)
	}
	defer rows.Close()
	l := contracts.Ledger{}
	for rows.Next() {
		var d string
		var n int
		if err := rows.Scan(&d, &n); err != nil {
			return nil, fmt.Errorf("reading ledger of %s: %w", contract, err)
		}
		l[d] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading ledger of %s: %w", contract, err)
	}
	return l, nil
}

// Rounds returns the first limit revision rounds used on one deliverable
// (all of them if limit <= 0), in order.
func (s *Store) Rounds(ctx context.Context, contract, deliverable string, limit int) ([]Round, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.c.QueryContext(ctx, `
		SELECT deliverable, message_id, round, used_on FROM revision_rounds
		WHERE contract = $1 AND deliverable = $2 ORDER BY round LIMIT $3`, contract, deliverable, limit)
	if err != nil {
		return nil, fmt.Errorf("reading rounds of %s/%s: %w", contract, deliverable, err)
	}
	defer rows.Close()
	var out []Round
	for rows.Next() {
		var r Round
		var day string
		if err := rows.Scan(&r.Deliverable, &r.MessageID, &r.Number, &day); err != nil {
			return nil, fmt.Errorf("reading rounds of %s/%s: %w", contract, deliverable, err)
		}
		if r.UsedOn, err = time.Parse(dayLayout, day); err != nil {
			return nil, fmt.Errorf("reading rounds of %s/%s: bad day %q: %w", contract, deliverable, day, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading rounds of %s/%s: %w", contract, deliverable, err)
	}
	return out, nil
}

// ResultFor returns the engine result stored with a message's verdict, or
// nil, nil when the message has none (unknown or unseen).
func (s *Store) ResultFor(ctx context.Context, messageID string) (*contracts.Result, error) {
	var js string
	err := s.c.QueryRowContext(ctx, `SELECT result FROM verdicts WHERE message_id = $1`, messageID).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading verdict of %s: %w", messageID, err)
	}
	var r contracts.Result
	if err := json.Unmarshal([]byte(js), &r); err != nil {
		return nil, fmt.Errorf("reading verdict of %s: %w", messageID, err)
	}
	return &r, nil
}

// MarkAnswered records that the owner answered a message (the digest then
// stops listing it as waiting).
func (s *Store) MarkAnswered(ctx context.Context, messageID string, at time.Time) error {
	res, err := s.c.ExecContext(ctx,
		`UPDATE messages SET answered_at = COALESCE(answered_at, $2) WHERE message_id = $1`,
		messageID, dbTime(orNow(at)))
	if err != nil {
		return fmt.Errorf("marking %s answered: %w", messageID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("marking %s answered: %w", messageID, ErrNotFound)
	}
	return nil
}

// truncate cuts s to at most n runes, on a rune boundary, adding "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for i = range s {
		if k == n-1 {
			break
		}
		k++
	}
	return s[:i] + "…"
}
