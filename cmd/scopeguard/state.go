package main

import (
	"fmt"
	"os"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/scopeguard/scopeguard/contracts"
)

// caseFile is a labelled corpus case (shared/spec/eval-corpus.md).
type caseFile struct {
	Contract string `toml:"contract"`
	State    struct {
		RevisionsUsed map[string]int `toml:"revisions_used"`
		Today         contracts.Date `toml:"today"`
	} `toml:"state"`
	Expect struct {
		Verdict     string `toml:"verdict"`
		Deliverable string `toml:"deliverable"`
		Note        string `toml:"note"`
	} `toml:"expect"`
}

func readCaseFile(path string) (*caseFile, error) {
	var cf caseFile
	if _, err := toml.DecodeFile(path, &cf); err != nil {
		return nil, fmt.Errorf("reading case %s: %w", path, err)
	}
	return &cf, nil
}

// loadCaseState reads the ledger and date of a corpus case file, used to seed
// a fresh ledger instead of the database.
func loadCaseState(path string) (contracts.Ledger, time.Time, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, time.Time{}, fmt.Errorf("reading case: %w", err)
	}
	cf, err := readCaseFile(path)
	if err != nil {
		return nil, time.Time{}, err
	}
	l := contracts.Ledger{}
	for k, v := range cf.State.RevisionsUsed {
		l[k] = v
	}
	return l, cf.State.Today.Time, nil
}
