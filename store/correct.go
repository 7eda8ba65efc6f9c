package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/scopeguard/scopeguard/contracts"
)

// Correction is the owner's verdict for a message, replacing the engine's.
type Correction struct {
	MessageID   string
	Verdict     contracts.Verdict
	Deliverable string         // for revision verdicts, the deliverable whose round it uses
	Location    *time.Location // the owner's zone: the day a round is dated (nil = UTC)
	At          time.Time      // when the owner corrected it (zero = now)
}

// Corrected tells what a correction changed.
type Corrected struct {
	Contract                 string
	OldVerdict               contracts.Verdict
	OldDeliverable           string
	RoundRemoved, RoundAdded bool
	RenumberedDeliverables   []string         // whose rounds were numbered again
	Ledger                   contracts.Ledger // the contract's ledger afterwards
	// The message's change order and draft, left as they are: withdrawing
	// an order or deleting a draft is the owner's call.
	ChangeOrder, DraftStatus string
}

// CorrectVerdict replaces a message's verdict with the owner's, in one
// transaction: the stored result, and the revision ledger (the message's
// round is removed, or added in date order, and the rounds of the
// deliverables concerned are numbered again from 1). Later classifications
// read the corrected ledger. A message with no verdict is ErrNotFound.
func (s *Store) CorrectVerdict(ctx context.Context, c Correction) (*Corrected, error) {
	if c.Verdict.Severity() == 0 {
		return nil, fmt.Errorf("correcting %s: %q is not a verdict", c.MessageID, c.Verdict)
	}
	loc := c.Location
	if loc == nil {
		loc = time.UTC
	}
	at := orNow(c.At)
	var out Corrected
	err := s.tx(ctx, func(tx conn) error {
		var js string
		var date sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT v.contract, v.verdict, v.deliverable, v.result, m.date
			FROM verdicts v JOIN messages m ON m.message_id = v.message_id WHERE v.message_id = $1`,
			c.MessageID).Scan(&out.Contract, &out.OldVerdict, &out.OldDeliverable, &js, &date)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		var r contracts.Result
		if err := json.Unmarshal([]byte(js), &r); err != nil {
			return fmt.Errorf("reading the stored result: %w", err)
		}
		old := r
		r.Verdict, r.Deliverable = c.Verdict, c.Deliverable
		if c.Verdict != contracts.RevisionOverLimit && c.Verdict != contracts.Revision {
			r.RoundsUsed = 0
		}
		r.Reasons = append(r.Reasons, contracts.Reason{Cue: "owner_correction", Weight: 100,
			Detail: fmt.Sprintf("corrected by the owner on %s, was %s", at.In(loc).Format(dayLayout), old.Verdict)})
		whole, err := json.Marshal(r)
		if err != nil {
			return err
		}
		reasons, err := json.Marshal(r.Reasons)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE verdicts SET verdict = $1, deliverable = $2, result = $3, reasons = $4
			WHERE message_id = $5`, string(c.Verdict), c.Deliverable, string(whole), string(reasons), c.MessageID); err != nil {
			return err
		}

		// The ledger: out with the old round, in with the new, numbered again.
		res, err := tx.ExecContext(ctx, `DELETE FROM revision_rounds WHERE message_id = $1`, c.MessageID)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		out.RoundRemoved = n > 0
		touched := map[string]bool{}
		if out.RoundRemoved {
			touched[old.Deliverable] = true
		}
		if CountsAsRound(r) {
			t, err := parseTime(date)
			if err != nil {
				return err
			}
			if t.IsZero() {
				t = at
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO revision_rounds (contract, deliverable, message_id, used_on, round)
				SELECT $1, $2, $3, $4, COALESCE(MAX(round), 0) + 1 FROM revision_rounds WHERE contract = $1 AND deliverable = $2`,
				out.Contract, r.Deliverable, c.MessageID, t.In(loc).Format(dayLayout)); err != nil {
				return err
			}
			out.RoundAdded = true
			touched[r.Deliverable] = true
		}
		for d := range touched {
			if err := renumberRounds(ctx, tx, out.Contract, d); err != nil {
				return err
			}
			out.RenumberedDeliverables = append(out.RenumberedDeliverables, d)
		}
		sort.Strings(out.RenumberedDeliverables)

		var status sql.NullString
		if err := tx.QueryRowContext(ctx, `SELECT status FROM drafts WHERE message_id = $1`, c.MessageID).Scan(&status); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		out.DraftStatus = status.String
		var number sql.NullString
		if err := tx.QueryRowContext(ctx, `SELECT number FROM change_orders WHERE message_id = $1`, c.MessageID).Scan(&number); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		out.ChangeOrder = number.String
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("correcting %s: %w", c.MessageID, err)
	}
	if out.Ledger, err = s.Ledger(ctx, out.Contract); err != nil {
		return nil, err
	}
	return &out, nil
}

// renumberRounds numbers a deliverable's rounds 1, 2, ... in the order of
// the days they were used (then of their old numbers).
func renumberRounds(ctx context.Context, tx conn, contract, deliverable string) error {
	rows, err := tx.QueryContext(ctx, `SELECT message_id, used_on FROM revision_rounds
		WHERE contract = $1 AND deliverable = $2 ORDER BY used_on, round`, contract, deliverable)
	if err != nil {
		return err
	}
	type round struct{ id, day string }
	var rs []round
	for rows.Next() {
		var r round
		if err := rows.Scan(&r.id, &r.day); err != nil {
			rows.Close()
			return err
		}
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM revision_rounds WHERE contract = $1 AND deliverable = $2`, contract, deliverable); err != nil {
		return err
	}
	for i, r := range rs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO revision_rounds (contract, deliverable, message_id, used_on, round)
			VALUES ($1, $2, $3, $4, $5)`, contract, deliverable, r.id, r.day, i+1); err != nil {
			return err
		}
	}
	return nil
}
