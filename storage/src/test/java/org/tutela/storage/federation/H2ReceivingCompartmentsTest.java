package org.tutela.storage.federation;

/** {@link ReceivingCompartmentsContractTest} on an embedded H2 file, a new one for each test. */
class H2ReceivingCompartmentsTest extends ReceivingCompartmentsContractTest {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
