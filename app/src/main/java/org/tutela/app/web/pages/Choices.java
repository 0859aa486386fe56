package org.tutela.app.web.pages;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tutela.app.web.pages.FormField.Option;
import org.tutela.app.web.pages.FormField.OptionGroup;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Source;

/** The records a form offers to choose from, grouped by kind and sorted by label. */
final class Choices {
    private final RegistryView registry;

    Choices(RegistryView registry) {
        this.registry = registry;
    }

    private <T extends RegistryRecord> OptionGroup group(String label, Class<T> type) {
        return new OptionGroup(label, registry.all(type).stream()
                .map(r -> new Option(r.id().value(), Labels.title(r)))
                .sorted(Comparator.comparing(o -> o.label().toLowerCase(Locale.ROOT))).toList());
    }

    List<OptionGroup> persons() {
        return List.of(group("", Person.class));
    }

    List<OptionGroup> organisations() {
        return List.of(group("", Organisation.class));
    }

    List<OptionGroup> parties() {
        return List.of(group("Persons", Person.class), group("Organisations", Organisation.class));
    }

    List<OptionGroup> sources() {
        return List.of(group("", Source.class));
    }

    List<OptionGroup> proceedings() {
        return List.of(group("", Proceeding.class));
    }

    /** What an incident can be linked to, or a decision can be about. */
    List<OptionGroup> matters() {
        return List.of(group("Cooperation requests", CooperationRequest.class), group("Proceedings", Proceeding.class),
                group("Decisions", Decision.class), group("Incidents", Incident.class));
    }

    /** Every state, for the suggestions of a state field. */
    static List<Option> states() {
        return Arrays.stream(Locale.getISOCountries())
                .map(c -> new Option(c, new Locale("", c).getDisplayCountry(Locale.ENGLISH)))
                .sorted(Comparator.comparing(Option::label)).toList();
    }
}
