-- Keys screening looks records up by (core's RecordKey: case numbers, an incident's perpetrator state,
-- the states behind a request), so that no rule reads every proceeding, incident or request. Derived
-- from record_current like record_field, rewritten in the same transaction; V52 fills it for the
-- records that were there before.
CREATE TABLE record_key (
    record_id VARCHAR(160) NOT NULL,
    key_name  VARCHAR(40)  NOT NULL,
    key_value VARCHAR(200) NOT NULL,
    CONSTRAINT pk_record_key PRIMARY KEY (record_id, key_name, key_value),
    CONSTRAINT fk_record_key_record FOREIGN KEY (record_id) REFERENCES record_current (record_id) ON DELETE CASCADE
);
CREATE INDEX ix_record_key_value ON record_key (key_name, key_value, record_id);

