package org.tutela.storage.requests;

/** {@link RequestFilesContractTest} on an embedded H2 file, a new one for each test. */
class H2RequestFilesTest extends RequestFilesContractTest {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
