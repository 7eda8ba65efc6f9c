package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/scopeguard/scopeguard/contracts"
)

// Digest run statuses.
const (
	DigestRecorded = "recorded"
	DigestSent     = "sent"
)

// DigestRun is one digest period, recorded before sending.
type DigestRun struct {
	ID                     int64
	PeriodStart, PeriodEnd time.Time
	Status                 string
	RecordedAt, SentAt     time.Time
}

// LastDigest returns the digest run with the latest period (any status), or
// nil, nil when none was ever recorded.
func (s *Store) LastDigest(ctx context.Context) (*DigestRun, error) {
	var r DigestRun
	var start, end, rec, sent sql.NullString
	err := s.c.QueryRowContext(ctx, `
		SELECT id, period_start, period_end, status, recorded_at, sent_at FROM digest_runs
		ORDER BY period_end DESC, id DESC LIMIT 1`).Scan(&r.ID, &start, &end, &r.Status, &rec, &sent)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading last digest: %w", err)
	}
	for _, f := range []struct {
		dst *time.Time
		src sql.NullString
	}{{&r.PeriodStart, start}, {&r.PeriodEnd, end}, {&r.RecordedAt, rec}, {&r.SentAt, sent}} {
		if *f.dst, err = parseTime(f.src); err != nil {
			return nil, fmt.Errorf("reading last digest: %w", err)
		}
	}
	return &r, nil
}

// RecordDigest records the period [start, end) before its digest is sent.
// A period overlapping a recorded one is ErrOverlap, so no stretch of time
// is ever reported twice.
func (s *Store) RecordDigest(ctx context.Context, start, end time.Time, at time.Time) (*DigestRun, error) {
	if !start.Before(end) {
		return nil, fmt.Errorf("recording digest: period start %s is not before end %s",
			start.Format(time.RFC3339), end.Format(time.RFC3339))
	}
	r := &DigestRun{
		PeriodStart: start.UTC().Truncate(time.Millisecond),
		PeriodEnd:   end.UTC().Truncate(time.Millisecond),
		Status:      DigestRecorded,
		RecordedAt:  orNow(at).UTC().Truncate(time.Millisecond),
	}
	err := s.tx(ctx, func(tx conn) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM digest_runs WHERE period_start < $2 AND period_end > $1`,
			dbTime(start), dbTime(end)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrOverlap
		}
		return tx.QueryRowContext(ctx, `
			INSERT INTO digest_runs (period_start, period_end, status, recorded_at) VALUES ($1, $2, 'recorded', $3)
			RETURNING id`, dbTime(start), dbTime(end), dbTime(r.RecordedAt)).Scan(&r.ID)
	})
	if err != nil {
		return nil, fmt.Errorf("recording digest for %s to %s: %w",
			start.Format(time.RFC3339), end.Format(time.RFC3339), err)
	}
	return r, nil
}

// MarkDigestSent records that a run's digest went out. Marking a run twice
// is ErrAlreadySent: the caller must not send it again.
func (s *Store) MarkDigestSent(ctx context.Context, id int64, at time.Time) error {
	err := s.tx(ctx, func(tx conn) error {
		var status string
		err := tx.QueryRowContext(ctx, `SELECT status FROM digest_runs WHERE id = $1`, id).Scan(&status)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return ErrNotFound
		case err != nil:
			return err
		case status == DigestSent:
			return ErrAlreadySent
		}
		_, err = tx.ExecContext(ctx, `UPDATE digest_runs SET status = 'sent', sent_at = $2 WHERE id = $1`,
			id, dbTime(orNow(at)))
		return err
	})
	if err != nil {
		return fmt.Errorf("marking digest run %d sent: %w", id, err)
	}
	return nil
}

// Activity is one classified client message, as the digest shows it.
type Activity struct {
	MessageID, Contract, From, Subject, Excerpt, Deliverable, Exclusion, Reason string
	Verdict                                                                     contracts.Verdict
	Date                                                                        time.Time // the message's Date, else when it was processed
	Tension                                                                     bool
	DraftStatus                                                                 string // "" when no draft
	Answered                                                                    bool   // the owner answered (MarkAnswered)
}

const activitySelect = `
	SELECT m.message_id, m.contract, m.from_addr, m.subject, v.excerpt, v.deliverable, v.exclusion, v.reasons,
		v.verdict, COALESCE(m.date, m.processed_at), v.tension, COALESCE(d.status, ''), m.answered_at IS NOT NULL
	FROM messages m JOIN verdicts v ON v.message_id = m.message_id
	LEFT JOIN drafts d ON d.message_id = m.message_id`

// Activity returns the classified messages processed in [since, until),
// grouped by contract, in processing order. Unknown senders are left out.
func (s *Store) Activity(ctx context.Context, since, until time.Time) ([]Activity, error) {
	as, err := s.queryActivity(ctx, activitySelect+`
		WHERE m.processed_at >= $1 AND m.processed_at < $2
		ORDER BY m.contract, m.processed_at, m.message_id`, dbTime(since), dbTime(until))
	if err != nil {
		return nil, fmt.Errorf("reading activity from %s to %s: %w", since.Format(time.RFC3339), until.Format(time.RFC3339), err)
	}
	return as, nil
}

// UnclearWaiting returns the unclear messages processed before until that
// nobody followed up: no later message from the same contract and no answer
// from the owner, both as of until.
func (s *Store) UnclearWaiting(ctx context.Context, until time.Time) ([]Activity, error) {
	as, err := s.queryActivity(ctx, activitySelect+`
		WHERE v.verdict = 'unclear' AND m.processed_at < $1 AND (m.answered_at IS NULL OR m.answered_at >= $1)
		AND NOT EXISTS (
			SELECT 1 FROM messages l WHERE l.contract = m.contract AND l.message_id <> m.message_id
			AND l.processed_at < $1
			AND COALESCE(l.date, l.processed_at) > COALESCE(m.date, m.processed_at))
		ORDER BY m.contract, m.processed_at, m.message_id`, dbTime(until))
	if err != nil {
		return nil, fmt.Errorf("reading unclear messages before %s: %w", until.Format(time.RFC3339), err)
	}
	for i := range as {
		as[i].Answered = false // as of until
	}
	return as, nil
}

func (s *Store) queryActivity(ctx context.Context, query string, args ...any) ([]Activity, error) {
	rows, err := s.c.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Activity
	for rows.Next() {
		var a Activity
		var reasons, verdict string
		var date sql.NullString
		if err := rows.Scan(&a.MessageID, &a.Contract, &a.From, &a.Subject, &a.Excerpt, &a.Deliverable,
			&a.Exclusion, &reasons, &verdict, &date, &a.Tension, &a.DraftStatus, &a.Answered); err != nil {
			return nil, err
		}
		a.Verdict = contracts.Verdict(verdict)
		if a.Date, err = parseTime(date); err != nil {
			return nil, err
		}
		a.Reason = reasonLine(reasons)
		out = append(out, a)
	}
	return out, rows.Err()
}

// maxReasonWords bounds the quoted words in a reason line (in runes).
const maxReasonWords = 80

// reasonLine summarises stored reasons as one line for the owner: the
// words that triggered the highest-weight reason that has any. The
// cue is an engine name, not for the owner (the digest already says the
// verdict). Unreadable JSON gives "" rather than failing the whole digest.
func reasonLine(js string) string {
	var rs []contracts.Reason
	if err := json.Unmarshal([]byte(js), &rs); err != nil || len(rs) == 0 {
		return ""
	}
	var best *contracts.Reason
	for i, r := range rs {
		if strings.TrimSpace(r.Words) != "" && (best == nil || r.Weight > best.Weight) {
			best = &rs[i]
		}
	}
	if best == nil {
		return ""
	}
	return truncate(strings.Join(strings.Fields(best.Words), " "), maxReasonWords)
}
