package org.tutela.app.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameMatch;
import org.tutela.core.registry.Country;
import org.tutela.search.NameQuery;
import org.tutela.search.NameSearch;
import org.tutela.search.Scope;
import org.tutela.search.SearchHit;

/**
 * Name search as the API, the command line and the pages present it: one flat hit per person found,
 * with the score and the explanation in words. A public lookup never touches the registry.
 */
public final class SearchHits {
    private SearchHits() {
    }

    /**
     * One person found: in the registry ({@code type = "registry"}) or on a list ({@code type = "list"}). {@code reading}
     * is the explanation as keys and arguments of the names bundle (the API adds each line's text in the caller's
     * language); {@code explanation} is the matcher's own log form, with its codes, for analysts and scripts.
     */
    public record Hit(String type, String id, String name, Optional<WatchList.ListInfo> list, Optional<String> reference,
                      Optional<String> sourceUrl, double score, boolean strong, List<MatchReading.Line> reading, String explanation,
                      NameMatch match) {
    }

    /** What was asked: a name, and optionally a birth date (YYYY, YYYY-MM or YYYY-MM-DD) and nationalities. */
    public record Question(String name, Optional<String> birthDate, Set<String> nationalities, Optional<Set<String>> lists,
                           boolean registry, boolean publicOnly) {
        public Scope scope() {
            if (publicOnly) {
                return Scope.publicLookup();
            }
            if (!registry) {
                return lists.map(Scope::lists).orElseGet(() -> new Scope(false, true, Optional.empty(), false));
            }
            return lists.map(Scope::registryAnd).orElseGet(Scope::everything);
        }

        /** The question as the audit log keeps it. */
        public String describe() {
            StringBuilder out = new StringBuilder("name search '").append(name).append('\'');
            birthDate.filter(b -> !b.isBlank()).ifPresent(b -> out.append(" birthDate=").append(b));
            if (!nationalities.isEmpty()) {
                out.append(" nationality=").append(new java.util.TreeSet<>(nationalities));
            }
            lists.ifPresent(l -> out.append(" lists=").append(new java.util.TreeSet<>(l)));
            if (!registry) {
                out.append(" registry=false");
            }
            return out.toString();
        }

        public NameQuery query() {
            NameQuery query = NameQuery.of(name);
            if (birthDate.isPresent() && !birthDate.get().isBlank()) {
                query = query.withBirthDate(BirthDate.parse(birthDate.get()));
            }
            if (!nationalities.isEmpty()) {
                query = query.withNationalities(nationalities.stream().map(Country::of).collect(java.util.stream.Collectors.toSet()));
            }
            return query;
        }
    }

    /** For the command line and the public lookup (which never reaches the registry): every registry person counts. */
    public static List<Hit> search(NameSearch search, Question question, int limit) {
        return search.search(question.query(), question.scope(), limit).stream().map(SearchHits::flat).toList();
    }

    /**
     * For a caller who sees only some of the registry: registry persons {@code visible} refuses are left out
     * before the limit, so they neither take a result's place nor show by their absence.
     */
    public static List<Hit> search(NameSearch search, Question question, int limit, java.util.function.Predicate<org.tutela.core.registry.RecordId> visible) {
        return search.search(question.query(), question.scope(), limit, visible).stream().map(SearchHits::flat).toList();
    }

    /**
     * The public "look yourself up", as the page and the API both ask it: public lists only, for anyone. The scope holds
     * no registry person; should one ever come, it is seen by nobody (before the limit) and is not returned.
     */
    public static List<Hit> publicLookup(NameSearch search, String name, Optional<String> birthDate, int limit) {
        Question question = new Question(name, birthDate, Set.of(), Optional.empty(), false, true);
        return search(search, question, limit, registryPerson -> false).stream().filter(h -> "list".equals(h.type())).toList();
    }

    /** The ids of the hits as the audit log keeps them: a registry id, or {@code list:<list id>/<entry id>}. */
    public static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> "registry".equals(h.type()) ? h.id()
                : "list:" + h.list().map(WatchList.ListInfo::id).orElse("") + "/" + h.id()).toList();
    }

    static Hit flat(SearchHit hit) {
        NameMatch m = hit.match();
        if (hit.found() instanceof SearchHit.RegistryPerson p) {
            return new Hit("registry", p.id().value(), p.name(), Optional.empty(), Optional.empty(), Optional.empty(),
                    m.score(), m.isMatch(), MatchReading.of(m), m.explain(), m);
        }
        SearchHit.ListPerson l = (SearchHit.ListPerson) hit.found();
        return new Hit("list", l.entryId(), l.name(), Optional.of(l.list()), l.reference(), l.sourceUrl(), m.score(), m.isMatch(),
                MatchReading.of(m), m.explain(), m);
    }
}
