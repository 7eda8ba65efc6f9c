// Package contracts owns the meaning of a client email: it loads contract
// files (the v1 TOML format of shared/spec/contract-format.md), routes a
// sender to its contract, and runs the scope engine that turns the new text
// of a message plus the revision ledger into a verdict with its reasons.
//
// It is pure: no network, no database, no clock. The only I/O is reading
// contract files from disk. Callers pass the ledger and today's date in.
package contracts
