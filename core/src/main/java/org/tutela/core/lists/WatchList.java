package org.tutela.core.lists;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A published list of persons (a wanted list, a sanctions list, a watch list), imported as one named,
 * dated dataset. A list is searched alone or together with the registry; only lists marked public
 * are searched by the public "look yourself up" mode.
 *
 * @param id        a short stable name ({@code ru-mvd-wanted})
 * @param title     the list's own title
 * @param publisher who publishes it
 * @param date      the date of the published version that was imported
 * @param isPublic  whether it may be searched by anyone
 * @param entries   the persons on it
 */
public record WatchList(String id, String title, String publisher, LocalDate date, boolean isPublic, List<ListEntry> entries) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public WatchList {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ListFormatException("list id '" + id + "' must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        title = ListEntry.text("title", title);
        publisher = ListEntry.text("publisher", publisher);
        if (date == null) {
            throw new ListFormatException("list " + id + ": date is required");
        }
        entries = List.copyOf(entries == null ? List.of() : entries);
        Set<String> seen = new HashSet<>();
        for (ListEntry e : entries) {
            if (!seen.add(e.id())) {
                throw new ListFormatException("list " + id + ": entry id '" + e.id() + "' appears twice");
            }
        }
    }

    /** The list's facts without its entries, e.g. to describe it in a search hit. */
    public ListInfo info() {
        return new ListInfo(id, title, publisher, date, isPublic);
    }

    public record ListInfo(String id, String title, String publisher, LocalDate date, boolean isPublic) {
    }
}
