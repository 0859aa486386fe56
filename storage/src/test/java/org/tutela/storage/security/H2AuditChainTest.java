package org.tutela.storage.security;

/** {@link AuditChainContractTest} on an embedded H2 file, a new one for each test. */
class H2AuditChainTest extends AuditChainContractTest {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
