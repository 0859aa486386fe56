package org.tutela.app.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.MissingReferenceException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.RecordQuery;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Revision;
import org.tutela.storage.registry.JdbcRegistry;
import org.tutela.storage.security.RecordCompartments;

/**
 * The registry as one caller may use it: the only registry the web server hands out. A record outside
 * the caller's compartments does not exist for it (reads answer "not found", exactly as for an id that
 * was never used), reads of records are written to the audit log with the stated purpose, and new
 * records are put in the caller's compartment, in the transaction that writes them. With no caller (no
 * login), nothing is visible.
 *
 * <p>Each audit entry concerns a compartment, which decides who may read it: a read of a record or a refusal
 * to show one concerns the record's compartment (so a probe of another organisation's record is seen by that
 * organisation's oversight, not by the prober's, whose entries would otherwise tell that the record exists);
 * searches and reads of ids that exist nowhere concern the caller's.
 */
public final class CompartmentRegistry implements Registry {
    private final JdbcRegistry registry;
    private final RecordCompartments compartments;
    private final AuditTrail audit;
    private final Supplier<Optional<Caller>> caller;

    public CompartmentRegistry(JdbcRegistry registry, RecordCompartments compartments, AuditTrail audit, Supplier<Optional<Caller>> caller) {
        this.registry = registry;
        this.compartments = compartments;
        this.audit = audit;
        this.caller = caller;
    }

    @Override
    public Optional<RegistryRecord> get(RecordId id) {
        Optional<Caller> who = caller.get();
        if (who.isEmpty()) {
            return Optional.empty();
        }
        Optional<RegistryRecord> record = registry.get(id);
        if (record.isEmpty()) {
            note(who.get(), AuditTrail.READ, id.value(), AuditTrail.NOT_FOUND, "");
            return Optional.empty();
        }
        Optional<String> home = compartments.of(id.value());
        if (home.filter(who.get().compartments()::contains).isEmpty()) {
            noteOn(home.map(Set::of).orElse(Set.of()), who.get(), AuditTrail.READ, id.value(), AuditTrail.DENIED,
                    "outside the caller's compartments; answered as not found");
            return Optional.empty();
        }
        noteOn(Set.of(home.get()), who.get(), AuditTrail.READ, id.value(), AuditTrail.ALLOWED, "");
        return record;
    }

    @Override
    public <T extends RegistryRecord> List<T> all(Class<T> type) {
        return caller.get().map(who -> {
            List<T> seen = visibleOnly(who, registry.all(type));
            note(who, AuditTrail.SEARCH, "all " + type.getSimpleName(), AuditTrail.ALLOWED, ids(seen));
            return seen;
        }).orElse(List.of());
    }

    @Override
    public List<RegistryRecord> referencing(RecordId id) {
        return caller.get().filter(who -> visible(who, id)).map(who -> {
            List<RegistryRecord> seen = visibleOnly(who, registry.referencing(id));
            if (!seen.isEmpty()) {
                note(who, AuditTrail.SEARCH, "referencing " + id, AuditTrail.ALLOWED, ids(seen));
            }
            return seen;
        }).orElse(List.of());
    }

    @Override
    public <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
        return caller.get().filter(who -> visible(who, id)).map(who -> {
            List<T> seen = visibleOnly(who, registry.referencing(id, type));
            if (!seen.isEmpty()) {
                note(who, AuditTrail.SEARCH, "referencing " + id, AuditTrail.ALLOWED, ids(seen));
            }
            return seen;
        }).orElse(List.of());
    }

    @Override
    public <T extends RegistryRecord> List<T> withAnyKey(Class<T> type, java.util.Collection<org.tutela.core.registry.RecordKey> keys) {
        return caller.get().map(who -> {
            List<T> seen = visibleOnly(who, registry.withAnyKey(type, keys));
            if (!seen.isEmpty()) {
                note(who, AuditTrail.SEARCH, type.getSimpleName() + " by " + keys, AuditTrail.ALLOWED, ids(seen));
            }
            return seen;
        }).orElse(List.of());
    }

    /** Counted in the database within the caller's compartments; the incidents shown are audited as a search. */
    @Override
    public org.tutela.core.registry.StateIncidents.Tally incidents(org.tutela.core.registry.StateIncidents query) {
        return caller.get().map(who -> {
            org.tutela.core.registry.StateIncidents.Tally tally = registry.incidents(query,
                    org.tutela.storage.registry.RecordScope.within(who.compartments()));
            if (tally.total() > 0) {
                note(who, AuditTrail.SEARCH, "incidents by " + query.states(), AuditTrail.ALLOWED, ids(tally.latest()));
            }
            return tally;
        }).orElse(org.tutela.core.registry.StateIncidents.Tally.NONE);
    }

    /**
     * Pages through the registry's own search and keeps the visible matches, so that offset and limit
     * count what the caller sees, not what the registry holds.
     */
    @Override
    public List<RegistryRecord> find(RecordQuery query) {
        Optional<Caller> who = caller.get();
        if (who.isEmpty()) {
            return List.of();
        }
        List<RegistryRecord> out = new ArrayList<>();
        int skip = query.offset();
        int offset = 0;
        while (out.size() < query.limit()) {
            List<RegistryRecord> page = registry.find(new RecordQuery(query.kind(), query.fields(), query.text(), offset, RecordQuery.MAX_LIMIT));
            for (RegistryRecord r : visibleOnly(who.get(), page)) {
                if (skip > 0) {
                    skip--;
                } else if (out.size() < query.limit()) {
                    out.add(r);
                }
            }
            if (page.size() < RecordQuery.MAX_LIMIT) {
                break;
            }
            offset += page.size();
        }
        note(who.get(), AuditTrail.SEARCH, "find " + query.kind().map(RecordKind::slug).orElse("any") + " " + query.fields()
                + query.text().map(t -> " text '" + t + "'").orElse(""), AuditTrail.ALLOWED, ids(out));
        return out;
    }

    @Override
    public long count(Optional<RecordKind> kind) {
        return caller.get().map(who -> compartments.count(who.compartments(), kind.map(RecordKind::slug))).orElse(0L);
    }

    @Override
    public List<Revision> history(RecordId id) {
        Optional<Caller> who = caller.get();
        if (who.isEmpty() || !visible(who.get(), id)) {
            who.ifPresent(w -> noteOn(concerned(w, id), w, AuditTrail.READ, id.value(), AuditTrail.DENIED, "history; answered as not found"));
            return List.of();
        }
        noteOn(concerned(who.get(), id), who.get(), AuditTrail.READ, id.value(), AuditTrail.ALLOWED, "history");
        return registry.history(id);
    }

    @Override
    public Optional<RegistryRecord> asRecordedAt(RecordId id, Instant at) {
        Optional<Caller> who = caller.get();
        if (who.isEmpty() || !visible(who.get(), id)) {
            who.ifPresent(w -> noteOn(concerned(w, id), w, AuditTrail.READ, id.value(), AuditTrail.DENIED,
                    "as recorded at " + at + "; answered as not found"));
            return Optional.empty();
        }
        noteOn(concerned(who.get(), id), who.get(), AuditTrail.READ, id.value(), AuditTrail.ALLOWED, "as recorded at " + at);
        return registry.asRecordedAt(id, at);
    }

    /**
     * The registry as recorded by {@code at}, cut down to the caller's compartments (as they are now): asked
     * question by question, each answer kept to what the caller may see and audited as its search.
     */
    @Override
    public RegistryView asRecordedAt(Instant at) {
        Optional<Caller> who = caller.get();
        if (who.isEmpty()) {
            return org.tutela.core.registry.RecordSet.of(List.of());
        }
        return new RecordedForCaller(who.get(), registry.asRecordedAt(at), "as recorded at " + at);
    }

    /** The registry as recorded by an instant, as one caller may see it. */
    private final class RecordedForCaller implements RegistryView {
        private final Caller who;
        private final RegistryView recorded;
        private final String when;

        RecordedForCaller(Caller who, RegistryView recorded, String when) {
            this.who = who;
            this.recorded = recorded;
            this.when = when;
        }

        private <T extends RegistryRecord> List<T> seen(String question, List<T> records) {
            List<T> seen = visibleOnly(who, records);
            if (!seen.isEmpty()) {
                note(who, AuditTrail.SEARCH, question + " " + when, AuditTrail.ALLOWED, ids(seen));
            }
            return seen;
        }

        @Override
        public Optional<RegistryRecord> get(RecordId id) {
            return seen(id.value(), recorded.get(id).stream().toList()).stream().findFirst();
        }

        @Override
        public <T extends RegistryRecord> List<T> all(Class<T> type) {
            return seen("all " + type.getSimpleName(), recorded.all(type));
        }

        @Override
        public List<RegistryRecord> referencing(RecordId id) {
            return visible(who, id) ? seen("referencing " + id, recorded.referencing(id)) : List.of();
        }

        @Override
        public <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
            return visible(who, id) ? seen("referencing " + id, recorded.referencing(id, type)) : List.of();
        }

        @Override
        public <T extends RegistryRecord> List<T> withAnyKey(Class<T> type, java.util.Collection<org.tutela.core.registry.RecordKey> keys) {
            return seen(type.getSimpleName() + " by " + keys, recorded.withAnyKey(type, keys));
        }

        @Override
        public org.tutela.core.registry.StateIncidents.Tally incidents(org.tutela.core.registry.StateIncidents query) {
            if (!(recorded instanceof org.tutela.storage.registry.ScopedIncidents database)) {
                return RegistryView.super.incidents(query);
            }
            org.tutela.core.registry.StateIncidents.Tally tally = database.incidents(query,
                    org.tutela.storage.registry.RecordScope.within(who.compartments()));
            if (tally.total() > 0) {
                note(who, AuditTrail.SEARCH, "incidents by " + query.states() + " " + when, AuditTrail.ALLOWED, ids(tally.latest()));
            }
            return tally;
        }
    }

    @Override
    public Revision save(RegistryRecord record, int expectedRevision, Change change) {
        Caller who = writer();
        Optional<String> home = checkWrite(who, List.of(record));
        return registry.save(record, expectedRevision, change, placeNew(home));
    }

    @Override
    public List<Revision> saveAll(List<? extends RegistryRecord> records, Change change) {
        Caller who = writer();
        Optional<String> home = checkWrite(who, records);
        return registry.saveAll(records, change, placeNew(home));
    }

    /** New records go to their compartment in the transaction that writes them, before their audit entries. */
    private org.tutela.storage.registry.CommitParticipant placeNew(Optional<String> home) {
        if (home.isEmpty()) {
            return org.tutela.storage.registry.CommitParticipant.NONE;
        }
        return (c, revisions) -> compartments.assignIn(c, revisions.stream().filter(r -> r.number() == 1).map(r -> r.id().value()).toList(),
                home.get());
    }

    @Override
    public Revision retract(RecordId id, Change change) {
        Caller who = writer();
        if (!visible(who, id)) {
            noteOn(concerned(who, id), who, AuditTrail.CHANGE, id.value(), AuditTrail.DENIED,
                    "retraction outside the caller's compartments; answered as not found");
            throw new RecordNotFoundException(id);
        }
        return registry.retract(id, change);
    }

    /** Listeners are for the server's own parts (indexes, alerts), registered at start, never per request. */
    @Override
    public void onChange(RegistryListener listener) {
        registry.onChange(listener);
    }

    private Caller writer() {
        Caller who = caller.get().orElseThrow(() -> new AccessRefusedException("log in to change records"));
        if (!who.role().can(Capability.WRITE_RECORDS)) {
            note(who, AuditTrail.CHANGE, "", AuditTrail.DENIED, "role " + who.role() + " may not change records");
            throw new AccessRefusedException("the role " + who.role() + " may not change records");
        }
        return who;
    }

    /**
     * Existing records must be in the caller's compartments; references to records it cannot see are
     * refused exactly like references to records that do not exist. Returns the compartment for the new
     * records among them, if any.
     */
    private Optional<String> checkWrite(Caller who, List<? extends RegistryRecord> records) {
        List<String> ids = records.stream().map(r -> r.id().value()).toList();
        Map<String, String> homes = compartments.of(ids);
        boolean anyNew = false;
        for (RegistryRecord r : records) {
            boolean exists = homes.containsKey(r.id().value()) || !registry.history(r.id()).isEmpty();
            if (exists && !member(who, homes.get(r.id().value()))) {
                noteOn(Optional.ofNullable(homes.get(r.id().value())).map(Set::of).orElse(Set.of()), who, AuditTrail.CHANGE, r.id().value(),
                        AuditTrail.DENIED, "write to a record outside the caller's compartments; answered as not found");
                // the answer for a record that does not exist: nothing tells the caller the id is used elsewhere
                throw new RecordNotFoundException(r.id());
            }
            anyNew |= !exists;
        }
        java.util.Set<String> inBatch = records.stream().map(r -> r.id().value()).collect(Collectors.toSet());
        List<RecordId> refs = records.stream().flatMap(r -> r.referencedIds().stream()).filter(id -> !inBatch.contains(id.value())).distinct().toList();
        Map<String, String> refHomes = compartments.of(refs.stream().map(RecordId::value).toList());
        for (RegistryRecord r : records) {
            for (RecordId ref : r.referencedIds()) {
                if (!inBatch.contains(ref.value()) && !member(who, refHomes.get(ref.value()))) {
                    noteOn(concerned(who, ref), who, AuditTrail.CHANGE, r.id().value(), AuditTrail.DENIED,
                            "reference to " + ref + " outside the caller's compartments");
                    throw new MissingReferenceException(r.id(), ref);
                }
            }
        }
        return anyNew ? Optional.of(compartmentForNew(who)) : Optional.empty();
    }

    private static String compartmentForNew(Caller who) {
        if (who.compartmentForNew().isPresent()) {
            String chosen = who.compartmentForNew().get();
            if (!who.compartments().contains(chosen)) {
                throw new InvalidRecordException("X-Compartment", "you are not a member of the compartment '" + chosen + "'");
            }
            return chosen;
        }
        if (who.compartments().size() == 1) {
            return who.compartments().iterator().next();
        }
        throw new InvalidRecordException("X-Compartment", who.compartments().isEmpty()
                ? "you belong to no compartment, so a new record would be visible to nobody; ask an administrator to add you to one"
                : "you belong to several compartments " + new java.util.TreeSet<>(who.compartments()) + "; name the one for new records in X-Compartment");
    }

    private static boolean member(Caller who, String compartment) {
        return compartment != null && who.compartments().contains(compartment);
    }

    private boolean visible(Caller who, RecordId id) {
        return compartments.of(id.value()).filter(who.compartments()::contains).isPresent();
    }

    private <T extends RegistryRecord> List<T> visibleOnly(Caller who, Collection<T> records) {
        if (records.isEmpty() || who.compartments().isEmpty()) {
            return List.of();
        }
        Map<String, String> homes = compartments.of(records.stream().map(r -> r.id().value()).toList());
        return records.stream().filter(r -> member(who, homes.get(r.id().value()))).toList();
    }

    /** An entry that concerns the caller's compartments: a search, a read of an id that exists nowhere. */
    private void note(Caller who, String action, String target, String outcome, String detail) {
        audit.record(who.compartments(), who.name(), action, target, who.purpose().orElse(""), outcome, detail);
    }

    private void noteOn(Set<String> concerned, Caller who, String action, String target, String outcome, String detail) {
        audit.record(concerned, who.name(), action, target, who.purpose().orElse(""), outcome, detail);
    }

    /**
     * Whom an entry about this record concerns: its compartment; none when it has none (only administrators
     * see those); the caller's when no such record was ever written.
     */
    private Set<String> concerned(Caller who, RecordId id) {
        Optional<String> home = compartments.of(id.value());
        if (home.isPresent()) {
            return Set.of(home.get());
        }
        return registry.history(id).isEmpty() ? who.compartments() : Set.of();
    }

    private static String ids(List<? extends RegistryRecord> records) {
        return records.size() + " records: " + records.stream().map(r -> r.id().value()).collect(Collectors.joining(","));
    }
}
