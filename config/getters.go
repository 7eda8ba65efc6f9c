package config

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// validator collects problems and warnings while it builds a Config.
type validator struct {
	file     string
	dir      string // relative paths are resolved against it
	problems Problems
	warnings []string
}

func (v *validator) errf(key, format string, args ...any) {
	v.problems = append(v.problems, Problem{File: v.file, Key: key, Msg: fmt.Sprintf(format, args...)})
}

func (v *validator) warnf(key, format string, args ...any) {
	v.warnings = append(v.warnings, Problem{File: v.file, Key: key, Msg: fmt.Sprintf(format, args...)}.Error())
}

func (v *validator) wrongType(key, want string, x value) {
	v.errf(key, "want %s, got %s", want, typeName(x.v))
}

// str returns the string at key, or def when it is absent or wrongly typed.
func (v *validator) str(key string, x value, def string) string {
	if !x.set {
		return def
	}
	s, ok := x.v.(string)
	if !ok {
		v.wrongType(key, "a string", x)
		return def
	}
	return s
}

func (v *validator) boolean(key string, x value, def bool) bool {
	if !x.set {
		return def
	}
	b, ok := x.v.(bool)
	if !ok {
		v.wrongType(key, "true or false", x)
		return def
	}
	return b
}

// integer returns the integer at key, checked against [lo, hi].
func (v *validator) integer(key string, x value, def, lo, hi int) int {
	if !x.set {
		return def
	}
	n, ok := x.v.(int64)
	if !ok {
		v.wrongType(key, "an integer", x)
		return def
	}
	if n < int64(lo) || n > int64(hi) {
		v.errf(key, "%d is not between %d and %d", n, lo, hi)
		return def
	}
	return int(n)
}

// number accepts an integer or a float.
func (v *validator) number(key string, x value, def float64) (float64, bool) {
	if !x.set {
		return def, true
	}
	switch n := x.v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	v.wrongType(key, "a number", x)
	return def, false
}

// oneOf returns the string at key when it is one of allowed.
func (v *validator) oneOf(key string, x value, def string, allowed ...string) string {
	s := v.str(key, x, def)
	if !slices.Contains(allowed, s) {
		v.errf(key, "%q is not one of %s", s, strings.Join(allowed, ", "))
		return def
	}
	return s
}

// strs returns the array of strings at key; nil when an element is not a
// string (each such element is reported).
func (v *validator) strs(key string, x value, def []string) []string {
	if !x.set {
		return def
	}
	list, ok := x.v.([]any)
	if !ok {
		v.wrongType(key, "an array of strings", x)
		return def
	}
	out := make([]string, 0, len(list))
	bad := false
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			v.errf(fmt.Sprintf("%s[%d]", key, i), "want a string, got %s", typeName(e))
			bad = true
		}
		out = append(out, s)
	}
	if bad {
		return nil
	}
	return out
}

// duration parses a Go duration string such as "2m" or "90s".
func (v *validator) duration(key string, x value, def, least time.Duration) time.Duration {
	if !x.set {
		return def
	}
	s, ok := x.v.(string)
	if !ok {
		v.wrongType(key, `a duration string such as "2m"`, x)
		return def
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		v.errf(key, `%q is not a duration (write e.g. "90s", "2m", "1h")`, s)
		return def
	}
	if d < least {
		v.errf(key, "%s is shorter than the minimum %s", d, least)
		return def
	}
	return d
}

// date accepts a TOML date or datetime, or a string in RFC 3339 or
// YYYY-MM-DD form; a day without time starts at midnight in loc.
func (v *validator) date(key string, x value, loc *time.Location) time.Time {
	if !x.set {
		return time.Time{}
	}
	const want = `a date like 2026-11-01 or "2026-11-01T08:00:00+01:00"`
	switch t := x.v.(type) {
	case time.Time:
		switch t.Location().String() {
		case "time-local":
			v.errf(key, "a time of day is not %s", want)
			return time.Time{}
		case "date-local", "datetime-local": // no offset written: the owner's zone
			return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
		}
		return t
	case string:
		if d, err := time.ParseInLocation("2006-01-02", t, loc); err == nil {
			return d
		}
		if d, err := time.Parse(time.RFC3339, t); err == nil {
			return d
		}
		v.errf(key, "%q is not %s", t, want)
		return time.Time{}
	}
	v.wrongType(key, want, x)
	return time.Time{}
}

// path resolves a relative path against the config file's directory.
func (v *validator) path(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(v.dir, p)
}
