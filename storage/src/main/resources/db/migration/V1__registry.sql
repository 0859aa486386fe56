-- The registry: append-only revisions, and the current state derived from them.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.
-- Version numbers: V1-V9 registry, V10-V19 name lists, V20-V29 screening and alerts,
-- V30-V39 users, security and audit.

-- Every state a record ever had. Rows are only ever inserted: never updated, never deleted.
CREATE TABLE record_revision (
    record_id   VARCHAR(160)             NOT NULL,
    revision    INTEGER                  NOT NULL,
    kind        VARCHAR(40)              NOT NULL,
    body        TEXT,
    retracted   BOOLEAN                  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(20000)           NOT NULL,
    reason      VARCHAR(20000)           NOT NULL,
    CONSTRAINT pk_record_revision PRIMARY KEY (record_id, revision),
    CONSTRAINT ck_record_revision_number CHECK (revision > 0),
    CONSTRAINT ck_record_revision_body CHECK ((retracted AND body IS NULL) OR (NOT retracted AND body IS NOT NULL))
);

-- One row per live record: its latest revision, unless retracted. Rewritten in the same transaction
-- as the revision it mirrors.
CREATE TABLE record_current (
    record_id   VARCHAR(160) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    revision    INTEGER      NOT NULL,
    label_lower TEXT         NOT NULL,
    body        TEXT         NOT NULL,
    CONSTRAINT pk_record_current PRIMARY KEY (record_id),
    CONSTRAINT fk_record_current_revision FOREIGN KEY (record_id, revision) REFERENCES record_revision (record_id, revision)
);
CREATE INDEX ix_record_current_kind ON record_current (kind, record_id);

-- The scalar fields of live records (lower-cased), for search by field.
CREATE TABLE record_field (
    record_id   VARCHAR(160) NOT NULL,
    path        VARCHAR(200) NOT NULL,
    field_value VARCHAR(500) NOT NULL,
    CONSTRAINT fk_record_field_record FOREIGN KEY (record_id) REFERENCES record_current (record_id) ON DELETE CASCADE
);
CREATE INDEX ix_record_field_value ON record_field (path, field_value, record_id);
CREATE INDEX ix_record_field_record ON record_field (record_id);

-- Which live record points to which: for "what refers to this" and the check before a retraction.
CREATE TABLE record_reference (
    from_id VARCHAR(160) NOT NULL,
    to_id   VARCHAR(160) NOT NULL,
    CONSTRAINT pk_record_reference PRIMARY KEY (from_id, to_id),
    CONSTRAINT fk_record_reference_from FOREIGN KEY (from_id) REFERENCES record_current (record_id) ON DELETE CASCADE
);
CREATE INDEX ix_record_reference_to ON record_reference (to_id, from_id);
