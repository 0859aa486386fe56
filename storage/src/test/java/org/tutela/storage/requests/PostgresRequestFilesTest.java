package org.tutela.storage.requests;

/** {@link RequestFilesContractTest} on PostgreSQL, in a new schema for each test; skipped when no server answers. */
class PostgresRequestFilesTest extends RequestFilesContractTest {
    @Override
    protected Database database() {
        return Database.POSTGRES;
    }
}
