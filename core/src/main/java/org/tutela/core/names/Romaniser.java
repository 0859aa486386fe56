package org.tutela.core.names;

import com.ibm.icu.text.Transliterator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every romanisation of a name part that an official or a habit might have produced: ICU4J's BGN/PCGN
 * transforms, picked by the letters present (Russian BGN leaves Kazakh Қ and Ukrainian Є untouched,
 * so the language is read from the letters), and the passport and library tables in
 * {@code translit/}. Latin parts are kept as written and also get a Cyrillic form, for search the
 * other way. Other scripts go through ICU's general Any-Latin.
 */
public final class Romaniser {
    public static final String AS_WRITTEN = "as written";

    private static final String KAZAKH_LETTERS = "әғқңөұүһ";
    private static final String UKRAINIAN_LETTERS = "єїґ";
    private static final String BELARUSIAN_LETTERS = "ў";
    private static final String RUSSIAN_ONLY_LETTERS = "ыэъё";

    private final List<TransliterationTable> tables;
    private final TransliterationTable toCyrillic;
    private final ThreadLocal<Transliterator> russian = icu("Russian-Latin/BGN");
    private final ThreadLocal<Transliterator> ukrainian = icu("Ukrainian-Latin/BGN");
    private final ThreadLocal<Transliterator> belarusian = icu("Belarusian-Latin/BGN");
    private final ThreadLocal<Transliterator> kazakh = icu("Kazakh-Latin/BGN");
    private final ThreadLocal<Transliterator> anyLatin = icu("Any-Latin");

    public Romaniser() {
        this.tables = List.of(TransliterationTable.load("icao-9303"), TransliterationTable.load("mvd-310"),
                TransliterationTable.load("mvd-782"), TransliterationTable.load("gost-7-79"),
                TransliterationTable.load("ukraine-kmu-2010"));
        this.toCyrillic = TransliterationTable.load("latin-cyrillic");
    }

    private static ThreadLocal<Transliterator> icu(String id) {
        // ICU transliterators are not documented as safe for concurrent use; one per thread is cheap
        Supplier<Transliterator> make = () -> Transliterator.getInstance(id);
        make.get(); // fail at start-up, not at the first query, if the ICU data lacks the transform
        return ThreadLocal.withInitial(make);
    }

    public List<TransliterationTable> tables() {
        return tables;
    }

    /** Latin spellings of a lower-case, normalised part, by the system that produced them. */
    public Map<String, String> romanisations(String part, Script script) {
        Map<String, String> out = new LinkedHashMap<>();
        switch (script) {
            case LATIN -> out.put(AS_WRITTEN, part);
            case CYRILLIC -> cyrillic(part, out);
            case MIXED, OTHER -> {
                out.put("ICU Any-Latin", anyLatin.get().transliterate(part));
                if (script == Script.MIXED) {
                    cyrillic(part, out);
                }
            }
        }
        return out;
    }

    private void cyrillic(String part, Map<String, String> out) {
        boolean kk = containsAny(part, KAZAKH_LETTERS);
        boolean uk = containsAny(part, UKRAINIAN_LETTERS);
        boolean be = containsAny(part, BELARUSIAN_LETTERS);
        boolean i = part.indexOf('і') >= 0;
        boolean ruOnly = containsAny(part, RUSSIAN_ONLY_LETTERS);
        if (kk) {
            out.put("BGN/PCGN Kazakh", kazakh.get().transliterate(part));
        }
        if (be || (i && !kk && !uk)) {
            out.put("BGN/PCGN Belarusian", belarusian.get().transliterate(part));
        }
        if (uk || (i && !kk && !be) || (!kk && !be && !ruOnly)) {
            out.put("BGN/PCGN Ukrainian", ukrainian.get().transliterate(part));
        }
        if (!kk && !uk && !be && !i) {
            out.put("BGN/PCGN Russian", russian.get().transliterate(part));
        }
        for (TransliterationTable t : tables) {
            if (t.covers(part)) {
                out.put(t.name(), t.apply(part));
            }
        }
    }

    /** The Cyrillic spelling of a Latin part, as a Russian-language document would write it. */
    public String cyrillicForm(String latinPart) {
        return toCyrillic.apply(Skeleton.ascii(latinPart));
    }

    private static boolean containsAny(String s, String letters) {
        for (int i = 0; i < s.length(); i++) {
            if (letters.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
