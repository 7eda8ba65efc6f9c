-- Version 3: messages scopeguard could not process (unreadable, or an
-- internal error), so the digest can tell the owner instead of the log alone.

CREATE TABLE failures (
	account     TEXT    NOT NULL,
	mailbox     TEXT    NOT NULL,
	uidvalidity INTEGER NOT NULL,
	uid         INTEGER NOT NULL,
	message_id  TEXT    NOT NULL DEFAULT '',
	from_addr   TEXT    NOT NULL DEFAULT '',
	subject     TEXT    NOT NULL DEFAULT '',
	error       TEXT    NOT NULL,
	at          TEXT    NOT NULL,
	PRIMARY KEY (account, mailbox, uidvalidity, uid)
);
CREATE INDEX failures_at ON failures (at);
