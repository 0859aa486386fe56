package org.tutela.storage.registry;

/** {@link StateIncidentsContractTest} on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresStateIncidentsTest extends StateIncidentsContractTest {
    @Override
    protected Database database() {
        return Database.POSTGRES;
    }
}
