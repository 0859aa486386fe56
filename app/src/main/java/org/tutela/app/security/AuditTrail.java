package org.tutela.app.security;

import java.util.List;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.Revision;
import org.tutela.storage.security.AuditEntry;
import org.tutela.storage.security.AuditEvent;
import org.tutela.storage.security.AuditLog;
import org.tutela.storage.security.AuditQuery;
import org.tutela.storage.security.ChainCheck;

/** What the server and the command line write to the audit log, in the words they write it with. */
public final class AuditTrail {
    public static final String LOGIN = "LOGIN";
    public static final String READ = "READ";
    public static final String SEARCH = "SEARCH";
    public static final String CHANGE = "CHANGE";
    public static final String EXPORT = "EXPORT";
    public static final String ACCESS = "ACCESS";
    public static final String ACCOUNT = "ACCOUNT";

    public static final String ALLOWED = "ALLOWED";
    public static final String DENIED = "DENIED";
    public static final String NOT_FOUND = "NOT_FOUND";

    private final AuditLog log;

    public AuditTrail(AuditLog log) {
        this.log = log;
    }

    public AuditEntry record(String actor, String action, String target, String purpose, String outcome, String detail) {
        return log.append(new AuditEvent(actor, action, target, purpose, outcome, detail));
    }

    public List<AuditEntry> search(AuditQuery query) {
        return log.search(query);
    }

    public ChainCheck verify() {
        return log.verify();
    }

    /**
     * Every committed change, whichever way it came (API, pages, import), as one entry per revision: the
     * registry is the one place all writes go through.
     */
    public void watch(Registry registry) {
        registry.onChange(this::changed);
    }

    private void changed(List<Revision> revisions) {
        log.appendAll(revisions.stream().map(r -> new AuditEvent(r.recordedBy(), CHANGE, r.id().value(), "", ALLOWED,
                (r.retracted() ? "retracted" : "revision " + r.number()) + ": " + r.reason())).toList());
    }
}
