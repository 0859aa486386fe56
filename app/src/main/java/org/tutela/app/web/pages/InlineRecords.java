package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.app.web.pages.FormField.Option;
import org.tutela.app.web.pages.FormField.OptionGroup;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Source;

/**
 * Linked records written on the form that needs them: an incident's new victim, new perpetrator (a person or an
 * organisation) and new source. Each is built by its record's own constructor, its problems placed beside its own
 * fields, and kept in the {@link FormInput} to be saved in the same transaction as the incident, or not at all.
 */
final class InlineRecords {
    static final String PERSON = "PERSON";
    static final String ORGANISATION = "ORGANISATION";

    private InlineRecords() {
    }

    static void layParties(FormBuilder form) {
        Words w = form.words();
        form.sectionKey("newVictim")
                .keyed("newVictimName", Control.LINE, false)
                .keyed("newVictimNativeName", Control.LINE, false)
                .keyed("newVictimBirthDate", Control.DATE, false)
                .keyed("newVictimNationality", Control.STATE, false)
                .sectionKey("newPerpetrator")
                .keyed("newPerpetratorKind", Control.SELECT, false, List.of(new OptionGroup("", List.of(
                        new Option(PERSON, w.get("records.kind.person")), new Option(ORGANISATION, w.get("records.kind.organisation"))))))
                .keyed("newPerpetratorName", Control.LINE, false)
                .keyed("newPerpetratorState", Control.STATE, false)
                .keyed("newPerpetratorType", Control.SELECT, false, FormField.choicesOf(Organisation.Type.class));
    }

    static void laySource(FormBuilder form) {
        form.sectionKey("newSource")
                .keyed("newSourceTitle", Control.LINE, false)
                .keyed("newSourcePublisher", Control.LINE, false)
                .keyed("newSourcePublished", Control.DATE, false)
                .keyed("newSourceUrl", Control.LINE, false)
                .keyed("newSourceType", Control.SELECT, false, FormField.choicesOf(Source.Type.class));
    }

    /** A new source, if its section was filled in. */
    static Optional<RecordId> source(FormInput in) {
        if (!in.anyOf("newSourceTitle", "newSourcePublisher", "newSourcePublished", "newSourceUrl")) {
            return Optional.empty();
        }
        String title = in.requiredLine("newSourceTitle");
        var publisher = in.line("newSourcePublisher");
        var published = in.date("newSourcePublished");
        var url = in.line("newSourceUrl");
        var type = in.choice("newSourceType", Source.Type.class).orElse(Source.Type.OTHER);
        // built even when other fields have problems, so that its own are reported with theirs
        if (title == null) {
            return Optional.empty();
        }
        try {
            Source source = new Source(RecordId.random(RecordKind.SOURCE), title, publisher, Optional.empty(), published, url, type,
                    Source.Reliability.CANNOT_BE_JUDGED, Optional.empty(), Provenance.none());
            return in.create("newSourceTitle", source) ? Optional.of(source.id()) : Optional.empty();
        } catch (InvalidRecordException e) {
            in.problem(switch (e.field()) {
                case "url" -> "newSourceUrl";
                case "published" -> "newSourcePublished";
                case "publisher" -> "newSourcePublisher";
                default -> "newSourceTitle";
            }, e);
            return Optional.empty();
        }
    }

    /** A new victim (a person), if the section was filled in, citing {@code source}. */
    static Optional<RecordId> victim(FormInput in, Optional<RecordId> source) {
        if (!in.anyOf("newVictimName", "newVictimNativeName", "newVictimBirthDate", "newVictimNationality")) {
            return Optional.empty();
        }
        String name = in.requiredLine("newVictimName");
        var nativeName = in.line("newVictimNativeName");
        var birth = in.date("newVictimBirthDate");
        var nationality = in.state("newVictimNationality");
        if (name == null) {
            return Optional.empty();
        }
        try {
            List<PersonName> names = new ArrayList<>();
            names.add(PersonName.of(name, PersonName.Kind.PRIMARY));
            nativeName.filter(n -> !n.equals(name)).ifPresent(n -> names.add(PersonName.of(n, PersonName.Kind.NATIVE_SCRIPT)));
            Person person = new Person(RecordId.random(RecordKind.PERSON), names, birth, Optional.empty(), nationality.stream().toList(),
                    List.of(), Set.of(), Optional.empty(), citing(source));
            return in.create("newVictimName", person) ? Optional.of(person.id()) : Optional.empty();
        } catch (InvalidRecordException e) {
            in.problem(e.field().equals("birthDate") ? "newVictimBirthDate" : e.field().startsWith("names") && nativeName.isPresent()
                    && e.problem().contains(nativeName.get()) ? "newVictimNativeName" : "newVictimName", e);
            return Optional.empty();
        }
    }

    /** A new perpetrator, a person or an organisation, if the section was filled in, citing {@code source}. */
    static Optional<RecordId> perpetrator(FormInput in, Optional<RecordId> source) {
        if (!in.anyOf("newPerpetratorName", "newPerpetratorState")) {
            return Optional.empty();
        }
        String name = in.requiredLine("newPerpetratorName");
        String kind = in.line("newPerpetratorKind").orElse(PERSON);
        var state = in.state("newPerpetratorState");
        var type = in.choice("newPerpetratorType", Organisation.Type.class);
        if (!kind.equals(PERSON) && !kind.equals(ORGANISATION)) {
            in.errorKey("newPerpetratorKind", "records.error.notAChoice", kind);
            return Optional.empty();
        }
        if (kind.equals(PERSON) && type.isPresent()) {
            in.errorKey("newPerpetratorType", "records.error.typeForPerson");
        }
        if (name == null) {
            return Optional.empty();
        }
        try {
            if (kind.equals(PERSON)) {
                Person person = new Person(RecordId.random(RecordKind.PERSON), List.of(PersonName.of(name, PersonName.Kind.PRIMARY)),
                        Optional.empty(), Optional.empty(), state.stream().toList(), List.of(), Set.of(), Optional.empty(), citing(source));
                return in.create("newPerpetratorName", person) ? Optional.of(person.id()) : Optional.empty();
            }
            Organisation.Type orgType = type.orElse(Organisation.Type.OTHER);
            // a state's own body (police, ministry, court) is controlled by that state: flag 7 reads it so
            Optional<Country> controlling = orgType.isStateBody() ? state : Optional.empty();
            Organisation organisation = new Organisation(RecordId.random(RecordKind.ORGANISATION), name, List.of(), orgType, state,
                    controlling, Optional.empty(), citing(source));
            return in.create("newPerpetratorName", organisation) ? Optional.of(organisation.id()) : Optional.empty();
        } catch (InvalidRecordException e) {
            in.problem("newPerpetratorName", e);
            return Optional.empty();
        }
    }

    private static Provenance citing(Optional<RecordId> source) {
        return source.map(Provenance::of).orElse(Provenance.none());
    }
}
