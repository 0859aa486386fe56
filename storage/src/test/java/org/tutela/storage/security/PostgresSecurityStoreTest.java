package org.tutela.storage.security;

/** {@link SecurityStoreContractTest} on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresSecurityStoreTest extends SecurityStoreContractTest {
    @Override
    protected Database database() {
        return Database.POSTGRES;
    }
}
