package org.tutela.app.web.lookup;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.tutela.app.lists.ListLibrary;
import org.tutela.app.search.SearchHits;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.BirthDate;
import org.tutela.search.NameSearch;

/**
 * The public lookup as a page shows it, in the reader's language: the public lists searched, and for each
 * entry found the listing's own details and why it was found. Public lists only, never the registry.
 */
final class LookupReading {
    static final int MAX_QUERY = 200;
    static final int LIMIT = 50;

    /** A list searched, described in one sentence. */
    record ListShown(String id, String text) {
    }

    /** An entry found: the list's details as published, and the reasons in words. */
    record Entry(String list, String authority, String date, String name, Optional<String> reference, Optional<String> sourceUrl,
                 boolean strong, String strength, List<String> reasons) {
    }

    /** What the page shows: the question as typed, its problems, the lists and the entries found. */
    record Answer(String name, String birthDate, List<String> problems, List<ListShown> lists, boolean asked, List<Entry> entries) {
    }

    private final NameSearch search;
    private final ListLibrary lists;
    private final MessageSource words;
    private final Locale locale;

    LookupReading(NameSearch search, ListLibrary lists, MessageSource words, Locale locale) {
        this.search = search;
        this.lists = lists;
        this.words = words;
        this.locale = locale;
    }

    Answer empty() {
        return new Answer("", "", List.of(), publicLists(), false, List.of());
    }

    Answer answer(String typedName, String typedBirth) {
        String name = typedName == null ? "" : typedName.strip();
        String birth = typedBirth == null ? "" : typedBirth.strip();
        List<String> problems = new ArrayList<>();
        if (name.length() > MAX_QUERY) {
            problems.add(say("lookup.problem.long", number(name.length()), number(MAX_QUERY)));
        }
        if (!birth.isEmpty()) {
            try {
                BirthDate.parse(birth);
            } catch (RuntimeException e) {
                problems.add(say("lookup.problem.birth", birth));
            }
        }
        List<Entry> entries = new ArrayList<>();
        if (!name.isEmpty() && problems.isEmpty()) {
            try {
                for (SearchHits.Hit hit : SearchHits.publicLookup(search, name, Optional.of(birth).filter(b -> !b.isEmpty()), LIMIT)) {
                    entries.add(entry(hit));
                }
            } catch (IllegalArgumentException e) {
                problems.add(say("lookup.problem.name", e.getMessage()));
            }
        }
        return new Answer(name, birth, problems, publicLists(), !name.isEmpty(), entries);
    }

    private Entry entry(SearchHits.Hit hit) {
        WatchList.ListInfo list = hit.list().orElseThrow(() -> new IllegalStateException("a list entry without its list"));
        List<String> reasons = LookupReasons.of(hit.match()).stream()
                .map(r -> say(r.key(), r.args().toArray())).toList();
        return new Entry(list.title(), list.publisher(), date(list), hit.name(), hit.reference(), hit.sourceUrl(), hit.strong(),
                say(hit.strong() ? "lookup.strong" : "lookup.weak"), reasons);
    }

    private List<ListShown> publicLists() {
        return lists.all().stream().filter(l -> l.info().isPublic())
                .map(l -> new ListShown(l.info().id(), say("lookup.lists.item", l.info().title(), l.info().publisher(), date(l.info()),
                        number(l.entries()))))
                .toList();
    }

    private String date(WatchList.ListInfo list) {
        return list.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    private String say(String key, Object... args) {
        return words.getMessage(key, args, locale);
    }
}
