-- "As known on a day" asked, not read whole: each revision's record keys (with their dates) and the records
-- it references, beside the revision, so that the registry as recorded by an instant answers by id, by
-- referrer, by key and with a state's count of incidents from indexes, as the current state does from
-- record_key and record_reference. Rows are only ever inserted, with the revision they belong to (never
-- for a retraction); V131 fills them for the revisions written before. Plain SQL for H2 2.x and PostgreSQL.
CREATE TABLE revision_reference (
    record_id VARCHAR(160) NOT NULL,
    revision  INTEGER      NOT NULL,
    to_id     VARCHAR(160) NOT NULL,
    CONSTRAINT pk_revision_reference PRIMARY KEY (record_id, revision, to_id),
    CONSTRAINT fk_revision_reference_revision FOREIGN KEY (record_id, revision) REFERENCES record_revision (record_id, revision)
);
CREATE INDEX ix_revision_reference_to ON revision_reference (to_id, record_id, revision);

CREATE TABLE revision_key (
    record_id  VARCHAR(160) NOT NULL,
    revision   INTEGER      NOT NULL,
    key_name   VARCHAR(40)  NOT NULL,
    key_value  VARCHAR(200) NOT NULL,
    event_date DATE,
    known_from DATE,
    CONSTRAINT pk_revision_key PRIMARY KEY (record_id, revision, key_name, key_value),
    CONSTRAINT fk_revision_key_revision FOREIGN KEY (record_id, revision) REFERENCES record_revision (record_id, revision)
);
CREATE INDEX ix_revision_key_value ON revision_key (key_name, key_value, record_id, revision);
