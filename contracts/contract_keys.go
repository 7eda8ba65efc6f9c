package contracts

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// arrayTables are the [[name]] tables of the format; their elements are
// numbered in key paths (deliverables[1].id).
var arrayTables = []string{"deliverables", "exclusions", "rates"}

func isArrayTable(name string) bool {
	for _, t := range arrayTables {
		if t == name {
			return true
		}
	}
	return false
}

// unknownKeys reports the keys the Contract struct did not take, once per
// unknown table. md.Keys is in document order, so counting [[name]] headers
// gives each key its array index.
func unknownKeys(file string, md toml.MetaData) Problems {
	undecoded := map[string]bool{}
	for _, k := range md.Undecoded() {
		undecoded[k.String()] = true
	}
	var ps Problems
	index := map[string]int{}
	var reported []string
	for _, k := range md.Keys() {
		s := k.String()
		if len(k) == 1 && isArrayTable(s) {
			index[s]++
		}
		last := k[len(k)-1]
		folded := last != strings.ToLower(last) // the decoder matches names case-insensitively
		if (!undecoded[s] && !folded) || under(s, reported) {
			continue
		}
		reported = append(reported, s)
		msg := "unknown key"
		if folded {
			msg = "unknown key (keys are lower case: " + strings.ToLower(last) + ")"
		}
		ps = append(ps, Problem{File: file, Key: indexedKey(k, index), Msg: msg})
	}
	return ps
}

func under(key string, tables []string) bool {
	for _, t := range tables {
		if strings.HasPrefix(key, t+".") {
			return true
		}
	}
	return false
}

// indexedKey renders deliverables.name as deliverables[i].name, with i the
// current (last seen) element of the array table.
func indexedKey(k toml.Key, index map[string]int) string {
	if len(k) > 1 && isArrayTable(k[0]) && index[k[0]] > 0 {
		return fmt.Sprintf("%s[%d].%s", k[0], index[k[0]]-1, strings.Join(k[1:], "."))
	}
	return k.String()
}

// mismatchRE matches the decoder's type errors, which it reports as plain
// errors rather than ParseError.
var mismatchRE = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]+)"\): ` +
	`(?:incompatible types: TOML value has type (\S+); destination has type (\S+)|` +
	`type mismatch for \S+: expected (table) but found (\S+))`)

// decodeProblem turns a decoding error into one located problem. The
// decoder stops at the first one, so only one is reported.
func decodeProblem(file string, data []byte, err error) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return Problem{File: file, Key: keyAtLine(data, pe.LastKey, pe.Position.Line),
			Msg: fmt.Sprintf("%s (line %d)", pe.Message, pe.Position.Line)}
	}
	m := mismatchRE.FindStringSubmatch(err.Error())
	if m == nil {
		return Problem{File: file, Msg: strings.TrimPrefix(err.Error(), "toml: ")}
	}
	line, _ := strconv.Atoi(m[1])
	got, want := m[3], m[4]
	if m[5] != "" {
		want, got = m[5], m[6]
	}
	return Problem{File: file, Key: keyAtLine(data, m[2], line),
		Msg: fmt.Sprintf("want %s, got %s (line %d)", goTypeName(want), goTypeName(got), line)}
}

// keyAtLine adds the array index to a dotted key from an error, counting
// the [[table]] headers above the line the error is on.
func keyAtLine(data []byte, key string, line int) string {
	table, rest, ok := strings.Cut(key, ".")
	if !ok || !isArrayTable(table) || line <= 0 {
		return key
	}
	header := regexp.MustCompile(`^\s*\[\[\s*` + regexp.QuoteMeta(table) + `\s*\]\]`)
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	for i := 1; sc.Scan() && i <= line; i++ {
		if header.Match(sc.Bytes()) {
			n++
		}
	}
	if n == 0 {
		return key
	}
	return fmt.Sprintf("%s[%d].%s", table, n-1, rest)
}

// goTypeName names the decoder's types the way a contract author would.
func goTypeName(t string) string {
	switch {
	case t == "string":
		return "a string"
	case strings.HasPrefix(t, "int"), t == "integer":
		return "an integer"
	case strings.HasPrefix(t, "float"):
		return "a number"
	case t == "bool":
		return "true or false"
	case strings.HasPrefix(t, "[]"), t == "slice", t == "array":
		return "an array"
	case strings.HasPrefix(t, "map"), t == "table", t == "struct":
		return "a table"
	case t == "time.Time":
		return "a date"
	}
	return t
}
