package org.tutela.app.web.pages;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tutela.core.registry.Revision;
import org.tutela.json.RecordJson;

/** What each revision changed, field by field, so that a history says more than "revised". */
final class RevisionChanges {
    private RevisionChanges() {
    }

    /** Revision number → the fields it changed, in words ("created" for the first, "retracted" for a retraction). */
    static Map<Integer, String> of(List<Revision> history, RecordJson json) {
        Map<Integer, String> changes = new HashMap<>();
        Map<String, List<String>> before = Map.of();
        for (Revision r : history) {
            if (r.state().isEmpty()) {
                changes.put(r.number(), "retracted");
                before = Map.of();
                continue;
            }
            Map<String, List<String>> now = new TreeMap<>(json.fields(r.state().get()));
            if (r.number() == 1 || before.isEmpty()) {
                changes.put(r.number(), r.number() == 1 ? "created" : "restored");
            } else {
                Set<String> fields = new LinkedHashSet<>();
                Set<String> keys = new LinkedHashSet<>(before.keySet());
                keys.addAll(now.keySet());
                for (String key : keys) {
                    if (!java.util.Objects.equals(before.get(key), now.get(key))) {
                        // provenance.citations.passage reads as "provenance"; names.full as "names"
                        fields.add(FieldRow.words(key.contains(".") ? key.substring(0, key.indexOf('.')) : key).toLowerCase(java.util.Locale.ROOT));
                    }
                }
                changes.put(r.number(), fields.isEmpty() ? "no field changed" : String.join(", ", fields));
            }
            before = now;
        }
        return changes;
    }
}
