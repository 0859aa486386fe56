package org.tutela.storage.registry;

import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.StateIncidents;

/**
 * A view of the database whose count of a state's incidents can be narrowed to a {@link RecordScope} in
 * SQL: how compartment views ask, so that a count never includes what their owner may not see and never
 * reads the incidents to count them. The registry now ({@link JdbcRegistry}) and as recorded by an instant
 * ({@link RecordedView}).
 */
public interface ScopedIncidents extends RegistryView {
    /** {@link RegistryView#incidents(StateIncidents)} counting only the records of {@code scope}. */
    StateIncidents.Tally incidents(StateIncidents query, RecordScope scope);
}
