package org.tutela.core.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A body that acts: a ministry, a court, a prosecutor's office, a bank, a law firm, a private
 * intelligence firm, an NGO. {@code controllingState} is set where a state controls it (a nationalised
 * bank is the requesting regime's "victim" in flag 7).
 */
public record Organisation(RecordId id, String name, List<String> aliases, Type type, Optional<Country> country,
                           Optional<Country> controllingState, Optional<String> notes, Provenance provenance)
        implements RegistryRecord {

    public enum Type {
        GOVERNMENT_BODY, MINISTRY_OF_JUSTICE, PROSECUTOR, COURT, POLICE, INTELLIGENCE_SERVICE, PARLIAMENT,
        INTERNATIONAL_ORGANISATION, UN_BODY, COMPANY, BANK, LAW_FIRM, PRIVATE_INTELLIGENCE_FIRM, PR_FIRM, NGO,
        BAR_ASSOCIATION, POLITICAL_PARTY, MEDIA, OTHER;

        /** Bodies of a state's own apparatus, which speak for the state that has them. */
        public boolean isStateBody() {
            return switch (this) {
                case GOVERNMENT_BODY, MINISTRY_OF_JUSTICE, PROSECUTOR, COURT, POLICE, INTELLIGENCE_SERVICE, PARLIAMENT -> true;
                default -> false;
            };
        }
    }

    public Organisation {
        Fields.required("id", id);
        name = Fields.text("name", name);
        aliases = Fields.list("aliases", aliases, Limits.MAX_NAMES_PER_PERSON).stream().map(a -> Fields.name("aliases", a)).toList();
        type = type == null ? Type.OTHER : type;
        country = Fields.optional(country);
        controllingState = Fields.optional(controllingState);
        notes = Fields.optionalText("notes", notes);
        provenance = provenance == null ? Provenance.none() : provenance;
    }

    /** The state the organisation answers to: its controller, or the state whose body it is. */
    public Optional<Country> actsFor() {
        if (controllingState.isPresent()) {
            return controllingState;
        }
        return type.isStateBody() ? country : Optional.empty();
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance);
    }
}
