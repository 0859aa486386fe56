package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Relationship;

/**
 * Everything the registry knows about one person, arranged for a reader: who they are, what
 * protects them, who they are tied to, what is asked and decided about them, and the timeline.
 */
public record PersonDossier(Person person, List<ProtectionStatus> statuses, List<Tie> ties,
                            List<CooperationRequest> requests, List<Proceeding> proceedings, List<Incident> incidents,
                            List<TimelineEntry> timeline, List<TimelineEntry> undated, List<Disagreement> conflicts,
                            List<Cited> sources) {

    /** A relationship seen from the person: the other party and what ties them. */
    public record Tie(String type, String otherLabel, String otherHref, String direction, Optional<String> detail,
                      String recordHref) {
    }

    /** The words a dossier needs from the page's bundles: a message by key and arguments. */
    @FunctionalInterface
    public interface Sentences {
        String say(String key, Object... args);
    }

    /** {@code labels} and {@code words} put codes and the details of the timeline into the page's language. */
    public static PersonDossier of(Person person, RegistryView registry, Labels labels, Sentences words) {
        RecordId id = person.id();
        List<RegistryRecord> around = registry.referencing(id);
        List<ProtectionStatus> statuses = ofType(around, ProtectionStatus.class).stream()
                .filter(s -> s.person().equals(id)).sorted(Comparator.comparing(s -> s.granted().map(org.tutela.core.registry.ApproximateDate::earliest).orElse(java.time.LocalDate.MAX))).toList();
        List<CooperationRequest> requests = sortedByDate(ofType(around, CooperationRequest.class));
        List<Proceeding> proceedings = sortedByDate(ofType(around, Proceeding.class));
        List<Incident> incidents = sortedByDate(ofType(around, Incident.class));
        List<Tie> ties = ofType(around, Relationship.class).stream().map(r -> tie(r, id, registry, labels))
                .sorted(Comparator.comparing(Tie::type).thenComparing(Tie::otherLabel)).toList();

        // decisions about her directly, and decisions on the requests and proceedings that concern her
        Map<RecordId, Decision> decisions = new LinkedHashMap<>();
        ofType(around, Decision.class).forEach(d -> decisions.put(d.id(), d));
        for (RegistryRecord subject : concat(requests, proceedings)) {
            registry.referencing(subject.id(), Decision.class).stream()
                    .filter(d -> d.subject().equals(subject.id())).forEach(d -> decisions.put(d.id(), d));
        }

        List<TimelineEntry> entries = new ArrayList<>();
        incidents.forEach(i -> entries.add(TimelineEntry.of(i, i.endDate(), Optional.of(i.summary()), registry)));
        requests.forEach(r -> entries.add(TimelineEntry.of(r, Optional.empty(),
                Optional.of(r.referenceNumbers().isEmpty() ? "" : words.say("person.detail.ref", String.join(", ", r.referenceNumbers())))
                        .filter(s -> !s.isEmpty()), registry)));
        decisions.values().forEach(d -> entries.add(TimelineEntry.of(d, Optional.empty(),
                Optional.of(words.say("person.detail.on", registry.get(d.subject()).map(labels::titleOf).orElse(d.subject().value()))
                        + d.reasoning().map(x -> ". " + x).orElse("")), registry)));
        statuses.forEach(s -> entries.add(TimelineEntry.of(s, s.ended(),
                s.grantingBody().flatMap(registry::get).map(b -> words.say("person.detail.grantedBy", b.label())), registry)));
        proceedings.forEach(p -> entries.add(TimelineEntry.of(p, Optional.empty(), p.notes(), registry)));
        entries.sort(TimelineEntry.CHRONOLOGICAL);

        return new PersonDossier(person, statuses, ties, requests, proceedings, incidents,
                entries.stream().filter(TimelineEntry::dated).toList(),
                entries.stream().filter(e -> !e.dated()).toList(),
                Disagreement.about(person, registry), Cited.of(person, registry));
    }

    private static Tie tie(Relationship r, RecordId self, RegistryView registry, Labels labels) {
        RecordId other = r.other(self).orElseThrow();
        String direction = r.type().symmetric() ? "" : r.from().equals(self) ? "→" : "←";
        Optional<RegistryRecord> party = registry.get(other);
        return new Tie(labels.human(r.type()), party.map(RegistryRecord::label).orElse(other.value()),
                party.map(p -> Labels.href(p.id(), p.kind())).orElse("/records/" + other.value()), direction, r.detail(),
                "/records/" + r.id().value());
    }

    private static <T extends RegistryRecord> List<T> ofType(List<RegistryRecord> records, Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends RegistryRecord> List<T> sortedByDate(List<T> records) {
        return records.stream().sorted(Comparator.comparing((T r) -> r.eventDate().map(org.tutela.core.registry.ApproximateDate::earliest).orElse(java.time.LocalDate.MAX))
                .thenComparing(RegistryRecord::id)).toList();
    }

    private static List<RegistryRecord> concat(List<? extends RegistryRecord> a, List<? extends RegistryRecord> b) {
        List<RegistryRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
