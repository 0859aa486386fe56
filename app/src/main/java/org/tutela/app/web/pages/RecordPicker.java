package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordQuery;
import org.tutela.core.registry.Registry;

/**
 * What the forms' pickers offer as one types: records of the asked kinds whose title contains the text, as the
 * caller may see them (the registry behind is the caller's compartment view, which also audits the search).
 */
@RestController
public class RecordPicker {
    /** Enough to choose from while typing; more words narrow it down. */
    static final int LIMIT = 20;
    private final Registry registry;

    public RecordPicker(Registry registry) {
        this.registry = registry;
    }

    public record Pick(String id, String label, String kind) {
    }

    /** A request the picker cannot answer: what is wrong with it. */
    public record Refusal(String error) {
    }

    @GetMapping(value = "/api/records/pick", produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.Operation(summary = "Records of the given kinds whose title contains a text, as the caller may see "
            + "them: what a form's picker offers while one types (at most 20)", tags = "Records")
    public ResponseEntity<?> pick(@RequestParam(name = "kind") List<String> kinds, @RequestParam(name = "q", defaultValue = "") String q) {
        Set<RecordKind> asked = new LinkedHashSet<>();
        for (String k : kinds.stream().flatMap(w -> Arrays.stream(w.split("[\\s,]+"))).filter(w -> !w.isBlank()).toList()) {
            Optional<RecordKind> kind = RecordKind.fromSlug(k);
            if (kind.isEmpty()) {
                return ResponseEntity.badRequest().body(new Refusal("kind: '" + k + "' is not a kind of record; the kinds are "
                        + Arrays.stream(RecordKind.values()).map(RecordKind::slug).toList()));
            }
            asked.add(kind.get());
        }
        String text = q.strip();
        if (text.length() > 200) {
            return ResponseEntity.badRequest().body(new Refusal("q: longer than 200 characters"));
        }
        if (asked.isEmpty() || text.isEmpty()) {
            return ResponseEntity.ok(List.of());
        }
        List<Pick> out = new ArrayList<>();
        for (RecordKind kind : asked) {
            registry.find(new RecordQuery(Optional.of(kind), Map.of(), Optional.of(text), 0, LIMIT))
                    .forEach(r -> out.add(new Pick(r.id().value(), Labels.title(r), kind.slug())));
        }
        // titles that begin with the text first, then the rest, each alphabetically
        String lower = text.toLowerCase(Locale.ROOT);
        return ResponseEntity.ok(out.stream().sorted(Comparator.comparing((Pick p) -> !p.label().toLowerCase(Locale.ROOT).startsWith(lower))
                .thenComparing(p -> p.label().toLowerCase(Locale.ROOT))).limit(LIMIT).toList());
    }
}
