package org.tutela.core.names;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Splits a name into parts, tells given name, patronymic and surname apart where the writing shows
 * it, and gives each part its spellings and keys. Thread-safe; building one loads the tables and the
 * equivalence files, so share it ({@link #standard()}).
 */
public final class NameAnalyser {
    private static final String[] SURNAME_ENDINGS = {
            "ов", "ев", "ёв", "ова", "ева", "ёва", "ский", "ская", "цкий", "цкая", "енко", "чук", "юк", "ян", "дзе", "швили", "ин", "ина",
            "ov", "ev", "ova", "eva", "sky", "skiy", "skii", "skaya", "tskiy", "enko", "chuk", "yuk", "yan", "dze", "shvili", "uly"};
    private static final int CACHE_LIMIT = 200_000;
    /** What separates words in a raw name, and parts in a normalised word (compiled once: String.split would compile them per call). */
    private static final Pattern WORDS = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern PIECES = Pattern.compile("[ ,-]+");
    /** Titles and honorifics: not part of the name, dropped (unless nothing else is left). */
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
            "president", "shaikh", "sheikh", "sheik", "general", "colonel", "haji", "hajji", "mullah", "maulana", "imam", "lord",
            "lady", "rev", "hon", "judge", "senator", "minister", "prime", "chairman", "mme", "mlle", "herr", "frau", "sr", "sra",
            "präsident", "prasident", "président", "presidente", "prezident", "premier", "excellency",
            "господин", "госпожа", "генерал", "полковник", "президент", "министр", "пан", "пани");
    /** Particles that join name parts: they count, but for little. */
    static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "di", "del", "della", "van", "von", "der", "den",
            "la", "le", "bin", "ben", "ibn", "al", "el", "abu", "bint", "du", "dos", "das", "ter", "ul", "ould", "abou",
            "بن", "ابن", "بنت", "ابو", "ولد");

    private static volatile NameAnalyser standard;

    private final Normaliser normaliser;
    private final Romaniser romaniser;
    private final NameEquivalents equivalents;
    private final BoundedCache<NamePart> parts = new BoundedCache<>(CACHE_LIMIT);
    private final List<BoundedCache<NamePart>> partsInRole = java.util.stream.Stream.of(NamePart.Role.values())
            .map(r -> new BoundedCache<NamePart>(CACHE_LIMIT)).toList();
    private final BoundedCache<AnalysedName> names = new BoundedCache<>(CACHE_LIMIT);
    private final BoundedCache<List<AnalysedName>> all = new BoundedCache<>(CACHE_LIMIT);

    private NameAnalyser(Normaliser normaliser, Romaniser romaniser, List<Path> extraEquivalents) {
        this.normaliser = normaliser;
        this.romaniser = romaniser;
        this.equivalents = NameEquivalents.load(this::keysOf, extraEquivalents);
    }

    /** The shared analyser with the standard chain and the shipped resources. */
    public static NameAnalyser standard() {
        NameAnalyser a = standard;
        if (a == null) {
            synchronized (NameAnalyser.class) {
                if (standard == null) {
                    standard = new NameAnalyser(Normaliser.standard(), new Romaniser(), List.of());
                }
                a = standard;
            }
        }
        return a;
    }

    /** An analyser that also loads curator files (same format as the shipped ones). */
    public static NameAnalyser withExtraEquivalents(List<Path> files) {
        return new NameAnalyser(Normaliser.standard(), new Romaniser(), files);
    }

    public NameEquivalents equivalents() {
        return equivalents;
    }

    public Romaniser romaniser() {
        return romaniser;
    }

    public Normaliser normaliser() {
        return normaliser;
    }

    /** The {@link Skeleton} keys of every romanisation of one word, as written. */
    public Collection<String> keysOf(String word) {
        String n = normaliser.normalise(word);
        Set<String> keys = new HashSet<>();
        for (String token : PIECES.split(n)) {
            if (!token.isEmpty()) {
                for (String latin : romaniser.romanisations(token, Script.of(token)).values()) {
                    String k = Skeleton.of(latin);
                    if (!k.isEmpty()) {
                        keys.add(k);
                    }
                }
            }
        }
        return keys;
    }

    /**
     * Analyses a name.
     *
     * @throws NameInputException when the name is empty, too long, has too many parts or characters
     *                            no name has
     */
    public AnalysedName analyse(String raw) {
        AnalysedName cached = raw == null ? null : names.get(raw);
        if (cached != null) {
            return cached;
        }
        AnalysedName a = analyseUncached(raw);
        names.put(raw, a);
        return a;
    }

    /**
     * Every name written in one field, analysed: "A B / C D" holds two; a name that mentions a surname at birth
     * ({@link MaidenNames}: Иванова (Петрова) Мария, Maria Ivanova née Petrova) is read with either surname.
     *
     * @throws NameInputException when none of them is a usable name
     */
    public List<AnalysedName> analyseAll(String raw) {
        List<AnalysedName> cached = raw == null ? null : all.get(raw);
        if (cached != null) {
            return cached;
        }
        List<AnalysedName> out = new ArrayList<>(2);
        NameInputException first = null;
        for (String a : NameText.alternatives(raw)) {
            try {
                out.addAll(forms(a));
            } catch (NameInputException e) {
                first = first == null ? e : first;
            }
        }
        if (out.isEmpty()) {
            throw first;
        }
        out = List.copyOf(out);
        all.put(raw, out);
        return out;
    }

    /**
     * A name analysed before, restored from what its analysis found (each part's normalised word and role, the order)
     * without analysing it again: an index keeps that beside each name, so that rescoring a candidate costs look-ups
     * of its parts instead of normalising and splitting its name once more. Only what this analyser produced (for the
     * same {@code KEYS_VERSION} of the index) should be restored.
     */
    public AnalysedName restore(String original, List<String> words, List<NamePart.Role> roles, AnalysedName.Order order) {
        if (words.size() != roles.size() || words.isEmpty()) {
            throw new IllegalArgumentException("a restored name needs one role per part and at least one part");
        }
        List<NamePart> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            out.add(part(words.get(i), roles.get(i)));
        }
        return new AnalysedName(original, out, order);
    }

    /** One name, or its two readings when it mentions a surname at birth. */
    private List<AnalysedName> forms(String name) {
        Optional<MaidenNames.Mention> mention = MaidenNames.find(name);
        if (mention.isEmpty()) {
            return List.of(analyse(name));
        }
        AnalysedName current = analyse(mention.get().current());
        Optional<String> replaced = mention.get().withBirthSurname();
        try {
            return List.of(current, replaced.isPresent() ? analyse(replaced.get()) : withSurname(current, mention.get().birth(), name));
        } catch (NameInputException e) {
            return List.of(current); // a birth surname no name can be made of (only marks, say) leaves the current name
        }
    }

    /**
     * {@code name} with {@code birth} in place of its surname: the parts the analysis calls surname, or, when it tells
     * none, the last part that is not a patronymic (the word the marker followed).
     */
    private AnalysedName withSurname(AnalysedName name, String birth, String original) {
        List<NamePart> birthParts = analyse(birth).parts();
        List<NamePart> parts = name.parts();
        boolean roles = parts.stream().anyMatch(p -> p.role() == NamePart.Role.SURNAME);
        int fallback = parts.size() - 1;
        while (fallback > 0 && parts.get(fallback).role() == NamePart.Role.PATRONYMIC) {
            fallback--;
        }
        List<NamePart> out = new ArrayList<>(parts.size() + birthParts.size());
        boolean placed = false;
        for (int i = 0; i < parts.size(); i++) {
            NamePart p = parts.get(i);
            if (roles ? p.role() == NamePart.Role.SURNAME : i == fallback) {
                if (!placed) {
                    birthParts.forEach(b -> out.add(part(b.text(), NamePart.Role.SURNAME)));
                    placed = true;
                }
            } else {
                out.add(p);
            }
        }
        return new AnalysedName(original, out, name.order());
    }

    private AnalysedName analyseUncached(String raw) {
        String name = NameText.check(raw);
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<Boolean> upper = new ArrayList<>();
        boolean comma = false;
        // casing is read from the raw words: an all-capitals word among mixed-case ones is the surname
        for (String rawWord : WORDS.split(name.replace(",", " , ").replace("/", " "))) {
            if (rawWord.equals(",")) {
                comma = !before.isEmpty();
                continue;
            }
            String norm = normaliser.normalise(rawWord);
            boolean caps = rawWord.codePoints().filter(Character::isLetter).count() > 1
                    && rawWord.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
            for (String piece : PIECES.split(norm)) {
                if (piece.isEmpty() || piece.codePoints().noneMatch(Character::isLetter)) {
                    continue;
                }
                for (String element : elements(piece)) {
                    (comma ? after : before).add(element);
                    upper.add(caps);
                }
            }
        }
        articleForms(before);
        articleForms(after);
        if (before.size() + after.size() == 1) {
            List<String> one = before.isEmpty() ? after : before;
            List<String> split = familyAndGiven(one.get(0));
            if (split.size() == 2) {
                one.clear();
                one.addAll(split);
                upper.add(upper.get(0));
            }
        }
        List<String> words = new ArrayList<>(before);
        words.addAll(after);
        if (words.stream().anyMatch(w -> !TITLES.contains(w))) {
            for (int i = words.size() - 1; i >= 0; i--) {
                if (TITLES.contains(words.get(i))) {
                    words.remove(i);
                    upper.remove(i);
                    if (i < before.size()) {
                        before.remove(i);
                    }
                }
            }
        }
        if (words.isEmpty()) {
            throw new NameInputException("name has no letters: '" + name + "'");
        }
        if (words.size() > NameText.MAX_PARTS) {
            throw new NameInputException("name has " + words.size() + " parts; at most " + NameText.MAX_PARTS + " are accepted");
        }
        NamePart.Role[] roles = new NamePart.Role[words.size()];
        AnalysedName.Order order = roles(words, before.size(), comma && !after.isEmpty(), upper, roles);
        List<NamePart> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            out.add(part(words.get(i), roles[i]));
        }
        return new AnalysedName(name, out, order);
    }

    /** The name elements a word is written with: Arabic ones in Arabic or Latin letters, Uyghur ones in Han. */
    private static List<String> elements(String piece) {
        return HanRomaniser.isHan(piece.codePointAt(0)) ? UyghurHanNames.split(piece) : ArabicNameElements.split(piece);
    }

    /** An assimilated article between two words of a name (Zia ur Rahman, Tariq el Sayed) is written al. */
    private static void articleForms(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (ArabicNameElements.articleForm(words.get(i))) {
                words.set(i, ArabicNameElements.ARTICLE);
            }
        }
    }

    /**
     * Chinese and Korean names are written without a space: a family name of one syllable, then the given name
     * (习近平, 김정은). Romanised, they are two or three words (Xi Jinping, Kim Jong-un); a name written as one such
     * word is split the same way, unless it is a Uyghur name in Han characters (买买提), which has no family name.
     * Words of five syllables or more, and names of several words (foreign names transcribed, 贝拉克·奥巴马), are not
     * names of this shape and stay whole.
     */
    static List<String> familyAndGiven(String word) {
        int n = word.codePointCount(0, word.length());
        if (n < 2 || n > 4 || UyghurHanNames.isElement(word)
                || !word.codePoints().allMatch(cp -> HanRomaniser.isHan(cp) || HangulRomaniser.isSyllable(cp))) {
            return List.of(word);
        }
        int split = word.offsetByCodePoints(0, 1);
        return List.of(word.substring(0, split), word.substring(split));
    }

    private static AnalysedName.Order roles(List<String> words, int beforeComma, boolean comma, List<Boolean> upper,
                                            NamePart.Role[] roles) {
        int n = words.size();
        java.util.Arrays.fill(roles, NamePart.Role.GIVEN);
        // a name has one patronymic, never first; surnames such as Yanukovych or Maksimovich look like one,
        // so with several candidates the one after the first given name wins, else the last
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            boolean word = Patronymics.TURKIC_WORDS.contains(words.get(i));
            if (word || n >= 3 && isPatronymic(words.get(i)) && !(upper.get(i) && upper.stream().anyMatch(b -> !b))) {
                candidates.add(i);
            }
        }
        int patronymic = candidates.isEmpty() ? -1 : candidates.contains(1) ? 1 : candidates.get(candidates.size() - 1);
        if (patronymic >= 0) {
            roles[patronymic] = NamePart.Role.PATRONYMIC;
        }
        if (comma) {
            for (int i = 0; i < beforeComma; i++) {
                roles[i] = NamePart.Role.SURNAME;
            }
            return AnalysedName.Order.SURNAME_FIRST;
        }
        long caps = upper.stream().filter(b -> b).count();
        if (caps > 0 && caps < n) {
            int first = -1;
            for (int i = 0; i < n; i++) {
                if (upper.get(i) && roles[i] != NamePart.Role.PATRONYMIC) {
                    roles[i] = NamePart.Role.SURNAME;
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                return first == 0 ? AnalysedName.Order.SURNAME_FIRST : AnalysedName.Order.GIVEN_FIRST;
            }
        }
        if (n == 1) {
            roles[0] = roles[0] == NamePart.Role.PATRONYMIC ? roles[0] : NamePart.Role.UNKNOWN;
            return AnalysedName.Order.UNKNOWN;
        }
        if (patronymic == n - 1 && n >= 3) {
            roles[0] = NamePart.Role.SURNAME;
            return AnalysedName.Order.SURNAME_FIRST;
        }
        if (patronymic >= 1 && patronymic < n - 1) {
            for (int i = patronymic + 1; i < n; i++) {
                roles[i] = NamePart.Role.SURNAME;
            }
            return AnalysedName.Order.GIVEN_FIRST;
        }
        if (patronymic < 0 && n == 2 && looksLikeSurname(words.get(0)) && !looksLikeSurname(words.get(1))) {
            roles[0] = NamePart.Role.SURNAME;
            return AnalysedName.Order.SURNAME_FIRST;
        }
        roles[n - 1] = roles[n - 1] == NamePart.Role.PATRONYMIC ? roles[n - 1] : NamePart.Role.SURNAME;
        return n == 2 && !looksLikeSurname(words.get(1)) ? AnalysedName.Order.UNKNOWN : AnalysedName.Order.GIVEN_FIRST;
    }

    static boolean isPatronymic(String w) {
        return Patronymics.marks(w);
    }

    private static boolean looksLikeSurname(String w) {
        if (w.length() < 4) {
            return false;
        }
        for (String e : SURNAME_ENDINGS) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #part(String)} in a role; cached too, since a part's copy in another role copies its maps. */
    private NamePart part(String word, NamePart.Role role) {
        if (role == NamePart.Role.UNKNOWN) {
            return part(word);
        }
        // a cache per role: a key made of role and word cost a string for every part of every candidate rescored
        BoundedCache<NamePart> inRole = partsInRole.get(role.ordinal());
        NamePart cached = inRole.get(word);
        if (cached != null) {
            return cached;
        }
        NamePart p = part(word).withRole(role);
        inRole.put(word, p);
        return p;
    }

    /** The spellings, keys and groups of one normalised word; cached, since names repeat. */
    public NamePart part(String word) {
        NamePart cached = parts.get(word);
        if (cached != null) {
            return cached;
        }
        Script script = Script.of(word);
        Map<String, String> romanisations = romaniser.romanisations(word, script);
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        Map<String, String> skeletons = new java.util.HashMap<>();
        romanisations.forEach((system, latin) -> {
            // systems often agree; the key of a spelling is computed once
            String k = skeletons.computeIfAbsent(latin, Skeleton::of);
            if (!k.isEmpty()) {
                keys.put(system, k);
            }
        });
        String cyrillic = script == Script.LATIN ? romaniser.cyrillicForm(word) : "";
        NamePart p = new NamePart(word, NamePart.Role.UNKNOWN, script, romanisations, keys, cyrillic,
                equivalents == null ? Set.of() : equivalents.memberships(keys.values()));
        parts.put(word, p);
        return p;
    }
}
