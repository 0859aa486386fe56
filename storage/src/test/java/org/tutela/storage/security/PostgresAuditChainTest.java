package org.tutela.storage.security;

/** {@link AuditChainContractTest} on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresAuditChainTest extends AuditChainContractTest {
    @Override
    protected Database database() {
        return Database.POSTGRES;
    }
}
