package org.tutela.storage.registry;

/** {@link RecordedViewContractTest} on an embedded H2 file. */
class H2RecordedViewTest extends RecordedViewContractTest {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
