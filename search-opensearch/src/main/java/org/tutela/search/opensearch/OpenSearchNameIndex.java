package org.tutela.search.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.NameAnalyser;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;
import org.tutela.search.Candidate;
import org.tutela.search.CandidateQuery;
import org.tutela.search.IndexedFacts;
import org.tutela.search.NameDocument;
import org.tutela.search.NameIndex;
import org.tutela.search.Scope;

/**
 * The {@link NameIndex} on an OpenSearch cluster, for installations whose name index outgrows one node or is shared by
 * several application servers: registry persons in {@code <index>-registry}, lists in {@code <index>-lists}
 * ({@link IndexLayout}). The keys are the Lucene adapter's ({@link NameDocument}); candidates are retrieved in
 * OpenSearch ({@link CandidateQueries}) and rescored in the application. Writes the application reads back at once
 * (a feed batch, a list) wait for the refresh that makes them searchable; a rebuild writes in bulk without waiting and
 * refreshes once at the end. A rebuild (and a list's replacement) writes the new documents under a new generation,
 * then deletes the documents of older ones, so that searches never meet an empty index meanwhile.
 */
public final class OpenSearchNameIndex implements NameIndex {
    /** Documents per bulk request: a few megabytes, well under OpenSearch's default 100 MB request limit. */
    private static final int BULK = 2000;
    /** Entries per page when a list is read back. */
    private static final int PAGE = 1000;

    private final OpenSearchSettings settings;
    private final OpenSearchClient client;
    private final NameAnalyser analyser;
    private final String registry;
    private final String lists;
    private volatile boolean registryStale;

    private OpenSearchNameIndex(OpenSearchSettings settings, OpenSearchClient client, NameAnalyser analyser) throws IOException {
        this.settings = settings;
        this.client = client;
        this.analyser = analyser;
        this.registry = settings.registryIndex();
        this.lists = settings.listsIndex();
        this.registryStale = IndexLayout.ensure(client, registry, false, settings) != IndexLayout.State.CURRENT;
        if (IndexLayout.ensure(client, lists, true, settings) == IndexLayout.State.OTHER_KEYS) {
            for (WatchList.ListInfo info : lists()) {
                list(info.id()).ifPresent(this::index);
            }
            IndexLayout.markCurrent(client, lists);
        }
    }

    /**
     * Connects to the cluster and opens (creating where absent) the two indices.
     *
     * @throws IllegalStateException naming the cluster and the cause, when it cannot be reached or refuses
     */
    public static OpenSearchNameIndex open(OpenSearchSettings settings) {
        OpenSearchClient client = OpenSearchClients.open(settings);
        try {
            return new OpenSearchNameIndex(settings, client, NameAnalyser.standard());
        } catch (IOException | OpenSearchException e) {
            closeQuietly(client, e);
            throw new IllegalStateException("cannot open the name index on " + settings + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(client, e);
            throw e;
        }
    }

    @Override
    public NameAnalyser analyser() {
        return analyser;
    }

    @Override
    public boolean registryNeedsRebuild() {
        return registryStale;
    }

    // ---- registry ----

    @Override
    public void update(Collection<Person> persons, Collection<RecordId> removed) {
        if (persons.isEmpty() && removed.isEmpty()) {
            return;
        }
        List<BulkOperation> ops = new ArrayList<>(persons.size() + removed.size());
        for (Person p : persons) {
            NameDocument d = NameDocument.of(analyser, p);
            ops.add(index(registry, d.uid(), Documents.source(d, Optional.empty())));
        }
        for (RecordId id : removed) {
            ops.add(BulkOperation.of(o -> o.delete(x -> x.index(registry).id(id.value()))));
        }
        bulk(ops, Refresh.WaitFor, "updating the registry's names");
    }

    @Override
    public void rebuild(Collection<Person> persons) {
        String generation = UUID.randomUUID().toString();
        List<BulkOperation> ops = new ArrayList<>(BULK);
        for (Person p : persons) {
            NameDocument d = NameDocument.of(analyser, p);
            ops.add(index(registry, d.uid(), Documents.source(d, Optional.of(generation))));
            if (ops.size() == BULK) {
                bulk(ops, Refresh.False, "rebuilding the registry's names");
                ops.clear();
            }
        }
        bulk(ops, Refresh.False, "rebuilding the registry's names");
        deleteOtherGenerations(registry, Optional.empty(), generation);
        try {
            IndexLayout.markCurrent(client, registry);
        } catch (IOException | OpenSearchException e) {
            throw failure("rebuilding the registry's names", e);
        }
        registryStale = false;
    }

    @Override
    public List<Candidate> registryCandidates(CandidateQuery query, int wanted) {
        if (query.isEmpty()) {
            return List.of();
        }
        return search(registry, CandidateQueries.byName(query), wanted, List.of(IndexLayout.FACTS)).stream()
                .map(h -> Candidate.person(Documents.facts(h))).toList();
    }

    // ---- lists ----

    @Override
    public void index(WatchList list) {
        String generation = UUID.randomUUID().toString();
        List<BulkOperation> ops = new ArrayList<>();
        Map<String, Object> info = Documents.listFields(list.info(), generation);
        info.put(IndexLayout.TYPE, IndexLayout.TYPE_LIST);
        ops.add(index(lists, "list:" + list.id(), info));
        int position = 0;
        for (ListEntry e : list.entries()) {
            NameDocument d = NameDocument.of(analyser, list.info(), e);
            Map<String, Object> source = Documents.source(d, Optional.of(generation));
            source.putAll(Documents.listFields(list.info(), generation));
            source.put(IndexLayout.TYPE, IndexLayout.TYPE_ENTRY);
            source.put(IndexLayout.POSITION, position++);
            ops.add(index(lists, d.uid(), source));
            if (ops.size() == BULK) {
                bulk(ops, Refresh.False, "indexing list " + list.id());
                ops.clear();
            }
        }
        bulk(ops, Refresh.WaitFor, "indexing list " + list.id());
        deleteOtherGenerations(lists, Optional.of(list.id()), generation);
    }

    /** Each part numbered after the entries already indexed, so that the list reads back in the order it was added. */
    @Override
    public void add(WatchList.ListInfo list, Collection<ListEntry> entries) {
        long position;
        try {
            position = client.count(c -> c.index(lists).query(Query.of(q -> q.bool(b -> b.filter(CandidateQueries.term(IndexLayout.LIST, list.id()),
                    CandidateQueries.term(IndexLayout.TYPE, IndexLayout.TYPE_ENTRY)))))).count();
        } catch (IOException | OpenSearchException e) {
            throw failure("adding to list " + list.id(), e);
        }
        List<BulkOperation> ops = new ArrayList<>();
        Map<String, Object> info = Documents.listFields(list, "");
        info.put(IndexLayout.TYPE, IndexLayout.TYPE_LIST);
        ops.add(index(lists, "list:" + list.id(), info));
        for (ListEntry e : entries) {
            NameDocument d = NameDocument.of(analyser, list, e);
            Map<String, Object> source = Documents.source(d, Optional.empty());
            source.putAll(Documents.listFields(list, ""));
            source.put(IndexLayout.TYPE, IndexLayout.TYPE_ENTRY);
            source.put(IndexLayout.POSITION, (int) position++);
            ops.add(index(lists, d.uid(), source));
        }
        bulk(ops, Refresh.WaitFor, "adding to list " + list.id());
    }

    @Override
    public void compactLists() {
        try {
            client.indices().forcemerge(f -> f.index(lists).maxNumSegments(1L));
        } catch (IOException | OpenSearchException e) {
            throw failure("merging the lists' index", e);
        }
    }

    @Override
    public void removeList(String listId) {
        deleteOtherGenerations(lists, Optional.of(listId), "");
    }

    @Override
    public List<WatchList.ListInfo> lists() {
        List<WatchList.ListInfo> out = new ArrayList<>();
        for (Hit<ObjectNode> h : search(lists, CandidateQueries.term(IndexLayout.TYPE, IndexLayout.TYPE_LIST), 10_000, List.of())) {
            out.add(Documents.listInfo(h.source()));
        }
        return out;
    }

    @Override
    public Optional<WatchList> list(String listId) {
        Optional<WatchList.ListInfo> info = lists().stream().filter(i -> i.id().equals(listId)).findFirst();
        if (info.isEmpty()) {
            return Optional.empty();
        }
        List<ListEntry> entries = new ArrayList<>();
        int next = 0;
        while (true) {
            int from = next;
            Query page = Query.of(q -> q.bool(b -> b.filter(CandidateQueries.term(IndexLayout.LIST, listId),
                    CandidateQueries.term(IndexLayout.TYPE, IndexLayout.TYPE_ENTRY),
                    Query.of(r -> r.range(g -> g.field(IndexLayout.POSITION).gte(JsonData.of(from)))))));
            List<Hit<ObjectNode>> hits = searchSorted(page);
            for (Hit<ObjectNode> h : hits) {
                IndexedFacts f = Documents.facts(h);
                entries.add(new ListEntry(f.id(), f.names(), f.birthDate(), f.gender(), f.nationalities(), f.reference(), f.sourceUrl()));
                next = h.source().get(IndexLayout.POSITION).asInt() + 1;
            }
            if (hits.size() < PAGE) {
                break;
            }
        }
        WatchList.ListInfo i = info.get();
        return Optional.of(new WatchList(i.id(), i.title(), i.publisher(), i.date(), i.isPublic(), entries));
    }

    @Override
    public List<Candidate> listCandidates(CandidateQuery query, Scope scope, int wanted) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> fields = List.of(IndexLayout.FACTS, IndexLayout.LIST, IndexLayout.PUBLIC, IndexLayout.TITLE, IndexLayout.PUBLISHER,
                IndexLayout.DATE);
        return search(lists, CandidateQueries.inLists(query, scope), wanted, fields).stream()
                .map(h -> Candidate.entry(Documents.facts(h), Documents.listInfo(h.source()))).toList();
    }

    @Override
    public Counts counts() {
        try {
            long persons = client.count(c -> c.index(registry)).count();
            long infos = client.count(c -> c.index(lists).query(CandidateQueries.term(IndexLayout.TYPE, IndexLayout.TYPE_LIST))).count();
            long entries = client.count(c -> c.index(lists).query(CandidateQueries.term(IndexLayout.TYPE, IndexLayout.TYPE_ENTRY))).count();
            return new Counts(persons, infos, entries);
        } catch (IOException | OpenSearchException e) {
            throw failure("counting the names", e);
        }
    }

    /** Makes every write so far searchable; for a caller that wrote without waiting. */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(registry, lists));
        } catch (IOException | OpenSearchException e) {
            throw failure("refreshing the name index", e);
        }
    }

    /** Deletes both indices: what a test leaves behind, or an operator starting over (the next start rebuilds). */
    public void deleteIndices() {
        try {
            client.indices().delete(d -> d.index(registry, lists).ignoreUnavailable(true));
        } catch (IOException | OpenSearchException e) {
            throw failure("deleting the name index", e);
        }
    }

    public OpenSearchSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the connection to OpenSearch", e);
        }
    }

    private static BulkOperation index(String index, String id, Map<String, Object> source) {
        return BulkOperation.of(o -> o.index(i -> i.index(index).id(id).document(source)));
    }

    // ---- requests ----

    private void bulk(List<BulkOperation> ops, Refresh refresh, String what) {
        if (ops.isEmpty()) {
            return;
        }
        BulkResponse response;
        try {
            List<BulkOperation> batch = List.copyOf(ops);
            response = client.bulk(b -> b.operations(batch).refresh(refresh));
        } catch (IOException | OpenSearchException e) {
            throw failure(what, e);
        }
        if (response.errors()) {
            long failed = response.items().stream().filter(i -> i.error() != null).count();
            BulkResponseItem first = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
            throw new IllegalStateException(what + ": " + failed + " of " + ops.size() + " documents refused by OpenSearch, the first ("
                    + first.id() + " in " + first.index() + ") for " + first.error().type() + ": " + first.error().reason());
        }
    }

    /**
     * Deletes the documents (of one list, or all) written under another generation than {@code generation}: found by a
     * search, deleted in bulk, until none is left. Not {@code _delete_by_query}, which lives in OpenSearch's reindex
     * module: the adapter needs only what every node has. Documents rewritten by the new generation are not among them,
     * so after a rebuild this deletes only what the registry no longer holds.
     */
    private void deleteOtherGenerations(String index, Optional<String> list, String generation) {
        List<Query> filters = new ArrayList<>();
        list.ifPresent(id -> filters.add(CandidateQueries.term(IndexLayout.LIST, id)));
        Query older = Query.of(x -> x.bool(b -> b.filter(filters).mustNot(CandidateQueries.term(IndexLayout.GENERATION, generation))));
        String what = "deleting old documents" + list.map(id -> " of list " + id).orElse(" of the registry");
        try {
            // the new generation must be what searches see first: a document it rewrote would otherwise still show its
            // old generation, and be deleted
            client.indices().refresh(r -> r.index(index));
        } catch (IOException | OpenSearchException e) {
            throw failure(what, e);
        }
        while (true) {
            List<Hit<ObjectNode>> stale;
            try {
                stale = client.search(s -> s.index(index).query(older).size(BULK).source(src -> src.fetch(false))
                        .trackTotalHits(t -> t.enabled(false)), ObjectNode.class).hits().hits();
            } catch (IOException | OpenSearchException e) {
                throw failure(what, e);
            }
            if (stale.isEmpty()) {
                return;
            }
            bulk(stale.stream().map(h -> BulkOperation.of(o -> o.delete(d -> d.index(index).id(h.id())))).toList(), Refresh.True, what);
        }
    }

    private List<Hit<ObjectNode>> search(String index, Query query, int size, List<String> fields) {
        try {
            return client.search(s -> s.index(index).query(query).size(size).trackTotalHits(t -> t.enabled(false))
                    .source(src -> fields.isEmpty() ? src.fetch(true) : src.filter(f -> f.includes(fields))), ObjectNode.class).hits().hits();
        } catch (IOException | OpenSearchException e) {
            throw failure("searching the name index", e);
        }
    }

    private List<Hit<ObjectNode>> searchSorted(Query query) {
        try {
            return client.search(s -> s.index(lists).query(query).size(PAGE).trackTotalHits(t -> t.enabled(false))
                    .sort(o -> o.field(f -> f.field(IndexLayout.POSITION).order(SortOrder.Asc))), ObjectNode.class).hits().hits();
        } catch (IOException | OpenSearchException e) {
            throw failure("reading a list back from the name index", e);
        }
    }

    private RuntimeException failure(String what, Exception e) {
        return new IllegalStateException(what + " on " + settings.hosts() + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(OpenSearchClient client, Exception cause) {
        try {
            client._transport().close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
