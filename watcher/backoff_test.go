package watcher

import (
	"context"
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	b := backoff{min: time.Second, max: 30 * time.Second}
	// Nominal delays double up to max; jitter keeps each within ±25%.
	for i, nominal := range []time.Duration{1, 2, 4, 8, 16, 30, 30, 30} {
		nominal *= time.Second
		d := b.next()
		if d < nominal*3/4 || d > nominal*5/4 {
			t.Errorf("attempt %d: delay %v, want %v ±25%%", i, d, nominal)
		}
	}
	b.reset()
	if d := b.next(); d > 1250*time.Millisecond {
		t.Errorf("after reset: delay %v, want about 1s", d)
	}
	for i := 0; i < 100; i++ { // no overflow however long it fails
		if d := b.next(); d <= 0 || d > 38*time.Second {
			t.Fatalf("attempt %d: delay %v", i, d)
		}
	}
}

func TestSleepEndsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if sleep(ctx, time.Hour) {
		t.Error("sleep completed despite a cancelled context")
	}
	if !sleep(context.Background(), time.Millisecond) {
		t.Error("sleep did not complete")
	}
}

func TestPermanent(t *testing.T) {
	if Permanent(nil) != nil {
		t.Error("Permanent(nil) != nil")
	}
	err := Permanent(errBusy)
	if !isPermanent(err) || isPermanent(errBusy) {
		t.Errorf("Permanent marks wrong: %v", err)
	}
}
