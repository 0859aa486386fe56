package org.tutela.search;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.NameAnalyser;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;

/**
 * The name index, as the application asks it: the registry's persons and the lists' entries filed under their
 * romanisation keys and equivalence groups ({@link NameDocument}), and the candidates for a query's keys
 * ({@link CandidateQuery}) in rank order. Rescoring is not the index's: {@link NameSearch} scores every candidate with
 * the matcher, the same whatever the backend. Two adapters: {@link LuceneNameIndex}, embedded (the default), and an
 * OpenSearch cluster (module {@code search-opensearch}). The registry's persons and the lists' entries are kept apart,
 * so that a public search never reads the registry's part.
 *
 * <p>A write is visible to searches when it returns (read your writes): the change feed's consumer that keeps the
 * index in step moves its position only after the write, so a reader that waited for that position finds the change.
 * Writing the same state twice does no harm (a feed batch may be handed again after a failure). Thread-safe.
 */
public interface NameIndex extends AutoCloseable {

    /** How many documents each part holds. */
    record Counts(long persons, long lists, long entries) {
    }

    /** The embedded Lucene index in memory. */
    static NameIndex inMemory() {
        return LuceneNameIndex.inMemory();
    }

    /** The embedded Lucene index on disk in {@code directory}. */
    static NameIndex open(Path directory) {
        return LuceneNameIndex.open(directory);
    }

    NameAnalyser analyser();

    /**
     * True when the registry's part must be {@link #rebuild rebuilt} before the feed is followed: it is new, or it was
     * written with other keys ({@link NameDocument#KEYS_VERSION}).
     */
    boolean registryNeedsRebuild();

    // ---- registry ----

    /** Adds or replaces one person. */
    default void index(Person person) {
        update(List.of(person), List.of());
    }

    /** Adds or replaces {@code persons} and removes {@code removed}, as one write: what one commit of the registry changed. */
    void update(Collection<Person> persons, Collection<RecordId> removed);

    /** Removes one person; nothing happens when the person is not indexed. */
    default void remove(RecordId id) {
        update(List.of(), List.of(id));
    }

    /** Replaces the whole registry part with these persons; searches meanwhile answer from the old or the new part. */
    void rebuild(Collection<Person> persons);

    /** The registry's candidates, best first, at most {@code wanted}. */
    List<Candidate> registryCandidates(CandidateQuery query, int wanted);

    // ---- lists ----

    /** Adds a list, or replaces it (its facts and all its entries) when one of that id is indexed. */
    void index(WatchList list);

    /**
     * Adds {@code entries} to the list {@code list}, as one write, indexing the list's facts when no list of that id is
     * indexed yet (and replacing them when one is). An entry whose id the list already has replaces it. For a list too
     * large to hold in memory at once: it is indexed in parts, each visible when its call returns.
     */
    void add(WatchList.ListInfo list, Collection<ListEntry> entries);

    /**
     * Merges the lists' part into as few pieces as the backend can, as {@link #index(WatchList)} does when it has
     * written a list: for a list written in parts ({@link #add}), once its last part is in. Searches answer as before
     * and meanwhile; a search sets up its look-ups once per piece, so fewer pieces cost less.
     */
    void compactLists();

    /** Removes a list and its entries. */
    void removeList(String listId);

    /** The lists in the index, without their entries. */
    List<WatchList.ListInfo> lists();

    /** A list with its entries, read back from the index. */
    Optional<WatchList> list(String listId);

    /** The entries' candidates among the lists {@code scope} names (public ones only for a public scope), best first. */
    List<Candidate> listCandidates(CandidateQuery query, Scope scope, int wanted);

    Counts counts();

    /** Releases what the adapter holds (files, connections); the data stays where it lives. */
    @Override
    void close();
}
