package org.tutela.app.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Revision;
import org.tutela.storage.registry.JdbcRegistry;
import org.tutela.storage.security.AuditCheckpoints;
import org.tutela.storage.security.AuditEntry;
import org.tutela.storage.security.AuditEvent;
import org.tutela.storage.security.AuditLog;
import org.tutela.storage.security.AuditQuery;
import org.tutela.storage.security.ChainCheck;
import org.tutela.storage.security.RecordCompartments;

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

    /** An entry that concerns the compartments of the actor's account (logins, searches, account changes). */
    public AuditEntry record(String actor, String action, String target, String purpose, String outcome, String detail) {
        return log.append(new AuditEvent(actor, action, target, purpose, outcome, detail));
    }

    /** An entry about a record (a workflow step on a request, say): it concerns the record's compartment. */
    public AuditEntry recordAbout(String recordId, String actor, String action, String purpose, String outcome, String detail) {
        return log.appendAbout(recordId, new AuditEvent(actor, action, recordId, purpose, outcome, detail));
    }

    /** An entry that concerns these compartments: a record's, for a read of it or a refusal. */
    public AuditEntry record(Set<String> compartments, String actor, String action, String target, String purpose, String outcome,
                             String detail) {
        return log.append(new AuditEvent(actor, action, target, purpose, outcome, detail, Optional.of(compartments)));
    }

    /**
     * A name search, with what was asked and the ids it returned: the question is as sensitive as the
     * answer (it says whom someone is looking for), so it stays in the database with the rest of the log.
     * Concerns the caller's compartments, like the hits it may see.
     */
    public void searched(Caller who, String question, List<String> ids) {
        record(who.compartments(), who.name(), SEARCH, question, who.purpose().orElse(""), ALLOWED, hits(ids));
    }

    /** A name search from the command line, by the operating-system user; it concerns no compartment (administrators see it). */
    public void searchedOnCommandLine(String user, String question, List<String> ids) {
        record(Set.of(), user, SEARCH, question, "", ALLOWED, "command line; " + hits(ids));
    }

    private static String hits(List<String> ids) {
        return ids.size() + " hits: " + String.join(",", ids);
    }

    public List<AuditEntry> search(AuditQuery query) {
        return log.search(query);
    }

    /** The entries this reader may see: administrators every one, oversight those of its compartments, others none. */
    public List<AuditEntry> search(AuditQuery query, Role role, Set<String> compartments) {
        if (!role.can(Capability.READ_AUDIT)) {
            return List.of();
        }
        return log.search(role == Role.ADMINISTRATOR ? query : query.within(compartments));
    }

    public ChainCheck verify() {
        return log.verify();
    }

    /** Signs the chain's head into the checkpoint file (when there is a key and a file). */
    public Optional<AuditCheckpoints.Head> checkpoint() {
        return log.checkpoint();
    }

    public AuditLog log() {
        return log;
    }

    /**
     * Every change, whichever way it came (API, pages, import), as one entry per revision written in the
     * change's own transaction: a change whose entry cannot be written is not committed. Each entry
     * concerns the record's compartment as it stands in that transaction.
     */
    public void watch(JdbcRegistry registry) {
        registry.participate(this::changed);
    }

    private void changed(Connection c, List<Revision> revisions) throws SQLException {
        Map<String, String> homes = RecordCompartments.ofIn(c, revisions.stream().map(r -> r.id().value()).distinct().toList());
        log.appendIn(c, revisions.stream().map(r -> new AuditEvent(r.recordedBy(), CHANGE, r.id().value(), "", ALLOWED,
                (r.retracted() ? "retracted" : "revision " + r.number()) + ": " + r.reason(),
                Optional.of(Optional.ofNullable(homes.get(r.id().value())).map(Set::of).orElse(Set.<String>of())))).toList());
    }
}
