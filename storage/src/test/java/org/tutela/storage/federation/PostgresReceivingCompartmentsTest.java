package org.tutela.storage.federation;

/** {@link ReceivingCompartmentsContractTest} on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresReceivingCompartmentsTest extends ReceivingCompartmentsContractTest {
    @Override
    protected Database database() {
        return Database.POSTGRES;
    }
}
