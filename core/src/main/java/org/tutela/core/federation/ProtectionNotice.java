package org.tutela.core.federation;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.ProtectionStatus;

/**
 * That a person is protected by the publisher's state against another: the status, the states and the year,
 * never the asylum file. The person is named in clear ({@code names}) only to a group whose rules let it receive
 * names; to others the person travels as a keyed encoding (docs/federation.md). Relatives and addresses are in
 * {@link #sensitive()}.
 */
public record ProtectionNotice(List<String> names, Optional<Integer> birthYear, Optional<String> sex, ProtectionStatus.Type type,
                               Country grantingState, Optional<Country> persecutingState, Optional<Integer> since,
                               Sensitive sensitive) implements Content {

    public ProtectionNotice {
        names = Texts.list("names", names);
        if (names.isEmpty()) {
            throw new FederationInputException("names", "federation.names.empty");
        }
        birthYear = year("birthYear", birthYear);
        sex = Texts.optional("sex", sex);
        if (sex.isPresent() && !sex.get().equals("female") && !sex.get().equals("male") && !sex.get().equals("other")) {
            throw new FederationInputException("sex", "federation.sex.unknown", sex.get());
        }
        Texts.value("type", type);
        Texts.value("grantingState", grantingState);
        persecutingState = Texts.optionalValue(persecutingState);
        if (type.isAsylum() && persecutingState.isEmpty()) {
            throw new FederationInputException("persecutingState", "federation.persecuting-state.required", type.name());
        }
        since = year("since", since);
        sensitive = sensitive == null ? Sensitive.none() : sensitive;
    }

    private static Optional<Integer> year(String field, Optional<Integer> year) {
        Optional<Integer> y = Texts.optionalValue(year);
        if (y.isPresent() && (y.get() < 1880 || y.get() > Year.now().getValue() + 1)) {
            throw new FederationInputException(field, "federation.year.implausible", y.get());
        }
        return y;
    }

    @Override
    public Kind kind() {
        return Kind.PROTECTION;
    }

    @Override
    public ProtectionNotice withSensitive(Sensitive s) {
        return new ProtectionNotice(names, birthYear, sex, type, grantingState, persecutingState, since, s);
    }
}
