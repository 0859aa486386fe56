package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;

/**
 * How one kind of record is entered through a form: its fields, how a record fills them for an edit,
 * and how a submission becomes a record. The record's own constructor is the judge of validity.
 */
interface Recording<T extends RegistryRecord> {

    RecordKind kind();

    /**
     * The fields of the form, in sections; the builder carries what was entered and the messages. Its title and
     * introduction are {@code records.<kind>.title}, {@code .edit} and {@code .intro} in the records bundle.
     * {@code creating}: a new record (forms may then offer to create linked records on the way).
     */
    void lay(FormBuilder form, boolean creating);

    /** The form's values for an existing record. */
    Map<String, List<String>> values(T record);

    /**
     * The record a valid submission describes, or null when a field could not be read (the reasons are in
     * {@code in}'s errors). May throw InvalidRecordException from the record's constructor.
     */
    T build(FormInput in, RecordId id, Optional<T> current);

    /** The form field a record constructor's field name stands for. */
    default String fieldFor(String recordField) {
        String f = recordField.replaceFirst("^provenance\\.", "");
        int bracket = f.indexOf('[');
        f = bracket < 0 ? f : f.substring(0, bracket);
        int dot = f.indexOf('.');
        return dot < 0 ? f : f.substring(0, dot);
    }

    // --- the source and validity of every record, shared by all forms ---

    Set<RecordKind> SOURCE = Set.of(RecordKind.SOURCE);

    static void layProvenance(FormBuilder form, boolean withDates) {
        form.sectionKey("source")
                .pick("source", Control.PICK, false, SOURCE)
                .keyed("locator", Control.LINE, false)
                .keyed("passage", Control.TEXT, false);
        if (withDates) {
            form.keyed("validFrom", Control.DATE, false)
                    .keyed("validTo", Control.DATE, false);
        }
    }

    static void provenanceValues(Provenance p, Map<String, List<String>> values) {
        p.citations().stream().findFirst().ifPresent(c -> {
            values.put("source", List.of(c.source().value()));
            c.locator().ifPresent(v -> values.put("locator", List.of(v)));
            c.passage().ifPresent(v -> values.put("passage", List.of(v)));
        });
        p.validFrom().ifPresent(d -> values.put("validFrom", List.of(d.toString())));
        p.validTo().ifPresent(d -> values.put("validTo", List.of(d.toString())));
    }

    /** The first citation comes from the form; further citations of an edited record are kept as they were. */
    static Provenance readProvenance(FormInput in, Optional<Provenance> current) {
        return readProvenance(in, current, Optional.empty());
    }

    /** As above, citing {@code created} (a source recorded on the same form) when no existing source is picked. */
    static Provenance readProvenance(FormInput in, Optional<Provenance> current, Optional<RecordId> created) {
        Optional<RecordId> picked = in.record("source", SOURCE);
        if (picked.isPresent() && created.isPresent()) {
            in.errorKey("newSourceTitle", "records.error.twoSources");
        }
        Optional<RecordId> source = picked.or(() -> created);
        Optional<String> locator = in.line("locator");
        Optional<String> passage = in.text("passage");
        if (source.isEmpty() && (locator.isPresent() || passage.isPresent())) {
            in.errorKey("source", "records.error.sourceForPassage");
        }
        // forms that do not show the validity dates keep the edited record's own
        var validFrom = in.values().containsKey("validFrom") ? in.date("validFrom") : current.flatMap(Provenance::validFrom);
        var validTo = in.values().containsKey("validTo") ? in.date("validTo") : current.flatMap(Provenance::validTo);
        in.inOrder("validFrom", validFrom, "validTo", validTo);
        List<Citation> citations = new ArrayList<>();
        source.ifPresent(s -> citations.add(new Citation(s, locator, passage)));
        current.ifPresent(p -> p.citations().stream().skip(1).forEach(citations::add));
        if (!in.valid()) {
            return Provenance.none();
        }
        return new Provenance(citations, validFrom, validTo);
    }

    static Map<String, List<String>> map() {
        return new LinkedHashMap<>();
    }

    static List<String> one(Object value) {
        return List.of(value.toString());
    }

    static List<String> all(List<?> values) {
        return values.stream().map(Object::toString).toList();
    }
}
