package org.tutela.storage.registry;

/** {@link StateIncidentsContractTest} on an embedded H2 file. */
class H2StateIncidentsTest extends StateIncidentsContractTest {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
