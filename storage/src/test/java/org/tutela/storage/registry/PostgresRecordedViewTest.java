package org.tutela.storage.registry;

/** {@link RecordedViewContractTest} on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresRecordedViewTest extends RecordedViewContractTest {
    @Override
    protected Database database() {
        return Database.POSTGRES;
    }
}
