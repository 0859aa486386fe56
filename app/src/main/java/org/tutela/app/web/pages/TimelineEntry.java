package org.tutela.app.web.pages;

import java.time.LocalDate;
import org.tutela.core.registry.ApproximateDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;

/**
 * One dated thing on a timeline, with the sources that say it happened and any claims of sources
 * that disagree about it. Undated entries are kept (and shown apart) rather than dropped. {@code kind} and
 * {@code title} are in English; a page words them in its own language from {@code record} ({@code @labels}).
 */
public record TimelineEntry(Optional<ApproximateDate> date, Optional<ApproximateDate> until, String kind, String title, String href,
                            Optional<String> detail, List<Cited> sources, List<Disagreement> conflicts, RegistryRecord record) {

    static final Comparator<TimelineEntry> CHRONOLOGICAL = Comparator
            .comparing((TimelineEntry e) -> e.date().map(ApproximateDate::earliest).orElse(LocalDate.MAX))
            .thenComparing(TimelineEntry::title);

    static TimelineEntry of(RegistryRecord record, Optional<ApproximateDate> until, Optional<String> detail, RegistryView registry) {
        return new TimelineEntry(record.eventDate(), until, Labels.phrase(record.kind()), Labels.title(record),
                Labels.href(record.id(), record.kind()), detail, Cited.of(record, registry), Disagreement.about(record, registry), record);
    }

    public boolean dated() {
        return date.isPresent();
    }
}
