package org.tutela.app.web.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.junit.jupiter.api.Test;

/**
 * No template shows words of its own: every sentence a reader sees comes from a bundle ({@code #{...}}).
 * The templates are read with the parser Thymeleaf itself uses (attoparser); a text node counts unless an
 * attribute replaces the element's content (th:text, th:utext, th:replace, th:insert), it lies in a
 * script, a style or a {@code <code>} (commands are not translated), or it holds no letter (symbols such
 * as "·", "→", "—", numbers), or it is the product's name, or an element says it is in a language of its own
 * ({@code <a lang="ru">Русский</a>}). Attributes a reader hears or sees (title, aria-label, alt) count too unless
 * a th: attribute sets them; placeholders are examples of input (names, codes) and stay as they are.
 */
class TemplateTextTest {
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Set<String> UNREAD = Set.of("script", "style", "code");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "aria-label", "alt");
    private static final Pattern WORDS = Pattern.compile("\\p{L}");
    /** Templates being rewritten with their words in bundles from the start (the record forms, the report, the lookup). */
    private static final Set<String> BEING_REWRITTEN = Set.of();
    /** Names that are no sentence: the product's, a format's. */
    private static final Set<String> NAMES = Set.of("Tutela", "JSON");

    /** The words outside bundles in one template, each as "line: text". */
    static List<String> wordsIn(String template) throws ParseException {
        List<String> found = new ArrayList<>();
        new MarkupParser(org.attoparser.config.ParseConfiguration.htmlConfiguration()).parse(template, new AbstractMarkupHandler() {
            record Open(String name, boolean replaced, boolean unread) {
            }

            final Deque<Open> open = new ArrayDeque<>();
            final Map<String, String> attributes = new LinkedHashMap<>();
            int line;

            @Override
            public void handleOpenElementStart(char[] b, int o, int l, int line, int col) {
                attributes.clear();
                this.line = line;
            }

            @Override
            public void handleStandaloneElementStart(char[] b, int o, int l, boolean minimized, int line, int col) {
                handleOpenElementStart(b, o, l, line, col);
            }

            @Override
            public void handleAttribute(char[] b, int nameOffset, int nameLen, int nameLine, int nameCol, int opOffset, int opLen,
                                        int opLine, int opCol, int valueOffset, int valueLen, int outerOffset, int outerLen,
                                        int valueLine, int valueCol) {
                attributes.put(new String(b, nameOffset, nameLen).toLowerCase(java.util.Locale.ROOT), new String(b, valueOffset, valueLen));
            }

            @Override
            public void handleOpenElementEnd(char[] b, int o, int l, int line, int col) {
                String name = new String(b, o, l).toLowerCase(java.util.Locale.ROOT);
                checkAttributes();
                if (!VOID.contains(name)) {
                    boolean replaced = attributes.keySet().stream().anyMatch(REPLACING::contains) || "all".equals(attributes.get("th:remove"));
                    // text an element declares to be in a language of its own (a language named in itself) is no interface text
                    boolean ownLanguage = !name.equals("html") && attributes.containsKey("lang");
                    open.push(new Open(name, replaced, UNREAD.contains(name) || ownLanguage));
                }
            }

            @Override
            public void handleStandaloneElementEnd(char[] b, int o, int l, boolean minimized, int line, int col) {
                checkAttributes();
            }

            private void checkAttributes() {
                if (hidden()) {
                    return;
                }
                for (String a : READ_ATTRIBUTES) {
                    String value = attributes.get(a);
                    boolean set = attributes.containsKey("th:" + a) || attributes.getOrDefault("th:attr", "").contains(a + "=");
                    if (value != null && !set && WORDS.matcher(value).find()) {
                        found.add(line + ": " + a + "=\"" + value + "\"");
                    }
                }
            }

            @Override
            public void handleCloseElementEnd(char[] b, int o, int l, int line, int col) {
                close(new String(b, o, l).toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public void handleAutoCloseElementEnd(char[] b, int o, int l, int line, int col) {
                close(new String(b, o, l).toLowerCase(java.util.Locale.ROOT));
            }

            private void close(String name) {
                if (open.stream().noneMatch(e -> e.name().equals(name))) {
                    return;
                }
                while (!open.isEmpty() && !open.pop().name().equals(name)) {
                    // elements left open inside it close with it
                }
            }

            private boolean hidden() {
                return open.stream().anyMatch(e -> e.replaced() || e.unread());
            }

            @Override
            public void handleText(char[] b, int o, int l, int line, int col) {
                String text = new String(b, o, l).strip();
                if (!hidden() && WORDS.matcher(text).find() && !NAMES.contains(text)) {
                    found.add(line + ": " + text.replaceAll("\\s+", " "));
                }
            }
        });
        return found;
    }

    @Test
    void theParserFindsWordsAndOnlyThose() throws ParseException {
        assertThat(wordsIn("<p>Hello <b th:text=\"#{x}\">world</b> · 3</p>")).containsExactly("1: Hello");
        assertThat(wordsIn("<div th:replace=\"~{f :: x}\"><p>gone</p></div><br><p><code>tutela audit</code> →</p>")).isEmpty();
        assertThat(wordsIn("<nav aria-label=\"Main\"><a title=\"x\" th:title=\"#{t}\">1</a></nav><img alt=\"A photo\">"))
                .containsExactly("1: aria-label=\"Main\"", "1: alt=\"A photo\"");
        assertThat(wordsIn("<ul><li>one<li th:text=\"#{k}\">two</ul><p>three</p>")).containsExactly("1: one", "1: three");
        assertThat(wordsIn("<html lang=\"en\"><a lang=\"kk\">Қазақша</a><a>Tutela</a><p>Tutela is here</p></html>")).containsExactly("1: Tutela is here");
    }

    @Test
    void noTemplateShowsWordsOutsideTheBundles() throws IOException, ParseException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThan(20);
        for (Path template : templates) {
            if (BEING_REWRITTEN.contains(TEMPLATES.relativize(template).toString())) {
                continue;
            }
            for (String words : wordsIn(Files.readString(template, StandardCharsets.UTF_8))) {
                problems.add(TEMPLATES.relativize(template) + ":" + words);
            }
        }
        assertThat(problems).as("words in templates outside #{...}").isEmpty();
    }

    /**
     * A code (a role, a kind, a status, an outcome) is shown through its label in a bundle, never as the enum's name:
     * an expression that writes one of these accessors raw is refused. The exceptions are values that are data, each
     * with its reason.
     */
    private static final Pattern RAW_CODE = Pattern.compile(
            "th:text=\"\\$\\{([^}]*\\.(?:name\\(\\)|role\\(?\\)?|type\\(?\\)?|status\\(?\\)?|outcome\\(?\\)?|band\\(?\\)?|tactic\\(?\\)?|kind\\(?\\)?|step\\(?\\)?))\\}\"");
    private static final Set<String> DATA = Set.of(
            "e.actor().name()", "user.name()", // a user's name
            "x.outcome", // a decision's outcome, already in the dossier's words (DossierAssembly)
            "e.outcome()", // the audit log's entry as it was written and chained: shown as stored
            "r.kind", "l.kind", // already a kind's label in the page's language (Labels.kind)
            "s.kind"); // a federation share's kind as its partners exchange it (a protocol word)

    @Test
    void noTemplateShowsACodeRaw() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    var m = RAW_CODE.matcher(lines.get(i));
                    while (m.find()) {
                        if (!DATA.contains(m.group(1).strip())) {
                            problems.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(problems).as("codes shown raw instead of through a bundle").isEmpty();
        assertThat(RAW_CODE.matcher("th:text=\"${t.role()}\"").find()).isTrue();
        assertThat(RAW_CODE.matcher("th:text=\"#{${'role.' + t.role()}}\"").find()).isFalse();
    }
}
