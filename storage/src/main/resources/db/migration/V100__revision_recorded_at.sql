-- "As known on a day": the registry as it had been recorded by an instant is read from the revisions
-- (JdbcRegistry.asRecordedAt). These indexes serve its filter on transaction time and the per-record
-- search for the latest revision recorded by then. Plain SQL for H2 2.x and PostgreSQL.
CREATE INDEX ix_record_revision_recorded_at ON record_revision (recorded_at, record_id);
CREATE INDEX ix_record_revision_record_time ON record_revision (record_id, recorded_at, revision);
