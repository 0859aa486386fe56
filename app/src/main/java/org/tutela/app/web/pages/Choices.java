package org.tutela.app.web.pages;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tutela.app.web.pages.FormField.Option;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryView;

/**
 * What a form shows of the records it links to: the title of each record already chosen, as the reader may see
 * it. Records to choose from come from the pickers' endpoint ({@link RecordPicker}) as one types, never as a
 * list of every record.
 */
final class Choices {
    private final RegistryView registry;

    Choices(RegistryView registry) {
        this.registry = registry;
    }

    /** The title of the record {@code id}, if it is one the reader may see. */
    Optional<String> titleOf(String id) {
        try {
            return registry.get(RecordId.of(id)).map(Labels::title);
        } catch (InvalidRecordException e) {
            return Optional.empty();
        }
    }

    /** Every state, for the suggestions of a state field: its code as the value, its name in {@code locale}'s language as the label, in that language's order. */
    static List<Option> states(Locale locale) {
        java.text.Collator order = java.text.Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(c -> new Option(c, Country.of(c).name(locale)))
                .sorted(Comparator.comparing(Option::label, order)).toList();
    }
}
