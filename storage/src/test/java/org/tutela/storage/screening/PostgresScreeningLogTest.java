package org.tutela.storage.screening;

/** {@link ScreeningLogContractTest} on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresScreeningLogTest extends ScreeningLogContractTest {
    @Override
    protected Database database() {
        return Database.POSTGRES;
    }
}
