package org.tutela.app.web.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;

/**
 * A case in one state by its case number: the authority, the charges, who is accused and who complains, its
 * status. A charge left as it was keeps what the form does not show (penalties, sentence, value at stake).
 */
final class ProceedingRecording implements Recording<Proceeding> {
    @Override
    public RecordKind kind() {
        return RecordKind.PROCEEDING;
    }

    @Override
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("proceeding")
                .keyed("state", Control.STATE, true)
                .keyed("caseNumber", Control.LINE, true)
                .keyed("type", Control.SELECT, false, FormField.choicesOf(Proceeding.Type.class))
                .keyed("status", Control.SELECT, false, FormField.choicesOf(Proceeding.Status.class))
                .keyed("opened", Control.DATE, false)
                .pick("authority", Control.PICK, false, Set.of(RecordKind.ORGANISATION))
                .pick("accused", Control.PICKS, false, IncidentRecording.PARTIES)
                .pick("complainants", Control.PICKS, false, IncidentRecording.PARTIES)
                .pick("related", Control.PICKS, false, IncidentRecording.MATTERS)
                .keyed("notes", Control.TEXT, false);
        int charges = rows(form);
        for (int i = 1; i <= charges; i++) {
            form.sectionKey("charge", i)
                    .keyedAs("charge" + i + "Description", "chargeDescription", Control.LINE, false, List.of())
                    .keyedAs("charge" + i + "Category", "chargeCategory", Control.SELECT, false, FormField.choicesOf(Charge.Category.class))
                    .keyedAs("charge" + i + "From", "chargeFrom", Control.DATE, false, List.of())
                    .keyedAs("charge" + i + "To", "chargeTo", Control.DATE, false, List.of());
        }
        Recording.layProvenance(form, true);
    }

    /** As many charge rows as were filled, plus one empty row, and never fewer than two. */
    private static int rows(FormBuilder form) {
        int filled = 0;
        for (int i = 1; i <= 50; i++) {
            if (form.valuesOf("charge" + i + "Description").stream().anyMatch(v -> v != null && !v.isBlank())) {
                filled = i;
            }
        }
        return Math.max(2, filled + 1);
    }

    @Override
    public Map<String, List<String>> values(Proceeding p) {
        Map<String, List<String>> v = Recording.map();
        v.put("state", Recording.one(p.state()));
        v.put("caseNumber", List.of(p.caseNumber()));
        v.put("type", Recording.one(p.type()));
        v.put("status", Recording.one(p.status()));
        p.opened().ifPresent(x -> v.put("opened", Recording.one(x)));
        p.authority().ifPresent(x -> v.put("authority", Recording.one(x)));
        v.put("accused", Recording.all(p.accused()));
        v.put("complainants", Recording.all(p.complainants()));
        v.put("related", Recording.all(p.related()));
        p.notes().ifPresent(x -> v.put("notes", Recording.one(x)));
        for (int n = 0; n < p.charges().size(); n++) {
            Charge c = p.charges().get(n);
            String prefix = "charge" + (n + 1);
            v.put(prefix + "Description", List.of(c.description()));
            v.put(prefix + "Category", Recording.one(c.category()));
            c.allegedFrom().ifPresent(x -> v.put(prefix + "From", Recording.one(x)));
            c.allegedTo().ifPresent(x -> v.put(prefix + "To", Recording.one(x)));
        }
        Recording.provenanceValues(p.provenance(), v);
        return v;
    }

    @Override
    public Proceeding build(FormInput in, RecordId id, Optional<Proceeding> current) {
        var state = in.requiredState("state");
        String caseNumber = in.requiredLine("caseNumber");
        var type = in.choice("type", Proceeding.Type.class).orElse(Proceeding.Type.CRIMINAL);
        var status = in.choice("status", Proceeding.Status.class).orElse(Proceeding.Status.UNKNOWN);
        var opened = in.date("opened");
        var authority = in.record("authority", Set.of(RecordKind.ORGANISATION));
        var accused = in.records("accused", IncidentRecording.PARTIES);
        var complainants = in.records("complainants", IncidentRecording.PARTIES);
        var related = in.records("related", IncidentRecording.MATTERS);
        if (related.contains(id)) {
            in.errorKey("related", "records.error.selfReference");
        }
        var notes = in.text("notes");
        List<Charge> charges = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String prefix = "charge" + i;
            Optional<String> description = in.line(prefix + "Description");
            var category = in.choice(prefix + "Category", Charge.Category.class).orElse(Charge.Category.OTHER);
            Optional<ApproximateDate> from = in.date(prefix + "From");
            Optional<ApproximateDate> to = in.date(prefix + "To");
            if (description.isEmpty()) {
                if (from.isPresent() || to.isPresent()) {
                    in.errorKey(prefix + "Description", "records.error.chargeForDates");
                }
                continue;
            }
            in.inOrder(prefix + "From", from, prefix + "To", to);
            try {
                Optional<Charge> kept = current.flatMap(p -> p.charges().stream().filter(c -> c.description().equals(description.get()))
                        .findFirst());
                charges.add(kept.map(c -> new Charge(c.description(), category, from, to, c.maxPenaltyYears(), c.deathPenalty(),
                        c.sentenceYears(), c.valueAtStakeEur(), c.punishes())).orElse(new Charge(description.get(), category, from, to)));
            } catch (InvalidRecordException e) {
                in.problem(prefix + "Description", e);
            }
        }
        var provenance = Recording.readProvenance(in, current.map(Proceeding::provenance));
        if (!in.valid()) {
            return null;
        }
        return new Proceeding(id, state, caseNumber, type, authority, charges, accused, complainants, opened, status, related, notes,
                provenance);
    }

    @Override
    public String fieldFor(String recordField) {
        if (recordField.startsWith("charges[")) {
            int n = Integer.parseInt(recordField.replaceAll("charges\\[(\\d+)].*", "$1"));
            return "charge" + (n + 1) + "Description";
        }
        return Recording.super.fieldFor(recordField);
    }
}
