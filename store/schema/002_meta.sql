-- Version 2: daemon facts (first start), the whole engine result of each
-- verdict, and when the owner answered a message.

CREATE TABLE meta (
	key   TEXT NOT NULL PRIMARY KEY,
	value TEXT NOT NULL
);

ALTER TABLE verdicts ADD COLUMN result TEXT NOT NULL DEFAULT '{}';
ALTER TABLE messages ADD COLUMN answered_at TEXT;
CREATE INDEX change_orders_contract ON change_orders (contract, created_at);
