package org.tutela.app.web.lookup;

import java.util.ArrayList;
import java.util.List;
import org.tutela.core.names.Evidence;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.PartMatch;

/**
 * Why a list entry was found, in plain words for the person who searched: each part of the name as the
 * list writes it against the part typed, and what a birth date, gender or nationality added. The words
 * are message keys of {@code messages/lookup} ({@code lookup.why.<kind>}, with the list's part as
 * {0} and the typed part as {1}); nothing of the engine's own vocabulary reaches the page.
 */
public final class LookupReasons {
    static final String PREFIX = "lookup.why.";

    private LookupReasons() {
    }

    /** One sentence to say: a message key and its arguments. */
    public record Reason(String key, List<String> args) {
        public Reason {
            args = List.copyOf(args);
        }
    }

    public static List<Reason> of(NameMatch match) {
        List<Reason> out = new ArrayList<>();
        if (match.orderSwapped()) {
            out.add(new Reason(PREFIX + "order", List.of()));
        }
        for (PartMatch part : match.parts()) {
            out.add(new Reason(PREFIX + part.kind().name(), List.of(part.candidate().orElse(""), part.query().orElse(""))));
        }
        for (Evidence evidence : match.evidence()) {
            if (evidence.effect() != 0) {
                out.add(new Reason(PREFIX + evidence.kind().name() + (evidence.supports() ? ".agrees" : ".differs"), List.of()));
            }
        }
        return out.stream().distinct().toList();
    }

    /** Every key {@link #of} can produce: each must be worded in every language of the page. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(PREFIX + "order");
        for (PartMatch.Kind kind : PartMatch.Kind.values()) {
            keys.add(PREFIX + kind.name());
        }
        for (Evidence.Kind kind : Evidence.Kind.values()) {
            keys.add(PREFIX + kind.name() + ".agrees");
            keys.add(PREFIX + kind.name() + ".differs");
        }
        return keys;
    }
}
