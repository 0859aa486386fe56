package org.tutela.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.NameAnalyser;
import org.tutela.core.names.NameEquivalents;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NamePart;
import org.tutela.core.names.SoundKey;
import org.tutela.core.names.SurnameForms;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;

/**
 * What every backend files for one registry person or list entry: its romanisation keys and equivalence groups (the
 * terms candidates are retrieved by) and its {@link IndexedFacts} (what rescoring reads). Worked out once here, so
 * that the Lucene index and an OpenSearch cluster retrieve by the same keys.
 *
 * @param uid    the person's record id, or {@code list/entry} for a list entry
 * @param keys   every non-initial part's keys, with the stems suffixed surnames are also found under
 * @param groups the equivalence groups of those parts
 */
public record NameDocument(String uid, Set<String> keys, Set<String> groups, IndexedFacts facts) {
    /** Bumped whenever keys change meaning (tables, skeleton rules); an index written with another version is rebuilt. */
    public static final String KEYS_VERSION = "6";

    public NameDocument {
        keys = Set.copyOf(keys);
        groups = Set.copyOf(groups);
    }

    public static NameDocument of(NameAnalyser analyser, Person p) {
        Filed filed = file(analyser, p.names().stream().map(PersonName::full).toList());
        return new NameDocument(p.id().value(), filed.keys(), filed.groups(), IndexedFacts.of(p, filed.analysed()));
    }

    public static NameDocument of(NameAnalyser analyser, WatchList.ListInfo list, ListEntry e) {
        Filed filed = file(analyser, e.names());
        return new NameDocument(uid(list.id(), e.id()), filed.keys(), filed.groups(), IndexedFacts.of(list, e, filed.analysed()));
    }

    /** The uid of an entry in a list. */
    public static String uid(String listId, String entryId) {
        return listId + "/" + entryId;
    }

    private record Filed(Set<String> keys, Set<String> groups, List<AnalysedName> analysed) {
    }

    private static Filed file(NameAnalyser analyser, List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        List<AnalysedName> analysed = new ArrayList<>();
        for (String name : names) {
            List<AnalysedName> alternatives;
            try {
                alternatives = analyser.analyseAll(name);
            } catch (NameInputException e) {
                // records and lists check names on entry; a name refused here is kept for display only
                continue;
            }
            analysed.addAll(alternatives);
            for (NamePart p : alternatives.stream().flatMap(a -> a.parts().stream()).toList()) {
                if (p.isInitial()) {
                    continue;
                }
                keys.addAll(p.keys().values());
                // a suffixed surname is also filed under its stem, where its bare and other-gender forms are found
                p.keySet().forEach(k -> SurnameForms.indexStem(k).ifPresent(keys::add));
                // a part in an abjad is also filed under its consonants, where its other spellings are found
                if (SoundKey.abjad(p)) {
                    keys.addAll(SoundKey.retrievalKeys(p));
                }
                for (NameEquivalents.Membership m : p.groups()) {
                    groups.add(Integer.toString(m.group()));
                }
            }
        }
        return new Filed(keys, groups, analysed);
    }
}
