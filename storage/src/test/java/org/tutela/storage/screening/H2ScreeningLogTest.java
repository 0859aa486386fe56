package org.tutela.storage.screening;

/** {@link ScreeningLogContractTest} on an embedded H2 file, a new one for each test. */
class H2ScreeningLogTest extends ScreeningLogContractTest {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
