package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/scopeguard/scopeguard/internal/problem"
)

// ErrInvalid marks a configuration that failed validation; Load's error
// matches it with errors.Is when it is a list of Problems.
var ErrInvalid = errors.New("invalid configuration")

// Problem is one thing wrong in a configuration file, located by key path
// such as accounts[0].tls.
type Problem = problem.Problem

// Problems is every problem found in a configuration file, one per line.
type Problems []Problem

func (ps Problems) Error() string { return problem.Lines(ps) }

// Is lets errors.Is(err, ErrInvalid) match.
func (ps Problems) Is(target error) bool { return target == ErrInvalid }

// Load reads, checks and returns the configuration at path. Every problem
// is reported at once as Problems; a file that cannot be read gives a plain
// wrapped error. Warnings (settings that work but weaken security) are in
// Config.Warnings.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("loading config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("loading config %s: %w", path, err)
	}
	return Parse(path, filepath.Dir(abs), data)
}

// Parse checks configuration data; name is used in messages and dir is the
// directory relative paths are resolved against.
func Parse(name, dir string, data []byte) (*Config, error) {
	var raw rawConfig
	md, err := toml.Decode(string(data), &raw)
	if err != nil {
		return nil, Problems{decodeProblem(name, err)}
	}
	v := &validator{file: name, dir: dir}
	v.unknownKeys(md)
	cfg := v.config(&raw)
	cfg.Path = name
	if len(v.problems) > 0 {
		return nil, v.problems
	}
	cfg.Warnings = v.warnings
	return cfg, nil
}

func decodeProblem(name string, err error) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return Problem{File: name, Msg: fmt.Sprintf("line %d: %s", pe.Position.Line, pe.Message)}
	}
	// Structural mismatches such as owner = "x" where a table is expected.
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	if m := mismatchRE.FindStringSubmatch(msg); m != nil {
		switch key := m[2]; {
		case arrayTables[key]:
			return Problem{File: name, Key: key, Msg: fmt.Sprintf("must be [[%s]] tables (line %s)", key, m[1])}
		case !strings.Contains(key, "."):
			return Problem{File: name, Key: key, Msg: fmt.Sprintf("must be a [%s] table (line %s)", key, m[1])}
		}
	}
	return Problem{File: name, Msg: msg}
}

// mismatchRE matches the decoder's message for a table written as a value.
var mismatchRE = regexp.MustCompile(`^line (\d+) \(last key "([^"]+)"\): (?:incompatible types|type mismatch)`)

// arrayTables are the keys written as [[name]]; their elements are numbered
// in key paths.
var arrayTables = map[string]bool{"accounts": true}

// literalSecrets are keys people try first; each gets a pointed hint.
var literalSecrets = map[string]string{
	"password": "a password in the config file is not allowed: use password_command, password_file or password_env",
	"token":    "a token in the config file is not allowed: use token_command, token_file or token_env",
}

// unknownKeys reports keys the raw structs did not take. Keys come in
// document order, so counting [[accounts]] headers gives each key its index.
func (v *validator) unknownKeys(md toml.MetaData) {
	undecoded := map[string]bool{}
	for _, k := range md.Undecoded() {
		undecoded[k.String()] = true
	}
	index := map[string]int{}
	var reported []string // unknown tables: their keys are not reported again
	for _, k := range md.Keys() {
		s := k.String()
		if len(k) == 1 && arrayTables[s] {
			index[s]++
		}
		last := k[len(k)-1]
		folded := last != strings.ToLower(last) // the decoder matches field names case-insensitively
		if !undecoded[s] && !folded {
			continue
		}
		if under(s, reported) {
			continue
		}
		reported = append(reported, s)
		path := keyPath(k, index)
		switch {
		case literalSecrets[last] != "":
			v.errf(path, "%s", literalSecrets[last])
		case folded:
			v.errf(path, "unknown key (keys are lower case: %s)", strings.ToLower(last))
		default:
			v.errf(path, "unknown key%s", suggest(last))
		}
	}
}

func under(key string, tables []string) bool {
	for _, t := range tables {
		if strings.HasPrefix(key, t+".") {
			return true
		}
	}
	return false
}

// keyPath renders a key as accounts[1].host, using the current index of
// each [[array table]] it is in.
func keyPath(k toml.Key, index map[string]int) string {
	var b strings.Builder
	for i, part := range k {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(part)
		if i < len(k)-1 && arrayTables[strings.Join(k[:i+1], ".")] && index[part] > 0 {
			fmt.Fprintf(&b, "[%d]", index[part]-1)
		}
	}
	return b.String()
}

// suggest returns " (did you mean X?)" when a known key is one or two edits
// away from an unknown one.
func suggest(key string) string {
	best, bestD := "", 3
	for _, k := range knownLeafKeys() {
		if d := editDistance(key, k); d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %s?)", best)
}

// knownLeafKeys lists the distinct key names of the format.
func knownLeafKeys() []string {
	set := map[string]bool{}
	for _, k := range Keys() {
		set[k[strings.LastIndexByte(k, '.')+1:]] = true
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
