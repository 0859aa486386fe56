package org.tutela.app.dossier;

import java.time.LocalDate;
import org.tutela.core.registry.ApproximateDate;
import java.util.List;
import java.util.Optional;

/**
 * What a dossier holds, ready for its template: references resolved to labels, sources numbered as
 * exhibits, dates marked where only approximate. The sentences around them are in the bundles.
 */
public record Dossier(Audience audience, String subjectId, String subjectKind, String title, LocalDate generated,
                      List<String> caseNumbers, List<Person> persons, List<Entry> chronology, List<Request> requests,
                      List<Flag> flags, List<Pattern> patterns, List<Exhibit> exhibits, Optional<String> band,
                      List<PartnerMatch> partnerMatches) {

    public Dossier {
        partnerMatches = List.copyOf(partnerMatches);
    }

    /**
     * A possible match of a request's named person with a person a federation partner protects: the request, the
     * name as the request wrote it, the partner, group and bulletin to ask about, the status as shared; never a name
     * of the partner's person. {@code bar}: flag 1 would fire if it is the same person.
     */
    public record PartnerMatch(String request, String asWritten, String partner, String group, String bulletin, String status,
                               boolean bar) {
    }

    /**
     * A date as the sources give it, written in the dossier's language as precise as it was recorded ({@code shown}:
     * "2013", "May 2013", "about 2013"); {@code approximate} when it is not a known day, or when a record written
     * before dates could be approximate marks its day as inferred from a month or a year.
     */
    public record When(Optional<ApproximateDate> date, boolean approximate, String shown) {
        public String iso() {
            return shown;
        }

        /** True when only a record's old mark, not the date itself, says it is approximate: the words must say so. */
        public boolean markedOnly() {
            return approximate && date.filter(ApproximateDate::isDay).isPresent();
        }
    }

    /** A person the dossier is about, with every spelling of the name and the protection held. */
    public record Person(String id, String name, List<String> otherNames, Optional<String> birthDate, List<String> nationalities,
                         List<String> protection) {
    }

    /** A dated record in the chronology, with the numbers of its exhibits. */
    public record Entry(When when, String kind, String label, List<Integer> exhibits) {
    }

    public record Decision(When when, String outcome, String body, List<String> grounds, List<Integer> exhibits) {
    }

    public record Request(String id, String label, When when, String type, String requesting, String requested,
                          Optional<String> onBehalfOf, List<Decision> decisions, List<Integer> exhibits) {
    }

    public record Fact(String statement, List<Integer> exhibits) {
    }

    /** A fired red flag of a request's screening, with its legal grounds and the facts that fired it. */
    public record Flag(String request, String id, String title, String explanation, List<String> grounds, List<Fact> facts) {
    }

    /** A pattern across cases naming the subject, by detector id (words in the bundle) and its records. */
    public record Pattern(String detector, String anchor, String states, List<String> records, List<Integer> exhibits) {
    }

    /** A source, numbered in order of first citation, with the passages relied on. */
    public record Exhibit(int number, String title, Optional<String> publisher, Optional<String> published, Optional<String> url,
                          String reliability, List<String> passages) {
    }
}
