package org.tutela.benchmarks.datasets;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Birth dates, genders and nationalities as the sources write them, brought to one form. */
public final class Evidence {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?\\b");
    private static final Pattern DAY_MON_YEAR = Pattern.compile("\\b(\\d{1,2}) ([A-Za-z]{3})[a-z]* (\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Evidence() {
    }

    /**
     * The first date in {@code text}, as precise as it is written: "1974-10-22", "1974-10" or "1974". Sources write
     * "22.10.1974", "1969-7-16", "13 Jan 1967", "1958" or prose with several dates; the first one is taken.
     */
    public static Optional<String> birthDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(ymd(m.group(3), m.group(2), m.group(1)));
        }
        m = ISO.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(3) == null ? m.group(1) + "-" + pad(m.group(2)) : ymd(m.group(1), m.group(2), m.group(3)));
        }
        m = DAY_MON_YEAR.matcher(text);
        if (m.find() && MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
            return Optional.of(ymd(m.group(3), Integer.toString(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1)));
        }
        m = YEAR.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static Optional<String> gender(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String g = text.trim().toLowerCase(Locale.ROOT);
        return g.equals("male") || g.equals("female") ? Optional.of(g) : Optional.empty();
    }

    public static Optional<String> nationality(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(text.trim().toLowerCase(Locale.ROOT));
    }

    private static String ymd(String year, String month, String day) {
        return year + "-" + pad(month) + "-" + pad(day);
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
