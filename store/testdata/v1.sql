-- Version 1: the base schema. Never edit: add a new migration instead.
-- Times are TEXT "YYYY-MM-DDTHH:MM:SS.sssZ" in UTC (they sort as strings),
-- days are TEXT "YYYY-MM-DD".

CREATE TABLE mailboxes (
	account     TEXT    NOT NULL,
	mailbox     TEXT    NOT NULL,
	uidvalidity INTEGER NOT NULL,
	last_uid    INTEGER NOT NULL,
	PRIMARY KEY (account, mailbox)
);

CREATE TABLE messages (
	message_id   TEXT    NOT NULL PRIMARY KEY,
	account      TEXT    NOT NULL,
	mailbox      TEXT    NOT NULL,
	uidvalidity  INTEGER NOT NULL,
	uid          INTEGER NOT NULL,
	from_addr    TEXT    NOT NULL,
	subject      TEXT    NOT NULL,
	date         TEXT,
	contract     TEXT    NOT NULL DEFAULT '',
	processed_at TEXT    NOT NULL
);
CREATE INDEX messages_processed ON messages (processed_at);
CREATE INDEX messages_contract ON messages (contract, date);

CREATE TABLE verdicts (
	message_id  TEXT    NOT NULL UNIQUE REFERENCES messages (message_id),
	contract    TEXT    NOT NULL,
	verdict     TEXT    NOT NULL,
	deliverable TEXT    NOT NULL DEFAULT '',
	exclusion   TEXT    NOT NULL DEFAULT '',
	language    TEXT    NOT NULL DEFAULT '',
	reasons     TEXT    NOT NULL DEFAULT '[]',
	excerpt     TEXT    NOT NULL DEFAULT '',
	tension     INTEGER NOT NULL DEFAULT 0,
	created_at  TEXT    NOT NULL
);

CREATE TABLE revision_rounds (
	contract    TEXT    NOT NULL,
	deliverable TEXT    NOT NULL,
	message_id  TEXT    NOT NULL REFERENCES messages (message_id),
	used_on     TEXT    NOT NULL,
	round       INTEGER NOT NULL,
	PRIMARY KEY (contract, deliverable, round)
);

-- Change order numbers come from this counter, which only ever increases.
CREATE TABLE change_order_counters (
	year INTEGER NOT NULL PRIMARY KEY,
	seq  INTEGER NOT NULL
);

CREATE TABLE change_orders (
	number     TEXT    NOT NULL PRIMARY KEY,
	year       INTEGER NOT NULL,
	seq        INTEGER NOT NULL,
	contract   TEXT    NOT NULL,
	message_id TEXT    NOT NULL UNIQUE,
	amount     REAL    NOT NULL,
	currency   TEXT    NOT NULL,
	status     TEXT    NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined')),
	pdf_path   TEXT    NOT NULL DEFAULT '',
	created_at TEXT    NOT NULL,
	UNIQUE (year, seq)
);

CREATE TABLE drafts (
	message_id  TEXT    NOT NULL PRIMARY KEY,
	account     TEXT    NOT NULL,
	draft_id    TEXT    NOT NULL,
	raw         BLOB    NOT NULL,
	status      TEXT    NOT NULL CHECK (status IN ('pending', 'appended')),
	draft_uid   INTEGER NOT NULL DEFAULT 0,
	created_at  TEXT    NOT NULL,
	appended_at TEXT
);

CREATE TABLE digest_runs (
	id           INTEGER PRIMARY KEY,
	period_start TEXT    NOT NULL,
	period_end   TEXT    NOT NULL,
	status       TEXT    NOT NULL CHECK (status IN ('recorded', 'sent')),
	recorded_at  TEXT    NOT NULL,
	sent_at      TEXT,
	CHECK (period_start < period_end)
);
