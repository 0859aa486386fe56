package org.tutela.search.opensearch;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.tutela.search.NameDocument;

/**
 * The two indices and their fields. Keys and groups are {@code keyword} fields (exact terms, as the Lucene adapter's
 * {@code StringField}s); the facts rescoring reads are one {@code binary} field, never searched; names are kept for
 * people who look at the index, not searched either. Strict mappings: a field the adapter does not know is an error,
 * not a new field. The keys' version is kept in the mapping's {@code _meta}.
 */
final class IndexLayout {
    static final String KEY = "key";
    static final String GROUP = "group";
    static final String NAMES = "names";
    static final String FACTS = "facts";
    static final String GENERATION = "generation";
    static final String TYPE = "type";
    static final String LIST = "list";
    static final String PUBLIC = "public";
    static final String TITLE = "title";
    static final String PUBLISHER = "publisher";
    static final String DATE = "date";
    static final String POSITION = "pos";
    static final String TYPE_LIST = "list";
    static final String TYPE_ENTRY = "entry";
    static final String KEYS_META = "tutela_names_keys";

    private IndexLayout() {
    }

    /** What was found when the index was opened. */
    enum State { CREATED, CURRENT, OTHER_KEYS }

    static State ensure(OpenSearchClient client, String index, boolean lists, OpenSearchSettings settings) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            Map<String, JsonData> meta = client.indices().getMapping(g -> g.index(index)).result().get(index).mappings().meta();
            Optional<String> keys = Optional.ofNullable(meta).map(m -> m.get(KEYS_META)).map(j -> j.to(String.class));
            return keys.filter(NameDocument.KEYS_VERSION::equals).isPresent() ? State.CURRENT : State.OTHER_KEYS;
        }
        try {
            client.indices().create(c -> c.index(index)
                    .settings(s -> s.numberOfShards(Integer.toString(settings.shards())).numberOfReplicas(Integer.toString(settings.replicas())))
                    .mappings(lists ? listsMapping() : registryMapping()));
            return State.CREATED;
        } catch (OpenSearchException e) {
            // another server created it meanwhile
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return ensure(client, index, lists, settings);
            }
            throw e;
        }
    }

    /** Records that the index now holds keys of this version. */
    static void markCurrent(OpenSearchClient client, String index) throws IOException {
        client.indices().putMapping(p -> p.index(index).meta(KEYS_META, JsonData.of(NameDocument.KEYS_VERSION)));
    }

    private static TypeMapping registryMapping() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .meta(KEYS_META, JsonData.of(NameDocument.KEYS_VERSION))
                .properties(KEY, keyword()).properties(GROUP, keyword())
                .properties(NAMES, stored()).properties(FACTS, Property.of(p -> p.binary(b -> b)))
                .properties(GENERATION, keyword()));
    }

    private static TypeMapping listsMapping() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .meta(KEYS_META, JsonData.of(NameDocument.KEYS_VERSION))
                .properties(TYPE, keyword()).properties(LIST, keyword()).properties(PUBLIC, Property.of(p -> p.boolean_(b -> b)))
                .properties(TITLE, stored()).properties(PUBLISHER, stored()).properties(DATE, stored())
                .properties(POSITION, Property.of(p -> p.integer(i -> i)))
                .properties(KEY, keyword()).properties(GROUP, keyword())
                .properties(NAMES, stored()).properties(FACTS, Property.of(p -> p.binary(b -> b)))
                .properties(GENERATION, keyword()));
    }

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k));
    }

    /** Kept in the source, neither searched nor sorted on. */
    private static Property stored() {
        return Property.of(p -> p.keyword(k -> k.index(false).docValues(false)));
    }
}
