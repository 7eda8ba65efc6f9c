package watcher

import (
	"context"
	"math/rand/v2"
	"time"
)

// backoff grows a reconnect delay from min to max, doubling each failure,
// with ±25% jitter so that many accounts do not reconnect in lockstep.
type backoff struct {
	min, max time.Duration
	n        int
}

// next returns the delay before the next attempt and counts a failure.
func (b *backoff) next() time.Duration {
	d := b.min << min(b.n, 30)
	if d <= 0 || d > b.max {
		d = b.max
	}
	b.n++
	return jitter(d)
}

// reset is called after a healthy session.
func (b *backoff) reset() { b.n = 0 }

func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	// uniform in [0.75d, 1.25d)
	return d*3/4 + time.Duration(rand.Int64N(int64(d)/2+1))
}

// sleep waits for d or until ctx ends; it reports whether the wait completed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
