package org.tutela.core.federation;

import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;

/**
 * That a person is protected by the publisher's state against another, the person travelling only as keyed
 * encodings ({@link PersonEncoding}: one per name, each with the birth year and sex beside it), never by name. A
 * receiver holding the group's secret can tell whether a person it screens may be this one, not who this one is.
 */
public record ProtectedPerson(List<String> encodings, ProtectionStatus.Type type, Country grantingState, Optional<Country> persecutingState,
                              Optional<Integer> since) implements Content {

    public ProtectedPerson {
        encodings = Texts.list("encodings", encodings);
        if (encodings.isEmpty()) {
            throw new FederationInputException("encodings", "federation.encodings.empty");
        }
        for (int i = 0; i < encodings.size(); i++) {
            try {
                PersonEncoding.bits(encodings.get(i));
            } catch (FederationInputException e) {
                throw new FederationInputException("encodings[" + i + "]", e.problem());
            }
        }
        Texts.value("type", type);
        Texts.value("grantingState", grantingState);
        persecutingState = Texts.optionalValue(persecutingState);
        if (type.isAsylum() && persecutingState.isEmpty()) {
            throw new FederationInputException("persecutingState", "federation.persecuting-state.required", type.name());
        }
        since = Texts.optionalValue(since);
    }

    @Override
    public Kind kind() {
        return Kind.PROTECTED_PERSON;
    }

    @Override
    public Sensitive sensitive() {
        return Sensitive.none();
    }

    @Override
    public ProtectedPerson withSensitive(Sensitive s) {
        return this;
    }

    /** The best similarity of any of this person's encodings with {@code encoding}, both of the group {@code encoder} keys. */
    public double bestSimilarity(PersonEncoding encoder, String encoding) {
        return encodings.stream().mapToDouble(e -> encoder.similarity(e, encoding)).max().orElse(0);
    }
}
