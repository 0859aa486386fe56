-- The audit log keyed and split by compartment.
-- compartments: the compartments an entry concerns, as '|a|b|' (the record's for reads and changes, the
--   caller's for searches and logins); '' for none, which only administrators see.
-- key_id: which audit key's HMAC-SHA256 chains the entry; '' for entries written before the chain was
--   keyed (plain SHA-256), which may only precede keyed ones.
ALTER TABLE audit_entry ADD COLUMN compartments VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE audit_entry ADD COLUMN key_id VARCHAR(32) DEFAULT '' NOT NULL;

-- The head of the chain, one row: every append updates it first, which takes its row lock, so writers
-- on several servers (and a change's own transaction) queue for the next number instead of racing.
CREATE TABLE audit_head (
    id     INTEGER      NOT NULL,
    seq    BIGINT       NOT NULL,
    hash   VARCHAR(64)  NOT NULL,
    key_id VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id)
);
INSERT INTO audit_head (id, seq, hash, key_id) VALUES (1,
    COALESCE((SELECT MAX(seq) FROM audit_entry), 0),
    COALESCE((SELECT hash FROM audit_entry WHERE seq = (SELECT MAX(seq) FROM audit_entry)), '0000000000000000000000000000000000000000000000000000000000000000'),
    '');
