package message

import "testing"

func TestUnflow(t *testing.T) {
	tests := []struct {
		in    string
		delsp bool
		want  string
	}{
		{"one \ntwo\nthree", false, "one two\nthree"},
		{"stuffed\n From me\n >not a quote", false, "stuffed\nFrom me\n>not a quote"},
		{"> quoted \n> line\nnew", false, "> quoted line\nnew"},
		{">> deep \n> shallow", false, ">> deep \n> shallow"},
		{"-- \nsig", false, "-- \nsig"},
		{"cou \npé", true, "coupé"},
		{"crlf \r\nends", false, "crlf ends"},
		{"", false, ""},
	}
	for _, tt := range tests {
		if got := unflow(tt.in, tt.delsp); got != tt.want {
			t.Errorf("unflow(%q, %v) = %q, want %q", tt.in, tt.delsp, got, tt.want)
		}
	}
}

func TestFixC1(t *testing.T) {
	tests := map[string]string{
		"plain":                     "plain",
		"\u0080 \u0092 \u0096":      "€ ’ –",
		"\u0081 kept":               "\u0081 kept", // unused in windows-1252
		"é à ç (no C1)":             "é à ç (no C1)",
		"\u00c2\u0080 mixed \u009c": "Â€ mixed œ",
	}
	for in, want := range tests {
		if got := fixC1(in); got != want {
			t.Errorf("fixC1(%q) = %q, want %q", in, got, want)
		}
	}
}
