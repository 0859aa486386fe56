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
    /** Letters of Kazakh that Kyrgyz and Mongolian do not have. */
    private static final String KAZAKH_ONLY_LETTERS = "әғқұһ";
    private static final String KYRGYZ_MONGOLIAN_LETTERS = "ңөү";
    private static final String TAJIK_LETTERS = "ӣӯҳҷ";
    /** ў with one of these is Uzbek Cyrillic, not Belarusian. */
    private static final String UZBEK_LETTERS = "ғқҳ";
    private static final String SERBIAN_LETTERS = "ђћ";
    private static final String MACEDONIAN_LETTERS = "ѓќѕ";
    private static final String SOUTH_SLAVIC_LETTERS = "јљњџ";
    /** Letters only Uyghur writes in the Arabic script (its vowels and ng). */
    private static final String UYGHUR_LETTERS = "ۇۆۈېەڭۋ";
    /** Letters of Arabic words that Uyghur does not write. */
    private static final String ARABIC_ONLY_LETTERS = "ثحذصضطظعة";
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
    private final ThreadLocal<Transliterator> serbian = icu("Serbian-Latin/BGN");
    private final ThreadLocal<Transliterator> macedonian = icu("Macedonian-Latin/BGN");
    private final ThreadLocal<Transliterator> kyrgyz = icu("Kirghiz-Latin/BGN");
    private final ThreadLocal<Transliterator> mongolian = icu("Mongolian-Latin/BGN");
    private final ThreadLocal<Transliterator> uzbek = icu("Uzbek-Latin/BGN");
    private final ThreadLocal<Transliterator> hangul = icu("Hangul-Latin");
    private final ThreadLocal<Transliterator> han = icu("Han-Latin/Names");
    private final ThreadLocal<Transliterator> amharic = icu("Amharic-Latin/BGN");
    private final ThreadLocal<Transliterator> ethiopic = icu("Ethiopic-Latin/ALALOC");
    private final ThreadLocal<Transliterator> latinAscii = icu("Latin-ASCII");
    private final TransliterationTable tajik = TransliterationTable.load("tajik");
    private final TransliterationTable lacinka = TransliterationTable.load("belarusian-lacinka");
    private final TransliterationTable uyghur = TransliterationTable.load("uyghur-uly");
    private final TransliterationTable arabicEnglish = TransliterationTable.load("arabic-english");
    private final TransliterationTable arabicPersian = TransliterationTable.load("arabic-persian");

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
            case LATIN -> {
                out.put(AS_WRITTEN, part);
                String folded = withoutDiacritics(part);
                if (!folded.equals(part)) {
                    out.put("as written, without diacritics", folded);
                }
            }
            case CYRILLIC -> cyrillic(part, out);
            case MIXED, OTHER -> {
                out.put("ICU Any-Latin", anyLatin.get().transliterate(part));
                otherScript(part, out);
                if (script == Script.MIXED) {
                    cyrillic(part, out);
                }
            }
        }
        return out;
    }

    /** The standard romanisations of scripts other than Latin and Cyrillic, by the script of the first letter. */
    private void otherScript(String part, Map<String, String> out) {
        int first = part.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(first);
        switch (script) {
            case HANGUL -> {
                out.put("Revised Romanisation (ICU Hangul-Latin)", hangul.get().transliterate(part).replace("-", ""));
                out.put("McCune-Reischauer", HangulRomaniser.mccuneReischauer(part));
            }
            case HAN -> {
                String[] syllables = han.get().transliterate(part).split(" ");
                StringBuilder pinyin = new StringBuilder();
                StringBuilder wadeGiles = new StringBuilder();
                for (String syllable : syllables) {
                    String toneless = toneless(syllable);
                    pinyin.append(toneless);
                    wadeGiles.append(HanRomaniser.wadeGiles(toneless));
                }
                out.put("Hanyu Pinyin (ICU Han-Latin/Names)", pinyin.toString());
                out.put("Wade-Giles", wadeGiles.toString());
            }
            case KHMER -> out.put("UNGEGN Khmer", withoutDiacritics(KhmerRomaniser.ungegn(part)));
            case ETHIOPIC -> {
                out.put("BGN/PCGN Amharic", amharic.get().transliterate(part));
                out.put("ALA-LC Ethiopic", ethiopic.get().transliterate(part));
                // English spellings mostly leave the sixth-order vowel unwritten (Afwerki, Isaias)
                out.put("Ethiopic, sixth order unwritten", anyLatin.get().transliterate(part).replace("ǝ", ""));
            }
            case ARABIC -> {
                out.put(arabicEnglish.name(), arabicEnglish.apply(part));
                out.put(arabicPersian.name(), arabicPersian.apply(part));
                // Uyghur writes every vowel, a word-initial one on the hamza seat ئ, which Arabic words do not begin with;
                // a word with none of the letters Uyghur lacks may be Uyghur too (توختى, Toxti)
                if (containsAny(part, UYGHUR_LETTERS) || part.charAt(0) == 'ئ' || !containsAny(part, ARABIC_ONLY_LETTERS)) {
                    out.put(uyghur.name(), uyghur.apply(part));
                }
            }
            default -> {
            }
        }
    }

    /** Tone marks off a Pinyin syllable; ü stays, Wade-Giles needs it. */
    private static String toneless(String syllable) {
        String d = java.text.Normalizer.normalize(syllable, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 0x0300 || c > 0x036F || c == 0x0308) {
                b.append(c);
            }
        }
        return java.text.Normalizer.normalize(b.toString(), java.text.Normalizer.Form.NFC);
    }

    /**
     * A Latin spelling as English-language lists print it, letters without their marks (Vucic for Vučić, Djokovic
     * for Đoković): the key of č is ch, which a name printed without the háček does not have.
     */
    private String withoutDiacritics(String latin) {
        boolean ascii = true;
        for (int i = 0; i < latin.length() && ascii; i++) {
            ascii = latin.charAt(i) < 0x80;
        }
        return ascii ? latin : latinAscii.get().transliterate(latin.replace("đ", "dj"));
    }

    private void cyrillic(String part, Map<String, String> out) {
        boolean tj = containsAny(part, TAJIK_LETTERS);
        boolean uz = part.indexOf('ў') >= 0 && containsAny(part, UZBEK_LETTERS) || part.indexOf('ҳ') >= 0 && !tj;
        boolean kk = containsAny(part, KAZAKH_LETTERS) && !tj && !uz;
        boolean sr = containsAny(part, SERBIAN_LETTERS) || containsAny(part, SOUTH_SLAVIC_LETTERS) && !containsAny(part, MACEDONIAN_LETTERS);
        boolean mk = containsAny(part, MACEDONIAN_LETTERS) || containsAny(part, SOUTH_SLAVIC_LETTERS) && !containsAny(part, SERBIAN_LETTERS);
        if (tj) {
            out.put(tajik.name(), tajik.apply(part));
        }
        if (uz) {
            out.put("BGN/PCGN Uzbek", uzbek.get().transliterate(part));
        }
        if (containsAny(part, KYRGYZ_MONGOLIAN_LETTERS) && !containsAny(part, KAZAKH_ONLY_LETTERS) && !tj) {
            out.put("BGN/PCGN Kyrgyz", kyrgyz.get().transliterate(part));
            out.put("BGN/PCGN Mongolian", mongolian.get().transliterate(part));
        }
        if (sr) {
            String gaj = serbian.get().transliterate(part);
            out.put("Serbian Latin (Gaj; BGN/PCGN Serbian)", gaj);
            out.put("Serbian Latin without diacritics", withoutDiacritics(gaj));
        }
        if (mk) {
            String latin = macedonian.get().transliterate(part);
            out.put("BGN/PCGN Macedonian", latin);
            out.put("Macedonian Latin without diacritics", withoutDiacritics(latin));
            // the Macedonian government's romanisation (passports): ѓ gj, ќ kj, ѕ dz
            out.put("Macedonian official", serbian.get().transliterate(part.replace("ѓ", "гј").replace("ќ", "кј").replace("ѕ", "дз")));
        }
        boolean uk = containsAny(part, UKRAINIAN_LETTERS);
        boolean be = containsAny(part, BELARUSIAN_LETTERS) && !uz;
        boolean i = part.indexOf('і') >= 0;
        boolean ruOnly = containsAny(part, RUSSIAN_ONLY_LETTERS);
        if (kk) {
            out.put("BGN/PCGN Kazakh", kazakh.get().transliterate(part));
        }
        if (be || (i && !kk && !uk)) {
            out.put("BGN/PCGN Belarusian", belarusian.get().transliterate(part));
            out.put(lacinka.name(), lacinka.apply(part));
        }
        if (uk || (i && !kk && !be) || (!kk && !be && !ruOnly)) {
            out.put("BGN/PCGN Ukrainian", ukrainian.get().transliterate(part));
            if ((uk || i) && part.indexOf('г') >= 0) {
                // Ukrainian г is h in every standard, g where a name came through Russian (Hryhoriy / Grigoriy)
                out.put("Ukrainian, г as g", ukrainian.get().transliterate(part.replace('г', 'ґ')));
            }
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
