package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
)

// newLogger builds the daemon's logger: "json" for log shippers, else text.
// Under systemd (JOURNAL_STREAM set) text lines carry a syslog "<N>" level
// prefix that journald reads, and no timestamp, which journald adds.
func newLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(strings.ToUpper(orDefault(level, "info")))); err != nil {
		return nil, fmt.Errorf("log level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "", "text":
	default:
		return nil, fmt.Errorf("log format %q: want text or json", format)
	}
	if os.Getenv("JOURNAL_STREAM") == "" {
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	opts.ReplaceAttr = func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 && (a.Key == slog.TimeKey || a.Key == slog.LevelKey) {
			return slog.Attr{}
		}
		return a
	}
	mu := &sync.Mutex{}
	return slog.New(&journalHandler{mu: mu, w: w, inner: slog.NewTextHandler(w, opts)}), nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// journalHandler prefixes each line with its syslog priority.
type journalHandler struct {
	mu    *sync.Mutex
	w     io.Writer
	inner slog.Handler
}

func (h *journalHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.inner.Enabled(ctx, l)
}

func (h *journalHandler) Handle(ctx context.Context, r slog.Record) error {
	prio := 6 // info
	switch {
	case r.Level >= slog.LevelError:
		prio = 3
	case r.Level >= slog.LevelWarn:
		prio = 4
	case r.Level < slog.LevelInfo:
		prio = 7
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, err := fmt.Fprintf(h.w, "<%d>", prio); err != nil {
		return err
	}
	return h.inner.Handle(ctx, r)
}

func (h *journalHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &journalHandler{mu: h.mu, w: h.w, inner: h.inner.WithAttrs(as)}
}

func (h *journalHandler) WithGroup(name string) slog.Handler {
	return &journalHandler{mu: h.mu, w: h.w, inner: h.inner.WithGroup(name)}
}
