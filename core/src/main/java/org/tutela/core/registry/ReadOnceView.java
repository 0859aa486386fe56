package org.tutela.core.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A view that asks the view beneath each question once and remembers the answer, for one computation (a
 * screening): its seventeen rules and the provisional readings ask the same questions again and again
 * (the target, the case's proceedings, the decisions on them), and against a database each is a query and
 * a record read from JSON. It also gives the computation one reading of the registry throughout. Not for
 * keeping: it never forgets, and does not see later writes.
 */
final class ReadOnceView implements RegistryView {
    private final RegistryView registry;
    private final Map<RecordId, Optional<RegistryRecord>> byId = new HashMap<>();
    private final Map<Class<?>, List<?>> allOf = new HashMap<>();
    private final Map<RecordId, List<RegistryRecord>> referrers = new HashMap<>();
    private final Map<Question, List<?>> answers = new HashMap<>();
    private final Map<StateIncidents, StateIncidents.Tally> tallies = new HashMap<>();

    /** A question by id or keys, with the kind asked for. */
    private record Question(Class<?> type, Object about) {
    }

    ReadOnceView(RegistryView registry) {
        this.registry = registry;
    }

    @Override
    public synchronized Optional<RegistryRecord> get(RecordId id) {
        Optional<RegistryRecord> found = byId.get(id);
        if (found == null) {
            found = registry.get(id);
            byId.put(id, found);
        }
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends RegistryRecord> List<T> all(Class<T> type) {
        List<T> found = (List<T>) allOf.get(type);
        if (found == null) {
            found = registry.all(type);
            allOf.put(type, found);
        }
        return found;
    }

    @Override
    public synchronized List<RegistryRecord> referencing(RecordId id) {
        List<RegistryRecord> found = referrers.get(id);
        if (found == null) {
            found = registry.referencing(id);
            referrers.put(id, found);
        }
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends RegistryRecord> List<T> referencing(RecordId id, Class<T> type) {
        Question question = new Question(type, id);
        List<T> found = (List<T>) answers.get(question);
        if (found == null) {
            found = registry.referencing(id, type);
            answers.put(question, found);
        }
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends RegistryRecord> List<T> withAnyKey(Class<T> type, Collection<RecordKey> keys) {
        Question question = new Question(type, Set.copyOf(keys));
        List<T> found = (List<T>) answers.get(question);
        if (found == null) {
            found = registry.withAnyKey(type, keys);
            answers.put(question, found);
        }
        return found;
    }

    @Override
    public synchronized StateIncidents.Tally incidents(StateIncidents query) {
        StateIncidents.Tally found = tallies.get(query);
        if (found == null) {
            found = registry.incidents(query);
            tallies.put(query, found);
        }
        return found;
    }
}
