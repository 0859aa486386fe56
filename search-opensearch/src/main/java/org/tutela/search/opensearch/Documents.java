package org.tutela.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensearch.client.opensearch.core.search.Hit;
import org.tutela.core.lists.WatchList;
import org.tutela.search.IndexedFacts;
import org.tutela.search.NameDocument;

/** The sources the adapter writes ({@link IndexLayout}'s fields) and what it reads back of them. */
final class Documents {
    private Documents() {
    }


    static Map<String, Object> source(NameDocument d, Optional<String> generation) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(IndexLayout.KEY, List.copyOf(d.keys()));
        s.put(IndexLayout.GROUP, List.copyOf(d.groups()));
        s.put(IndexLayout.NAMES, d.facts().names());
        s.put(IndexLayout.FACTS, Base64.getEncoder().encodeToString(d.facts().toBytes()));
        generation.ifPresent(g -> s.put(IndexLayout.GENERATION, g));
        return s;
    }

    static Map<String, Object> listFields(WatchList.ListInfo info, String generation) {
        Map<String, Object> s = new HashMap<>();
        s.put(IndexLayout.LIST, info.id());
        s.put(IndexLayout.PUBLIC, info.isPublic());
        s.put(IndexLayout.TITLE, info.title());
        s.put(IndexLayout.PUBLISHER, info.publisher());
        s.put(IndexLayout.DATE, info.date().toString());
        s.put(IndexLayout.GENERATION, generation);
        return s;
    }

    static IndexedFacts facts(Hit<ObjectNode> h) {
        JsonNode facts = h.source() == null ? null : h.source().get(IndexLayout.FACTS);
        if (facts == null) {
            throw new IllegalStateException("the name index's document " + h.id() + " in " + h.index() + " has no facts; rebuild the index");
        }
        return IndexedFacts.fromBytes(Base64.getDecoder().decode(facts.asText()));
    }

    static WatchList.ListInfo listInfo(ObjectNode s) {
        return new WatchList.ListInfo(s.get(IndexLayout.LIST).asText(), s.get(IndexLayout.TITLE).asText(), s.get(IndexLayout.PUBLISHER).asText(),
                LocalDate.parse(s.get(IndexLayout.DATE).asText()), s.get(IndexLayout.PUBLIC).asBoolean());
    }
}
