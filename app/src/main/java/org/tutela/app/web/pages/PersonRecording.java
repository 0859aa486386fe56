package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.Held;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;

/**
 * A natural person: the name and its other spellings, birth date, nationalities, residences and the profiles that
 * matter to screening. An edit keeps the parts, script and language of every name that was left as it was.
 */
final class PersonRecording implements Recording<Person> {
    @Override
    public RecordKind kind() {
        return RecordKind.PERSON;
    }

    @Override
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("person")
                .keyed("primaryName", Control.LINE, true)
                .keyed("otherNames", Control.TEXT, false)
                .keyed("birthDate", Control.DATE, false)
                .keyed("gender", Control.SELECT, false, FormField.choicesOf(Person.Gender.class))
                .keyed("nationalities", Control.TEXT, false)
                .keyed("residences", Control.TEXT, false)
                .keyed("roles", Control.CHECKBOXES, false, FormField.choicesOf(Person.Role.class))
                .keyed("datedRoles", Control.TEXT, false)
                .keyed("notes", Control.TEXT, false);
        Recording.layProvenance(form, true);
    }

    @Override
    public Map<String, List<String>> values(Person p) {
        Map<String, List<String>> v = Recording.map();
        v.put("primaryName", List.of(p.primaryName().full()));
        v.put("otherNames", List.of(String.join("\n", p.names().stream().filter(n -> n != p.primaryName()).map(PersonName::full).toList())));
        p.birthDate().ifPresent(x -> v.put("birthDate", Recording.one(x)));
        p.gender().ifPresent(x -> v.put("gender", Recording.one(x)));
        v.put("nationalities", List.of(String.join("\n", p.nationalities().stream().map(h -> ValidTimeLines.line(h, h.value().code())).toList())));
        v.put("residences", List.of(String.join("\n", p.residences().stream().map(h -> ValidTimeLines.line(h, h.value().code())).toList())));
        v.put("roles", p.roles().stream().filter(h -> !h.dated()).map(h -> h.value().name()).distinct().toList());
        v.put("datedRoles", List.of(String.join("\n", p.roles().stream().filter(Held::dated).map(h -> ValidTimeLines.line(h, h.value().name())).toList())));
        p.notes().ifPresent(x -> v.put("notes", Recording.one(x)));
        Recording.provenanceValues(p.provenance(), v);
        return v;
    }

    @Override
    public Person build(FormInput in, RecordId id, Optional<Person> current) {
        String primary = in.requiredLine("primaryName");
        List<String> others = in.lines("otherNames");
        var birthDate = in.date("birthDate");
        var gender = in.choice("gender", Person.Gender.class);
        var nationalities = ValidTimeLines.states(in, "nationalities", current.map(Person::nationalities).orElse(List.of()));
        var residences = ValidTimeLines.states(in, "residences", current.map(Person::residences).orElse(List.of()));
        var roles = ValidTimeLines.roles(in, "roles", "datedRoles", current.map(Person::roles).orElse(List.of()));
        var notes = in.text("notes");
        var provenance = Recording.readProvenance(in, current.map(Person::provenance));
        if (primary == null || !in.valid()) {
            return null;
        }
        List<PersonName> names = new ArrayList<>();
        try {
            names.add(kept(current, primary).map(n -> n.kind() == PersonName.Kind.PRIMARY ? n
                    : new PersonName(n.full(), PersonName.Kind.PRIMARY, n.given(), n.patronymic(), n.surname(), n.language()))
                    .orElse(PersonName.of(primary, PersonName.Kind.PRIMARY)));
        } catch (InvalidRecordException e) {
            in.problem("primaryName", e);
            return null;
        }
        for (String other : others) {
            if (other.equals(primary) || names.stream().anyMatch(n -> n.full().equals(other))) {
                continue;
            }
            try {
                // a name that was there keeps its kind (native script, transliteration...); a new one is another spelling
                names.add(kept(current, other).filter(n -> n.kind() != PersonName.Kind.PRIMARY)
                        .orElse(PersonName.of(other, PersonName.Kind.ALIAS)));
            } catch (InvalidRecordException e) {
                in.problem("otherNames", e);
            }
        }
        if (!in.valid()) {
            return null;
        }
        return new Person(id, names, birthDate, gender, nationalities, residences, roles, notes, provenance);
    }

    private static Optional<PersonName> kept(Optional<Person> current, String full) {
        return current.flatMap(p -> p.names().stream().filter(n -> n.full().equals(full)).findFirst());
    }

    @Override
    public String fieldFor(String recordField) {
        if (recordField.startsWith("names")) {
            return "otherNames";
        }
        return Recording.super.fieldFor(recordField);
    }
}
