package org.tutela.app.web.lookup;

import java.util.List;
import java.util.Optional;
import org.tutela.app.search.MatchReading;
import org.tutela.app.search.MatchReading.Line;
import org.tutela.core.names.Evidence;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.PartMatch;

/**
 * Why a list entry was found, in plain words for the person who searched: each part of the name as the
 * list writes it against the part typed, and what a birth date, gender or nationality added. The words
 * are message keys of {@code messages/lookup} ({@code lookup.why.<kind>}, with the list's part as
 * {0} and the typed part as {1}); nothing of the engine's own vocabulary reaches the page: no score, no
 * similarity, no value a piece of evidence compared, no evidence that changed nothing. The findings and
 * their order are {@link MatchReading}'s; only the words are narrower.
 */
public final class LookupReasons {
    static final String PREFIX = "lookup.why.";

    /** The public lookup's words. */
    static final MatchReading.Vocabulary WORDS = new MatchReading.Vocabulary() {
        @Override
        public String prefix() {
            return PREFIX;
        }

        @Override
        public Optional<Line> score(NameMatch match) {
            return Optional.empty();
        }

        @Override
        public Line part(PartMatch part) {
            return new Line(PREFIX + part.kind().name(), List.of(part.candidate().orElse(""), part.query().orElse("")));
        }

        @Override
        public Optional<Line> evidence(Evidence evidence) {
            return evidence.effect() == 0 ? Optional.empty()
                    : Optional.of(new Line(PREFIX + evidence.kind().name() + (evidence.supports() ? ".agrees" : ".differs"), List.of()));
        }

        @Override
        public List<String> keys() {
            return MatchReading.byKind(PREFIX, PREFIX);
        }
    };

    private LookupReasons() {
    }

    /** The reasons for {@code match}, each said once. */
    public static List<Line> of(NameMatch match) {
        return MatchReading.of(match, WORDS).stream().distinct().toList();
    }

    /** Every key {@link #of} can produce: each must be worded in every language of the page. */
    public static List<String> keys() {
        return MatchReading.keys(WORDS);
    }
}
