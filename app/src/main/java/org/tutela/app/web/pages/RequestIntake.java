package org.tutela.app.web.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.CooperationRequest.LegalBasis;
import org.tutela.core.registry.CooperationRequest.Measure;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;

/**
 * The intake of a cooperation request as it arrives on a reviewer's desk: the persons as the request
 * writes them (in any script), the facts alleged, the offences, the measures asked, the legal basis
 * invoked and the documents attached. Row groups (persons, offences) grow by one on each edit.
 */
final class RequestIntake implements Recording<CooperationRequest> {
    @Override
    public RecordKind kind() {
        return RecordKind.COOPERATION_REQUEST;
    }

    @Override
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("request")
                .keyed("type", Control.SELECT, true, FormField.choicesOf(CooperationRequest.Type.class))
                .keyed("requestingState", Control.STATE, true)
                .keyed("requestedState", Control.STATE, true)
                .keyed("date", Control.DATE, false)
                .keyed("referenceNumbers", Control.TEXT, false)
                .keyed("channel", Control.SELECT, false, FormField.choicesOf(CooperationRequest.Channel.class))
                .keyed("onBehalfOf", Control.STATE, false)
                .pick("requestingAuthority", Control.PICK, false, Set.of(RecordKind.ORGANISATION))
                .pick("proceeding", Control.PICK, false, Set.of(RecordKind.PROCEEDING))
                .pick("complainants", Control.PICKS, false, IncidentRecording.PARTIES);
        int persons = rows(form, "person", 3);
        for (int i = 1; i <= persons; i++) {
            form.sectionKey("person", i)
                    .keyedAs("person" + i + "Name", "personName", Control.LINE, i == 1, List.of())
                    .keyedAs("person" + i + "Role", "personRole", Control.SELECT, false, FormField.choicesOf(NamedPerson.Role.class))
                    .pickAs("person" + i + "Record", "personRecord", Control.PICK, false, Set.of(RecordKind.PERSON))
                    .keyedAs("person" + i + "Birth", "personBirth", Control.DATE, false, List.of());
        }
        form.sectionKey("facts")
                .keyed("allegedFacts", Control.TEXT, false);
        int offences = rows(form, "offence", 2);
        for (int i = 1; i <= offences; i++) {
            form.sectionKey("offence", i)
                    .keyedAs("offence" + i + "Description", "offenceDescription", Control.LINE, false, List.of())
                    .keyedAs("offence" + i + "Category", "offenceCategory", Control.SELECT, false, FormField.choicesOf(Charge.Category.class))
                    .keyedAs("offence" + i + "From", "offenceFrom", Control.DATE, false, List.of())
                    .keyedAs("offence" + i + "To", "offenceTo", Control.DATE, false, List.of());
        }
        form.sectionKey("measures")
                .keyed("measures", Control.CHECKBOXES, false, FormField.choicesOf(Measure.Kind.class))
                .keyed("openEnded", Control.CHECKBOXES, false, FormField.choicesOf(Measure.Kind.class))
                .sectionKey("legalBasis")
                .keyed("legalBases", Control.CHECKBOXES, false, FormField.choicesOf(CooperationRequest.Instrument.class))
                .keyed("legalBasisDetail", Control.LINE, false)
                .sectionKey("attachment")
                .keyed("attachmentName", Control.LINE, false)
                .keyed("attachmentKind", Control.SELECT, false, FormField.choicesOf(Attachment.Kind.class))
                .keyed("attachmentAuthor", Control.LINE, false)
                .keyed("attachmentText", Control.TEXT, false);
        Recording.layProvenance(form, false);
    }

    /** As many rows as were filled, plus one empty row, and never fewer than {@code least}. */
    private static int rows(FormBuilder form, String group, int least) {
        int filled = 0;
        for (int i = 1; i <= 50; i++) {
            String key = group + i + (group.equals("person") ? "Name" : "Description");
            if (form.valuesOf(key).stream().anyMatch(v -> v != null && !v.isBlank())) {
                filled = i;
            }
        }
        return Math.max(least, filled + 1);
    }

    @Override
    public Map<String, List<String>> values(CooperationRequest r) {
        Map<String, List<String>> v = Recording.map();
        v.put("type", Recording.one(r.type()));
        v.put("requestingState", Recording.one(r.requestingState()));
        v.put("requestedState", Recording.one(r.requestedState()));
        r.date().ifPresent(x -> v.put("date", Recording.one(x)));
        v.put("referenceNumbers", List.of(String.join("\n", r.referenceNumbers())));
        r.channel().ifPresent(x -> v.put("channel", Recording.one(x)));
        r.onBehalfOf().ifPresent(x -> v.put("onBehalfOf", Recording.one(x)));
        r.requestingAuthority().ifPresent(x -> v.put("requestingAuthority", Recording.one(x)));
        r.proceeding().ifPresent(x -> v.put("proceeding", Recording.one(x)));
        v.put("complainants", Recording.all(r.complainants()));
        for (int n = 0; n < r.persons().size(); n++) {
            NamedPerson p = r.persons().get(n);
            int i = n;
            v.put("person" + (i + 1) + "Name", List.of(p.asWritten()));
            v.put("person" + (i + 1) + "Role", Recording.one(p.role()));
            p.person().ifPresent(x -> v.put("person" + (i + 1) + "Record", Recording.one(x)));
            p.birthDate().ifPresent(x -> v.put("person" + (i + 1) + "Birth", Recording.one(x)));
        }
        v.put("allegedFacts", List.of(String.join("\n", r.allegedFacts())));
        for (int n = 0; n < r.offences().size(); n++) {
            Charge c = r.offences().get(n);
            int i = n;
            v.put("offence" + (i + 1) + "Description", List.of(c.description()));
            v.put("offence" + (i + 1) + "Category", Recording.one(c.category()));
            c.allegedFrom().ifPresent(x -> v.put("offence" + (i + 1) + "From", Recording.one(x)));
            c.allegedTo().ifPresent(x -> v.put("offence" + (i + 1) + "To", Recording.one(x)));
        }
        v.put("measures", r.measures().stream().map(m -> m.kind().name()).distinct().toList());
        v.put("openEnded", r.measures().stream().filter(m -> m.scope() == Measure.Scope.OPEN_ENDED).map(m -> m.kind().name()).distinct().toList());
        v.put("legalBases", r.legalBases().stream().map(b -> b.instrument().name()).distinct().toList());
        r.legalBases().stream().flatMap(b -> b.detail().stream()).findFirst().ifPresent(x -> v.put("legalBasisDetail", List.of(x)));
        r.attachments().stream().findFirst().ifPresent(a -> {
            v.put("attachmentName", List.of(a.name()));
            v.put("attachmentKind", Recording.one(a.kind()));
            a.author().ifPresent(x -> v.put("attachmentAuthor", List.of(x)));
            v.put("attachmentText", List.of(a.text()));
        });
        Recording.provenanceValues(r.provenance(), v);
        return v;
    }

    @Override
    public CooperationRequest build(FormInput in, RecordId id, Optional<CooperationRequest> current) {
        var type = in.requiredChoice("type", CooperationRequest.Type.class);
        var requesting = in.requiredState("requestingState");
        var requested = in.requiredState("requestedState");
        if (requesting != null && requesting.equals(requested)) {
            in.errorKey("requestedState", "records.error.sameState");
        }
        var date = in.date("date");
        var references = in.lines("referenceNumbers");
        var channel = in.choice("channel", CooperationRequest.Channel.class);
        var onBehalfOf = in.state("onBehalfOf");
        var authority = in.record("requestingAuthority", Set.of(RecordKind.ORGANISATION));
        var proceeding = in.record("proceeding", Set.of(RecordKind.PROCEEDING));
        var complainants = in.records("complainants", IncidentRecording.PARTIES);

        List<NamedPerson> persons = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String prefix = "person" + i;
            Optional<String> name = in.line(prefix + "Name");
            var role = in.choice(prefix + "Role", NamedPerson.Role.class);
            var record = in.record(prefix + "Record", Set.of(RecordKind.PERSON));
            var birth = in.date(prefix + "Birth");
            if (name.isEmpty()) {
                if (record.isPresent() || birth.isPresent()) {
                    in.errorKey(prefix + "Name", "records.error.writeName");
                }
                continue;
            }
            try {
                persons.add(new NamedPerson(name.get(), record, role.orElse(NamedPerson.Role.TARGET), birth));
            } catch (InvalidRecordException e) {
                in.problem(prefix + "Name", e);
            }
        }
        if (persons.isEmpty() && !in.errors().containsKey("person1Name")) {
            in.errorKey("person1Name", "records.error.nameRequired");
        }

        List<Charge> offences = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String prefix = "offence" + i;
            Optional<String> description = in.line(prefix + "Description");
            var category = in.choice(prefix + "Category", Charge.Category.class);
            Optional<ApproximateDate> from = in.date(prefix + "From");
            Optional<ApproximateDate> to = in.date(prefix + "To");
            if (description.isEmpty()) {
                if (from.isPresent() || to.isPresent()) {
                    in.errorKey(prefix + "Description", "records.error.offenceForDates");
                }
                continue;
            }
            if (from.isPresent() && to.isPresent() && to.get().surelyBefore(from.get())) {
                in.inOrder(prefix + "From", from, prefix + "To", to);
                continue;
            }
            try {
                offences.add(new Charge(description.get(), category.orElse(Charge.Category.OTHER), from, to));
            } catch (InvalidRecordException e) {
                in.problem(prefix + "Description", e);
            }
        }

        var facts = in.lines("allegedFacts");
        var kinds = in.choices("measures", Measure.Kind.class);
        var openEnded = in.choices("openEnded", Measure.Kind.class);
        for (Measure.Kind k : openEnded) {
            if (!kinds.contains(k)) {
                in.errorKey("openEnded", "records.error.openEndedNotAsked", in.words().label(k));
            }
        }
        List<Measure> measures = kinds.stream().map(k -> new Measure(k, openEnded.contains(k) ? Measure.Scope.OPEN_ENDED
                : previousScope(current, k), previousDescription(current, k))).toList();
        var instruments = in.choices("legalBases", CooperationRequest.Instrument.class);
        var detail = in.line("legalBasisDetail");
        if (detail.isPresent() && instruments.isEmpty()) {
            in.errorKey("legalBases", "records.error.instrumentForArticles");
        }
        List<LegalBasis> bases = new ArrayList<>();
        for (int i = 0; i < instruments.size(); i++) {
            bases.add(new LegalBasis(instruments.get(i), i == 0 ? detail : Optional.empty()));
        }

        List<Attachment> attachments = new ArrayList<>();
        var attachmentName = in.line("attachmentName");
        var attachmentKind = in.choice("attachmentKind", Attachment.Kind.class);
        var attachmentAuthor = in.line("attachmentAuthor");
        var attachmentText = in.text("attachmentText");
        if (attachmentName.isPresent() || attachmentText.isPresent()) {
            if (attachmentName.isEmpty()) {
                in.errorKey("attachmentName", "records.error.attachmentName");
            } else if (attachmentText.isEmpty()) {
                in.errorKey("attachmentText", "records.error.attachmentText");
            } else {
                try {
                    attachments.add(new Attachment(attachmentName.get(), attachmentKind.orElse(Attachment.Kind.OTHER), attachmentAuthor,
                            attachmentText.get()));
                } catch (InvalidRecordException e) {
                    in.problem("attachment" + capitalised(e.field().replace("attachments.", "")), e);
                }
            }
        }
        current.ifPresent(c -> c.attachments().stream().skip(1).forEach(attachments::add));
        var provenance = Recording.readProvenance(in, current.map(CooperationRequest::provenance));
        if (!in.valid()) {
            return null;
        }
        return new CooperationRequest(id, type, requesting, requested, date, references, authority, proceeding, persons, offences,
                facts, measures, bases, channel, onBehalfOf, complainants, attachments, provenance);
    }

    private static Measure.Scope previousScope(Optional<CooperationRequest> current, Measure.Kind kind) {
        return current.flatMap(c -> c.measures().stream().filter(m -> m.kind() == kind).findFirst()).map(Measure::scope)
                .filter(s -> s != Measure.Scope.OPEN_ENDED).orElse(Measure.Scope.UNSPECIFIED);
    }

    private static Optional<String> previousDescription(Optional<CooperationRequest> current, Measure.Kind kind) {
        return current.flatMap(c -> c.measures().stream().filter(m -> m.kind() == kind).findFirst()).flatMap(Measure::description);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String fieldFor(String recordField) {
        Matcher row = Pattern.compile("(persons|offences)\\[(\\d+)]\\.?(\\w*)").matcher(recordField);
        if (row.matches()) {
            return (row.group(1).equals("persons") ? "person" : "offence") + (Integer.parseInt(row.group(2)) + 1) + "Name";
        }
        if (recordField.equals("persons.asWritten")) {
            return "person1Name";
        }
        return Recording.super.fieldFor(recordField);
    }
}
