package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/store"
)

// The owner turns a wrongly counted out-of-scope request into a poster
// revision: the ledger gains the round, and a wrong deliverable or verdict
// is refused with the choices.
func TestCorrect(t *testing.T) {
	cfg, _, db := digestTestSetup(t)
	run := func(args ...string) (int, string, string) { return runCorrect(t, cfg, args...) }
	code, out, errs := run("--deliverable", "affiche", "<x1@exemple.test>", "revision")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"out_of_scope -> revision of affiche", "a revision round was added", "ledger of exemple-fr: affiche 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if r, _ := st.ResultFor(context.Background(), "x1@exemple.test"); r == nil || r.Verdict != contracts.Revision || r.Deliverable != "affiche" {
		t.Errorf("stored result = %+v", r)
	}

	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"x1@exemple.test", "revision"}, 2, "needs --deliverable"},
		{[]string{"--deliverable", "logo", "x1@exemple.test", "revision"}, 2, "has no deliverable \"logo\" (it has plaquette, affiche, kit)"},
		{[]string{"x1@exemple.test", "maybe"}, 2, "is not a verdict"},
		{[]string{"--deliverable", "affiche", "x1@exemple.test", "in_scope"}, 2, "only with revision"},
		{[]string{"nobody@exemple.test", "in_scope"}, 1, "no verdict recorded"},
	} {
		code, _, errs := run(tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("correct %v = exit %d, %q; want exit %d with %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
}

func runCorrect(t *testing.T, cfg string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = realMain(append([]string{"correct", "-c", cfg}, args...), &out, &errb)
	return code, out.String(), errb.String()
}
