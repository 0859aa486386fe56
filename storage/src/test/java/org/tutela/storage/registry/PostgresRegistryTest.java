package org.tutela.storage.registry;

/** The registry contract on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresRegistryTest extends RegistryContractTest {
    @Override
    protected Database database() {
        return Database.POSTGRES;
    }
}
