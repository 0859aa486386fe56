package org.tutela.app.search;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.tutela.core.names.Evidence;
import org.tutela.core.names.NameMatch;
import org.tutela.core.names.NamePart;
import org.tutela.core.names.PartMatch;
import org.tutela.core.screening.FactWording;
import org.tutela.core.screening.Message;

/**
 * The explanation of a name match for the people who weigh it (the search page, the API, the command line):
 * the score, each part's alignment and what birth date, gender or nationality added, as keys of the names
 * bundle ({@code messages/names*.properties}, {@code names.match.*}) with their arguments. The matcher keeps its
 * codes ({@link PartMatch.Kind}, {@link Evidence.Reading}); this class only puts them into the reader's words.
 * The engine's own detail (which romanisation table, which keys) is left to {@link NameMatch#explain()}, the
 * analysts' log form.
 */
public final class MatchReading {
    static final String BUNDLE = "messages/names";
    static final String PREFIX = "names.match.";

    private MatchReading() {
    }

    /**
     * One sentence: a key and its arguments. An argument is a value written as it is (a part of a name, a score, a
     * date) or a {@code Line} of its own, put into words first (a part's role: "surname", "nom de famille").
     */
    public record Line(String key, List<Object> args) {
        public Line {
            args = List.copyOf(args);
        }
    }

    /**
     * What a reading may say of each finding of a match, and in which keys. The full one ({@link #FULL}) tells all the
     * matcher found, for the people who weigh it; a narrower one tells less (the public lookup's, which says nothing
     * of scores or of the values a piece of evidence compared): what it leaves out, it answers empty. The order of
     * the findings, and which are asked, stay here, the same for every vocabulary.
     */
    public interface Vocabulary {
        /** The key prefix of its bundle. */
        String prefix();

        /** The line for the match as a whole, before its parts. */
        Optional<Line> score(NameMatch match);

        /** The line for one part of the name. */
        Line part(PartMatch part);

        /** The line for what a birth date, gender or nationality added. */
        Optional<Line> evidence(Evidence evidence);

        /** Every key {@link #score}, {@link #part} and {@link #evidence} can give (each must be worded in every language). */
        List<String> keys();
    }

    /** Everything the matcher found: score, each part's role, spellings and similarity, each piece of evidence with its values and effect. */
    public static final Vocabulary FULL = new Vocabulary() {
        @Override
        public String prefix() {
            return PREFIX;
        }

        @Override
        public Optional<Line> score(NameMatch match) {
            return Optional.of(new Line(PREFIX + "score", List.of(match.score(), match.nameScore(), match.queryName(), match.candidateName())));
        }

        @Override
        public Line part(PartMatch part) {
            return new Line(PREFIX + "part." + part.kind().name(), List.of(role(part.role()), part.query().orElse(""),
                    part.candidate().orElse(""), part.similarity()));
        }

        @Override
        public Optional<Line> evidence(Evidence evidence) {
            List<Object> args = new ArrayList<>();
            args.add(evidence.effect());
            args.addAll(evidence.values());
            String reading = evidence.reading() == Evidence.Reading.UNSTATED
                    ? "evidence." + evidence.kind().name() + (evidence.supports() ? ".agrees" : ".differs")
                    : "evidence." + evidence.reading().name();
            return Optional.of(new Line(PREFIX + reading, args));
        }

        @Override
        public List<String> keys() {
            // reviewer, reviewer.absent: a candidate a reviewer confirmed in the request, without a match to explain
            List<String> keys = new ArrayList<>(List.of(PREFIX + "score", PREFIX + "reviewer", PREFIX + "reviewer.absent"));
            for (NamePart.Role role : NamePart.Role.values()) {
                keys.add(PREFIX + "role." + role.name());
            }
            keys.addAll(byKind(PREFIX + "part.", PREFIX + "evidence."));
            for (Evidence.Reading reading : Evidence.Reading.values()) {
                if (reading != Evidence.Reading.UNSTATED) {
                    keys.add(PREFIX + "evidence." + reading.name());
                }
            }
            return keys;
        }
    };

    /** The full reading of {@code match}. */
    public static List<Line> of(NameMatch match) {
        return of(match, FULL);
    }

    /** The reading of {@code match} in {@code words}: the whole, the order of the parts, each part, each piece of evidence. */
    public static List<Line> of(NameMatch match, Vocabulary words) {
        List<Line> out = new ArrayList<>();
        words.score(match).ifPresent(out::add);
        if (match.orderSwapped()) {
            out.add(new Line(words.prefix() + "order", List.of()));
        }
        for (PartMatch part : match.parts()) {
            out.add(words.part(part));
        }
        for (Evidence evidence : match.evidence()) {
            words.evidence(evidence).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * The keys a vocabulary names parts and evidence by kind with: {@code parts} and the kind of part;
     * {@code evidence}, the kind of evidence and whether it agrees or differs.
     */
    public static List<String> byKind(String parts, String evidence) {
        List<String> keys = new ArrayList<>();
        for (PartMatch.Kind kind : PartMatch.Kind.values()) {
            keys.add(parts + kind.name());
        }
        for (Evidence.Kind kind : Evidence.Kind.values()) {
            keys.add(evidence + kind.name() + ".agrees");
            keys.add(evidence + kind.name() + ".differs");
        }
        return keys;
    }

    private static Line role(NamePart.Role role) {
        return new Line(PREFIX + "role." + role.name(), List.of());
    }

    /** Every key {@link #of(NameMatch)} can produce: each must be worded in every language of the interface. */
    public static List<String> keys() {
        return keys(FULL);
    }

    /** Every key {@link #of(NameMatch, Vocabulary)} can produce in {@code words}. */
    public static List<String> keys(Vocabulary words) {
        List<String> keys = new ArrayList<>();
        keys.add(words.prefix() + "order");
        keys.addAll(words.keys());
        return keys;
    }

    /** The line in {@code locale} (English where the interface has no translation of the names bundle). */
    public static String text(Line line, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return text(line, bundle);
    }

    /** The lines in {@code locale}, one per finding. */
    public static List<String> texts(NameMatch match, Locale locale) {
        return of(match).stream().map(l -> text(l, locale)).toList();
    }

    private static String text(Line line, ResourceBundle bundle) {
        Locale locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        MessageFormat format = new MessageFormat(bundle.getString(line.key()), locale);
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[line.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = line.args().get(i);
            // a stored line's numbers are text: the pattern says which arguments it writes as numbers
            boolean number = i < formats.length && formats[i] instanceof java.text.NumberFormat;
            args[i] = a instanceof Line inner ? text(inner, bundle) : number && a instanceof String n ? Double.valueOf(n) : a;
        }
        return format.format(args);
    }

    /**
     * The explanation as a screening report stores it (its candidates' {@code reading}): messages of the names bundle,
     * a part's role as a code (the key of its words), numbers as text.
     */
    public static List<Message> messages(NameMatch match) {
        return of(match).stream().map(MatchReading::message).toList();
    }

    private static Message message(Line line) {
        return Message.of(line.key(), line.args().stream().map(a -> a instanceof Line inner ? new Message.Code(inner.key()) : a).toArray());
    }

    /** Whether {@code message} is a line of a match's explanation (a key of the names bundle), which {@link #text(Message, Locale)} words. */
    public static boolean reads(Message message) {
        return message.key().startsWith(PREFIX);
    }

    /**
     * Any message of a report in {@code locale}: a line of a match's explanation from the names bundle, any other from
     * the facts bundle and the rule pack ({@link FactWording}). One place for the pages and the API alike.
     */
    public static String anyText(Message message, Locale locale) {
        return reads(message) ? text(message, locale) : FactWording.render(message, locale, message.key());
    }

    /** A stored line of a match's explanation in {@code locale}. */
    public static String text(Message message, Locale locale) {
        return text(new Line(message.key(), message.args().stream()
                .map(a -> a.code() ? (Object) new Line(a.value(), List.of()) : a.value()).toList()), locale);
    }
}
