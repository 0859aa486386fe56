package org.tutela.app.web.patterns;

import org.tutela.core.registry.ApproximateDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tutela.core.patterns.Evidence;
import org.tutela.core.patterns.Finding;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Source;

/**
 * A finding as the page and the API show it: the references of the finding with the labels of the
 * records they point to, read through the caller's view. The words around them come from the bundles.
 */
public record FindingView(String detector, Ref anchor, List<String> states, String stateNames, List<Item> evidence) {

    /** A record as a reference: id, kind, label and where its page is. */
    public record Ref(String id, String kind, String label, String href) {
        static Ref of(RecordId id, RegistryView view) {
            Optional<RegistryRecord> r = view.get(id);
            return new Ref(id.value(), r.map(x -> x.kind().name().toLowerCase(java.util.Locale.ROOT)).orElse(""),
                    r.map(RegistryRecord::label).orElse(id.value()), "/records/" + id.value());
        }
    }

    /** One source behind a record of the finding. */
    public record SourceRef(String source, String title, String href, Optional<String> locator, Optional<String> passage) {
    }

    public record Item(Ref record, String part, Optional<ApproximateDate> date, boolean approximate, List<SourceRef> sources) {
    }

    /** The demo marks a day inferred from a month or a year in the passage of its first citation. */
    static final String APPROXIMATE = "[approximate date";

    /** {@code stateNames} in {@code locale}'s language (the API's callers read the codes in {@code states}). */
    public static FindingView of(Finding f, RegistryView view, java.util.Locale locale) {
        List<Item> items = f.evidence().stream().map(e -> item(e, view)).toList();
        return new FindingView(f.detector(), Ref.of(f.anchor(), view), f.states().stream().map(Country::code).toList(),
                f.states().stream().map(c -> c.name(locale)).collect(Collectors.joining(", ")), items);
    }

    private static Item item(Evidence e, RegistryView view) {
        List<SourceRef> sources = e.citations().stream().map(c -> new SourceRef(c.source().value(),
                view.get(c.source(), Source.class).map(Source::label).orElse(c.source().value()), "/records/" + c.source().value(),
                c.locator(), c.passage())).toList();
        boolean approximate = e.citations().stream().anyMatch(c -> c.passage().filter(p -> p.contains(APPROXIMATE)).isPresent());
        return new Item(Ref.of(e.record(), view), e.part().name(), e.date(), approximate, sources);
    }
}
