package org.tutela.storage.registry;

/** The registry contract on an embedded H2 file, a new one for each test. */
class H2RegistryTest extends RegistryContractTest {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
