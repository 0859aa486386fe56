package org.tutela.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.app.Tutela;
import org.tutela.app.lists.ListLibrary;
import org.tutela.app.search.SearchHits;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.Visibility;
import org.tutela.app.security.web.WebCaller;

/** Name search across scripts, in the registry and the imported lists, and the public "look yourself up". */
@RestController
@Tag(name = "Search", description = "Cross-script name search with explanations; the public lookup searches public lists only")
public class SearchApi {
    private final Tutela tutela;
    private final Visibility visibility;
    private final AuditTrail audit;

    /** {@code visibility} is the caller's: registry persons outside the caller's compartments are left out before the limit. */
    public SearchApi(Tutela tutela, Visibility visibility, AuditTrail audit) {
        this.tutela = tutela;
        this.visibility = visibility;
        this.audit = audit;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search persons by name in any script, in the registry and/or lists",
            description = "`q` is a name as written (`ДЖАРДЕМАЛИ`, `Bota Jardemalie`); `birthDate` (YYYY, YYYY-MM or YYYY-MM-DD) and "
                    + "`nationality` (ISO codes) are supporting evidence; `list` restricts to lists; `registry=false` leaves the registry out.")
    public List<SearchHits.Hit> search(@RequestParam String q, @RequestParam Optional<String> birthDate,
                                       @RequestParam Optional<Set<String>> nationality, @RequestParam Optional<Set<String>> list,
                                       @RequestParam(defaultValue = "true") boolean registry,
                                       @RequestParam(defaultValue = "20") int limit) {
        SearchHits.Question question = new SearchHits.Question(q, birthDate, nationality.orElse(Set.of()), list, registry, false);
        List<SearchHits.Hit> hits = SearchHits.search(tutela.search(), question, limit, visibility::sees);
        WebCaller.current().ifPresent(who -> audit.searched(who, question.describe(), SearchHits.ids(hits)));
        return hits;
    }

    /** What a person looks up: a name as written, and optionally a birth date. */
    public record LookupQuestion(String name, Optional<String> birthDate, Optional<Integer> limit) {
    }

    /**
     * The name travels in the body, never in the address (where proxies and histories keep it); nothing of
     * the question is written to the audit log: a log of who looked themselves up would be a list of people at risk.
     */
    @PostMapping("/api/public/lookup")
    @Operation(summary = "Look yourself up: search the public wanted and watch lists only",
            description = "Never searches the registry and never says whether a person is in it. The name is sent in the body.")
    public List<SearchHits.Hit> lookup(@RequestBody LookupQuestion question) {
        if (question.name() == null || question.name().isBlank()) {
            throw new IllegalArgumentException("name: give a name to look up");
        }
        return SearchHits.publicLookup(tutela.search(), question.name(), question.birthDate() == null ? Optional.empty() : question.birthDate(),
                Math.max(1, Math.min(question.limit() == null ? 20 : question.limit().orElse(20), 50)));
    }

    @GetMapping("/api/lists")
    @Operation(summary = "The imported lists: id, title, publisher, date, whether public, and how many entries")
    public List<ListLibrary.StoredList> lists() {
        return tutela.lists().all();
    }
}
