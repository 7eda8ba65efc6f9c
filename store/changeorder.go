package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Change order statuses.
const (
	COProposed = "proposed"
	COAccepted = "accepted"
	CODeclined = "declined"
)

// ChangeOrder is one numbered change order.
type ChangeOrder struct {
	Number, Contract, MessageID, Currency, Status, PDFPath string
	Amount                                                 float64
	CreatedAt                                              time.Time
}

// NextChangeOrderNumber allocates the next change order number of a year,
// like "CO-2026-001", in its own committed transaction: a number handed out
// is never handed out again, even if the caller never uses it.
func (s *Store) NextChangeOrderNumber(ctx context.Context, year int) (string, error) {
	if year < 1 || year > 9999 {
		return "", fmt.Errorf("allocating change order number: year %d out of range", year)
	}
	var seq int
	err := s.tx(ctx, func(tx conn) error {
		// Also step past any stored order, should the counter ever lag.
		return tx.QueryRowContext(ctx, `
			INSERT INTO change_order_counters (year, seq)
			VALUES ($1, 1 + (SELECT COALESCE(MAX(seq), 0) FROM change_orders WHERE year = $1))
			ON CONFLICT (year) DO UPDATE SET seq = MAX(seq, (SELECT COALESCE(MAX(seq), 0) FROM change_orders WHERE year = $1)) + 1
			RETURNING seq`, year).Scan(&seq)
	})
	if err != nil {
		return "", fmt.Errorf("allocating change order number for %d: %w", year, err)
	}
	return formatCONumber(year, seq), nil
}

func formatCONumber(year, seq int) string { return fmt.Sprintf("CO-%04d-%03d", year, seq) }

// parseCONumber splits "CO-2026-001" into its year and sequence.
func parseCONumber(n string) (year, seq int, err error) {
	// The round trip rejects trailing text, signs and odd padding.
	if k, _ := fmt.Sscanf(n, "CO-%d-%d", &year, &seq); k != 2 || seq < 1 || year < 1 || year > 9999 ||
		formatCONumber(year, seq) != n {
		return 0, 0, fmt.Errorf("bad change order number %q: want CO-YYYY-NNN", n)
	}
	return year, seq, nil
}

// AddChangeOrder stores a change order whose number came from
// NextChangeOrderNumber. Adding the same number for the same message again
// is a no-op; a number or message that already has another order is
// ErrConflict. Status defaults to proposed, CreatedAt to now.
func (s *Store) AddChangeOrder(ctx context.Context, co ChangeOrder) error {
	year, seq, err := parseCONumber(co.Number)
	if err != nil {
		return fmt.Errorf("adding change order: %w", err)
	}
	if co.Status == "" {
		co.Status = COProposed
	}
	co.CreatedAt = orNow(co.CreatedAt)
	err = s.tx(ctx, func(tx conn) error {
		var top int
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM change_order_counters WHERE year = $1`,
			year).Scan(&top); err != nil {
			return err
		}
		if seq > top {
			return errors.New("number was never allocated")
		}
		res, err := tx.ExecContext(ctx, `
			INSERT INTO change_orders (number, year, seq, contract, message_id, amount, currency, status, pdf_path, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
			co.Number, year, seq, co.Contract, co.MessageID, co.Amount, co.Currency, co.Status, co.PDFPath, dbTime(co.CreatedAt))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 1 {
			return err
		}
		var msg string
		err = tx.QueryRowContext(ctx, `SELECT message_id FROM change_orders WHERE number = $1`, co.Number).Scan(&msg)
		if err == nil && msg == co.MessageID {
			return nil
		}
		return ErrConflict
	})
	if err != nil {
		return fmt.Errorf("adding change order %s for message %s: %w", co.Number, co.MessageID, err)
	}
	return nil
}

// SetChangeOrderStatus records the client's answer to a change order.
func (s *Store) SetChangeOrderStatus(ctx context.Context, number, status string) error {
	res, err := s.c.ExecContext(ctx, `UPDATE change_orders SET status = $2 WHERE number = $1`, number, status)
	if err != nil {
		return fmt.Errorf("setting status of change order %s: %w", number, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("setting status of change order %s: %w", number, ErrNotFound)
	}
	return nil
}

const coColumns = `number, contract, message_id, amount, currency, status, pdf_path, created_at`

// ChangeOrderFor returns the change order made for a client message, or
// nil, nil when there is none.
func (s *Store) ChangeOrderFor(ctx context.Context, messageID string) (*ChangeOrder, error) {
	cos, err := s.queryChangeOrders(ctx, `SELECT `+coColumns+` FROM change_orders WHERE message_id = $1`, messageID)
	if err != nil {
		return nil, fmt.Errorf("reading change order of %s: %w", messageID, err)
	}
	if len(cos) == 0 {
		return nil, nil
	}
	return &cos[0], nil
}

// ChangeOrderTotal is the net amount of a contract's change orders, except
// the one made for exceptMessageID and those the client declined.
func (s *Store) ChangeOrderTotal(ctx context.Context, contract, exceptMessageID string) (float64, error) {
	var total float64
	err := s.c.QueryRowContext(ctx, `SELECT COALESCE(SUM(amount), 0) FROM change_orders
		WHERE contract = $1 AND message_id <> $2 AND status <> $3`, contract, exceptMessageID, CODeclined).Scan(&total)
	if err != nil {
		return 0, fmt.Errorf("adding up change orders of %s: %w", contract, err)
	}
	return total, nil
}

// ChangeOrders returns every change order of a contract, oldest first.
func (s *Store) ChangeOrders(ctx context.Context, contract string) ([]ChangeOrder, error) {
	cos, err := s.queryChangeOrders(ctx,
		`SELECT `+coColumns+` FROM change_orders WHERE contract = $1 ORDER BY year, seq`, contract)
	if err != nil {
		return nil, fmt.Errorf("reading change orders of %s: %w", contract, err)
	}
	return cos, nil
}

// ChangeOrdersBetween returns the change orders created in [since, until),
// oldest first.
func (s *Store) ChangeOrdersBetween(ctx context.Context, since, until time.Time) ([]ChangeOrder, error) {
	cos, err := s.queryChangeOrders(ctx, `SELECT `+coColumns+` FROM change_orders
		WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, year, seq`, dbTime(since), dbTime(until))
	if err != nil {
		return nil, fmt.Errorf("reading change orders from %s to %s: %w", since.Format(time.RFC3339), until.Format(time.RFC3339), err)
	}
	return cos, nil
}

func (s *Store) queryChangeOrders(ctx context.Context, query string, args ...any) ([]ChangeOrder, error) {
	rows, err := s.c.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ChangeOrder
	for rows.Next() {
		var co ChangeOrder
		var created sql.NullString
		if err := rows.Scan(&co.Number, &co.Contract, &co.MessageID, &co.Amount, &co.Currency,
			&co.Status, &co.PDFPath, &created); err != nil {
			return nil, err
		}
		if co.CreatedAt, err = parseTime(created); err != nil {
			return nil, err
		}
		out = append(out, co)
	}
	return out, rows.Err()
}
