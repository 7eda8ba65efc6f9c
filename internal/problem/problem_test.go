package problem

import "testing"

func TestLines(t *testing.T) {
	ps := []Problem{
		{File: "a.toml", Key: "owner.email", Msg: "required"},
		{File: "a.toml", Msg: "line 3: expected '='"},
	}
	want := "a.toml: owner.email: required\na.toml: line 3: expected '='"
	if got := Lines(ps); got != want {
		t.Errorf("Lines = %q, want %q", got, want)
	}
	if got := Lines(nil); got != "" {
		t.Errorf("Lines(nil) = %q", got)
	}
}
