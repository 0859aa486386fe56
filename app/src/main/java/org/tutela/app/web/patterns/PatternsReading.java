package org.tutela.app.web.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tutela.core.patterns.Finding;
import org.tutela.core.patterns.Patterns;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;

/**
 * The patterns as the caller may see them. The caller's compartment view is read once, kind by kind,
 * into an in-memory set (one audited search per kind rather than one audit entry per record the
 * detectors look at), and every detector runs over that set: a record outside the caller's
 * compartments can neither appear in a finding nor make one. Computed on each read, so the findings
 * follow the registry as it changes.
 */
@Component
public class PatternsReading {
    private final Registry registry;
    private final Patterns patterns = Patterns.standard();

    /** {@code registry} is the web layer's registry bean: the caller's compartment view. */
    public PatternsReading(Registry registry) {
        this.registry = registry;
    }

    public Patterns patterns() {
        return patterns;
    }

    /** The records the caller may see, as one in-memory view. */
    public RecordSet visible() {
        List<RegistryRecord> records = new ArrayList<>();
        for (Class<?> kind : RegistryRecord.class.getPermittedSubclasses()) {
            records.addAll(registry.all(kind.asSubclass(RegistryRecord.class)));
        }
        return RecordSet.of(records);
    }

    /** The findings, of one detector or all, about one record or all, with the records they name; states named in English. */
    public List<FindingView> findings(Optional<String> detector, Optional<RecordId> about) {
        return findings(detector, about, java.util.Locale.ENGLISH);
    }

    /** The same, the states named in {@code locale}'s language. */
    public List<FindingView> findings(Optional<String> detector, Optional<RecordId> about, java.util.Locale locale) {
        RecordSet view = visible();
        List<Finding> found = about.isPresent() ? patterns.findingsAbout(view, about.get()) : patterns.find(view);
        return found.stream().filter(f -> detector.map(f.detector()::equals).orElse(true)).map(f -> FindingView.of(f, view, locale)).toList();
    }
}
