package org.tutela.core.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The wording and weights of the red flags, read from a versioned, lawyer-readable UTF-8 properties
 * file ({@code red-flags.properties} next to this class). The logic of each flag is in
 * {@link org.tutela.core.screening.flags.Flags}, one small class per flag; this file holds everything a lawyer may want to read or change without code.
 */
public final class RulePack {
    public static final String RESOURCE = "red-flags.properties";
    private static final Pattern FLAG_ID = Pattern.compile("TNR-\\d{2}");
    private static final Pattern ASK_KEY = Pattern.compile("flag\\.(TNR-\\d{2})\\.ask\\.([a-z0-9-]+)");
    private static final Pattern PARAM_KEY = Pattern.compile("flag\\.(TNR-\\d{2})\\.param\\.([a-z0-9-]+)");

    private final String version;
    private final String advisory;
    private final Map<String, RedFlag> flags;
    private final Map<String, Question> questions;
    private final Map<Band, String> bandMeanings;
    private final Map<String, String> parameters;
    private final double provisionalMinScore;

    private RulePack(String version, String advisory, Map<String, RedFlag> flags, Map<String, Question> questions,
                     Map<Band, String> bandMeanings, Map<String, String> parameters, double provisionalMinScore) {
        this.version = version;
        this.advisory = advisory;
        this.flags = flags;
        this.questions = questions;
        this.bandMeanings = bandMeanings;
        this.parameters = parameters;
        this.provisionalMinScore = provisionalMinScore;
    }

    /** The rule pack shipped with Tutela. */
    public static RulePack standard() {
        try (InputStream in = RulePack.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule pack resource " + RESOURCE + " is missing from the class path");
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return load(new InputStreamReader(in, utf8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule pack " + RESOURCE, e);
        }
    }

    /** Reads a rule pack; every problem names the key at fault and {@code origin}. */
    public static RulePack load(Reader reader, String origin) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        String version = required(p, origin, "rulepack.version");
        String advisory = required(p, origin, "rulepack.advisory");
        Map<Band, String> bands = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            bands.put(band, required(p, origin, "band." + band.name()));
        }
        Map<String, RedFlag> flags = new TreeMap<>();
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String key : new TreeMap<>(Map.copyOf(asStrings(p))).keySet()) {
            if (!key.startsWith("flag.")) {
                if (!key.startsWith("rulepack.") && !key.startsWith("band.")) {
                    throw problem(origin, key, "is not a known key (expected rulepack.*, band.* or flag.TNR-nn.*)");
                }
                continue;
            }
            String id = key.split("\\.")[1];
            if (!FLAG_ID.matcher(id).matches()) {
                throw problem(origin, key, "'" + id + "' is not a flag id of the form TNR-nn");
            }
            var ask = ASK_KEY.matcher(key);
            var param = PARAM_KEY.matcher(key);
            if (param.matches()) {
                String value = required(p, origin, key);
                try {
                    Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw problem(origin, key, "'" + value + "' is not a number");
                }
                parameters.put(id + "/" + param.group(2), value);
            } else if (ask.matches()) {
                questions.put(id + "/" + ask.group(2), question(origin, key, p.getProperty(key)));
            } else if (!flags.containsKey(id)) {
                flags.put(id, flag(p, origin, id));
            }
        }
        double provisional = 0.85;
        String minScore = p.getProperty("rulepack.provisional.min-score");
        if (minScore != null) {
            try {
                provisional = Double.parseDouble(minScore.strip());
            } catch (NumberFormatException e) {
                throw problem(origin, "rulepack.provisional.min-score", "'" + minScore.strip() + "' is not a number");
            }
            if (provisional <= 0 || provisional > 1) {
                throw problem(origin, "rulepack.provisional.min-score", "must be above 0 and at most 1");
            }
        }
        return new RulePack(version, advisory, Map.copyOf(flags), Map.copyOf(questions), Map.copyOf(bands),
                Map.copyOf(parameters), provisional);
    }

    private static RedFlag flag(Properties p, String origin, String id) {
        String prefix = "flag." + id + ".";
        for (String key : asStrings(p).keySet()) {
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length());
                if (!rest.matches("number|title|severity|explanation|safeguard|grounds\\.\\d+|ask\\.[a-z0-9-]+|param\\.[a-z0-9-]+")) {
                    throw problem(origin, key, "is not a known flag key (number, title, severity, grounds.n, explanation, safeguard, ask.x, param.x)");
                }
            }
        }
        int number;
        try {
            number = Integer.parseInt(required(p, origin, prefix + "number"));
        } catch (NumberFormatException e) {
            throw problem(origin, prefix + "number", "is not a number");
        }
        if (number != Integer.parseInt(id.substring(4))) {
            throw problem(origin, prefix + "number", "is " + number + " but the id cites flag " + id.substring(4));
        }
        Severity severity;
        String s = required(p, origin, prefix + "severity");
        try {
            severity = Severity.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(origin, prefix + "severity", "'" + s + "' is not one of " + List.of(Severity.values()));
        }
        List<String> grounds = new ArrayList<>();
        for (int i = 1; p.containsKey(prefix + "grounds." + i); i++) {
            grounds.add(p.getProperty(prefix + "grounds." + i).strip());
        }
        if (grounds.isEmpty()) {
            throw problem(origin, prefix + "grounds.1", "is required: every flag states its legal grounds");
        }
        return new RedFlag(id, number, required(p, origin, prefix + "title"), severity, grounds,
                required(p, origin, prefix + "explanation"), required(p, origin, prefix + "safeguard"));
    }

    private static Question question(String origin, String key, String value) {
        int bar = value.indexOf('|');
        if (bar < 0) {
            throw problem(origin, key, "must read 'ADDRESSEE | question', e.g. 'REQUESTING_STATE | Which accounts ...?'");
        }
        String to = value.substring(0, bar).strip();
        try {
            return new Question(Question.Addressee.valueOf(to), value.substring(bar + 1).strip(), key);
        } catch (IllegalArgumentException e) {
            throw problem(origin, key, "'" + to + "' is not one of " + List.of(Question.Addressee.values()));
        }
    }

    private static Map<String, String> asStrings(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private static String required(Properties p, String origin, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw problem(origin, key, "is required");
        }
        return v.strip();
    }

    private static IllegalArgumentException problem(String origin, String key, String message) {
        return new IllegalArgumentException(origin + ": " + key + " " + message);
    }

    public String version() {
        return version;
    }

    /** The statement every report carries: advice to a human authority, not a decision. */
    public String advisory() {
        return advisory;
    }

    /** The flags, by id order. */
    public List<RedFlag> flags() {
        return List.copyOf(new TreeMap<>(flags).values());
    }

    public Optional<RedFlag> flag(String id) {
        return Optional.ofNullable(flags.get(id));
    }

    /** The band rule as the data file words it. */
    public String bandMeaning(Band band) {
        return bandMeanings.get(band);
    }

    /** Every question of the pack, by "flagId/key" ({@code flag.<flagId>.ask.<key>}). */
    public Map<String, Question> questions() {
        return questions;
    }

    /** The question {@code flag.<flagId>.ask.<key>}; a missing one is a defect of the pack, so it fails loudly. */
    public Question question(String flagId, String key) {
        Question q = questions.get(flagId + "/" + key);
        if (q == null) {
            throw new IllegalStateException("rule pack " + version + " has no question flag." + flagId + ".ask." + key);
        }
        return q;
    }

    /** A number the flag's logic uses (a time window, a threshold), so that a lawyer can see and tune it. */
    public double parameter(String flagId, String key) {
        String v = parameters.get(flagId + "/" + key);
        if (v == null) {
            throw new IllegalStateException("rule pack " + version + " has no parameter flag." + flagId + ".param." + key);
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("rule pack " + version + ": flag." + flagId + ".param." + key + " '" + v + "' is not a number");
        }
    }

    /**
     * The score from which a suggested, unconfirmed candidate is read provisionally
     * ({@code rulepack.provisional.min-score}; 0.85 when the pack does not say).
     */
    public double provisionalMinScore() {
        return provisionalMinScore;
    }

    /** The statement comparison of flag 14 with the pack's thresholds. */
    public org.tutela.core.screening.testimony.TestimonyComparison testimonyComparison() {
        return new org.tutela.core.screening.testimony.TestimonyComparison((int) parameter("TNR-14", "shingle-words"),
                parameter("TNR-14", "min-containment"), (int) parameter("TNR-14", "min-shared-words"));
    }

    /** Every question key the pack defines, as flagId/key. */
    public java.util.Set<String> questionKeys() {
        return questions.keySet();
    }
}
