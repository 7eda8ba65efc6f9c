// Package notify turns scope decisions into what the owner sees: diplomatic
// reply drafts with change-order PDFs for the client, and the owner's daily
// digest.
//
// Replies and change orders are pure functions of their inputs (contract,
// verdict, message, ledger facts, configuration and a clock passed in): the
// same input gives the same bytes, so drafts can be retried and tested with
// golden files. This package never sends a reply: drafts go to the Drafts
// folder, and the only mail it builds for sending is the digest, addressed to
// the owner alone. It does not read the store for replies; the caller passes
// the ledger facts in.
package notify
