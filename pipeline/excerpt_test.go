package pipeline

import "testing"

func TestExcerpt(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"  Bonjour,\n\n  pourriez-vous\tajouter ", 40, "Bonjour, pourriez-vous ajouter"},
		{"abc def", 7, "abc def"},
		{"abc def", 4, "abc…"},
		{"abc def", 5, "abc …"},
		{"été à\u00a0Nîmes", 5, "été …"},
		{"", 10, ""},
	}
	for _, tt := range tests {
		if got := excerpt(tt.in, tt.n); got != tt.want {
			t.Errorf("excerpt(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func BenchmarkExcerpt(b *testing.B) {
	text := ""
	for range 200 {
		text += "Pourriez-vous  ajouter une page\n"
	}
	b.ReportAllocs()
	for b.Loop() {
		excerpt(text, 240)
	}
}
