package org.tutela.storage.security;

/** {@link SecurityStoreContractTest} on an embedded H2 file, a new one for each test. */
class H2SecurityStoreTest extends SecurityStoreContractTest {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
