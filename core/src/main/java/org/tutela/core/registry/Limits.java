package org.tutela.core.registry;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How large a record may be: rules of the domain, checked by every record constructor (through
 * {@link Fields}), whichever way the record comes in (API, page, import, federation). Each is far above
 * what any real case holds and far below what would slow the name index and the screening for everyone:
 * a person with 200,000 names once took a minute to save and made every later search ten times slower.
 */
public final class Limits {
    /** Characters of one text field (a summary, a passage, notes). */
    public static final int MAX_TEXT = 20_000;
    /** Characters of one name (a person's name or part of it, an alias, a name as written in a request). */
    public static final int MAX_NAME = 500;
    /** Names of one person (spellings, scripts, aliases, former names; sanctions lists give some persons a hundred and more), and aliases of one organisation. */
    public static final int MAX_NAMES_PER_PERSON = 500;
    /** Persons named in one cooperation request (screening treats far fewer as a fishing expedition already). */
    public static final int MAX_PERSONS_PER_REQUEST = 1_000;
    /** Measures asked for in one cooperation request. */
    public static final int MAX_MEASURES_PER_REQUEST = 100;
    /** Citations of sources in one record's provenance. */
    public static final int MAX_CITATIONS = 200;
    /** Entries of any other list in a record. */
    public static final int MAX_ENTRIES = 1_000;
    /** Records in one import (a file, an upload); a larger file is split into several imports. */
    public static final int MAX_RECORDS_PER_IMPORT = 100_000;

    private Limits() {
    }

    /** The sentence for a limit, from the bundle {@code org.tutela.core.registry.limits}. */
    public static String message(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.tutela.core.registry.limits", Locale.ROOT).getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
