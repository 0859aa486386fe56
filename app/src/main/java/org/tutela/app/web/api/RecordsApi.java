package org.tutela.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.Conflict;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordQuery;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;
import org.tutela.json.RecordFormatException;
import org.tutela.json.RecordJson;

/**
 * Every kind of record through one resource: create, read, search by field, update, retract, and the
 * history, links and conflicting claims of each. Writes never overwrite: each makes a revision.
 */
@RestController
@RequestMapping("/api/records")
@Tag(name = "Records", description = "Persons, organisations, protection statuses, relationships, proceedings, "
        + "cooperation requests, decisions, incidents, sources and claims, with their revisions")
public class RecordsApi {
    private final Registry registry;
    private final RecordJson json;

    public RecordsApi(Registry registry, RecordJson json) {
        this.registry = registry;
        this.json = json;
    }

    /** A record as the API returns it: the record with its kind, the current revision, and open conflicts. */
    public record RecordView(ObjectNode record, RevisionView revision, List<Conflict> conflicts) {
    }

    public record Page(List<ObjectNode> items, int offset, int limit) {
    }

    @GetMapping
    @Operation(summary = "Search records by kind, by exact field values, and by text in their label",
            description = "Any other query parameter is a field filter: `?kind=cooperation-request&requestingState=KZ`, "
                    + "`?kind=person&names.full=Jane Doe`. Field paths are those of the record's JSON, lists flattened.")
    public Page find(@RequestParam Optional<String> kind, @RequestParam Optional<String> q,
                     @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit,
                     @Parameter(hidden = true) @RequestParam Map<String, String> all) {
        Map<String, String> fields = new LinkedHashMap<>(all);
        List.of("kind", "q", "offset", "limit").forEach(fields::remove);
        RecordQuery query = new RecordQuery(kind.map(RecordsApi::kind), fields, q, offset, limit);
        return new Page(registry.find(query).stream().map(json::toTreeWithKind).toList(), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a record, now or as the registry held it at an instant (asRecordedAt, ISO-8601)")
    public RecordView get(@PathVariable String id, @RequestParam Optional<Instant> asRecordedAt) {
        RecordId recordId = RecordId.of(id);
        RegistryRecord record = asRecordedAt.map(at -> registry.asRecordedAt(recordId, at))
                .orElseGet(() -> registry.get(recordId))
                .orElseThrow(() -> new NoSuchRecordException(recordId));
        List<Revision> history = registry.history(recordId);
        Revision revision = asRecordedAt
                .flatMap(at -> history.stream().filter(r -> !r.recordedAt().isAfter(at)).reduce((a, b) -> b))
                .orElse(history.get(history.size() - 1));
        return new RecordView(json.toTreeWithKind(record), RevisionView.of(revision, json).summary(), conflictsAbout(recordId));
    }

    @PostMapping
    @Operation(summary = "Create a record (the body carries its kind, never an id: the server assigns an opaque one); references must exist")
    public ResponseEntity<RecordView> create(@RequestBody JsonNode body, @RequestHeader(value = "X-Reason", required = false) String reason,
                                             Principal principal) {
        RegistryRecord record = json.read(withGeneratedId(body));
        Revision revision = registry.save(record, 0, change(principal, reason, "created through the API"));
        return ResponseEntity.status(HttpStatus.CREATED).body(new RecordView(json.toTreeWithKind(record),
                RevisionView.of(revision, json).summary(), List.of()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a record; If-Match: <revision number> guards against concurrent edits")
    public RecordView update(@PathVariable String id, @RequestBody JsonNode body,
                             @RequestHeader(value = "If-Match", required = false) Optional<String> ifMatch,
                             @RequestHeader(value = "X-Reason", required = false) String reason, Principal principal) {
        RecordId recordId = RecordId.of(id);
        RegistryRecord current = registry.get(recordId).orElseThrow(() -> new NoSuchRecordException(recordId));
        ObjectNode tree = body.deepCopy();
        if (!tree.has("id")) {
            tree.put("id", id);
        }
        if (!tree.has(RecordJson.KIND)) {
            tree.put(RecordJson.KIND, current.kind().slug());
        }
        RegistryRecord record = json.read(tree);
        if (!record.id().equals(recordId)) {
            throw new RecordFormatException("id", "the body's id '" + record.id() + "' differs from the address's '" + id + "'", null);
        }
        if (record.kind() != current.kind()) {
            throw new RecordFormatException("kind", "a " + current.kind().slug() + " cannot become a " + record.kind().slug(), null);
        }
        int expected = ifMatch.map(RecordsApi::revisionNumber).orElseGet(() -> latest(recordId).number());
        Revision revision = registry.save(record, expected, change(principal, reason, "revised through the API"));
        return new RecordView(json.toTreeWithKind(record), RevisionView.of(revision, json).summary(), conflictsAbout(recordId));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Retract a record: a new, empty revision; the history stays readable")
    public RevisionView retract(@PathVariable String id, @RequestHeader(value = "X-Reason", required = false) String reason,
                                Principal principal) {
        RecordId recordId = RecordId.of(id);
        registry.get(recordId).orElseThrow(() -> new NoSuchRecordException(recordId));
        return RevisionView.of(registry.retract(recordId, change(principal, reason, "retracted through the API")), json);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every revision of a record, oldest first, each with its full state")
    public List<RevisionView> history(@PathVariable String id) {
        List<Revision> history = registry.history(RecordId.of(id));
        if (history.isEmpty()) {
            throw new NoSuchRecordException(RecordId.of(id));
        }
        return history.stream().map(r -> RevisionView.of(r, json)).toList();
    }

    /** A record with everything one step away from it: what it cites and references, and what references it. */
    public record Dossier(ObjectNode record, List<ObjectNode> references, List<ObjectNode> referencedBy,
                          List<ObjectNode> sources, List<Conflict> conflicts) {
    }

    @GetMapping("/{id}/dossier")
    @Operation(summary = "A record with its linked records and sources: for a request, its targets, proceeding, decisions and sources")
    public Dossier dossier(@PathVariable String id) {
        RecordId recordId = RecordId.of(id);
        RegistryRecord record = registry.get(recordId).orElseThrow(() -> new NoSuchRecordException(recordId));
        List<RegistryRecord> out = record.referencedIds().stream().map(registry::get).flatMap(Optional::stream)
                .sorted(Comparator.comparing(RegistryRecord::id)).toList();
        List<RegistryRecord> in = registry.referencing(recordId).stream().sorted(Comparator.comparing(RegistryRecord::id)).toList();
        List<ObjectNode> sources = java.util.stream.Stream.concat(java.util.stream.Stream.of(record), in.stream())
                .flatMap(r -> r.provenance().citations().stream()).map(c -> c.source()).distinct()
                .map(registry::get).flatMap(Optional::stream).map(json::toTreeWithKind).toList();
        return new Dossier(json.toTreeWithKind(record), out.stream().map(json::toTreeWithKind).toList(),
                in.stream().map(json::toTreeWithKind).toList(), sources, conflictsAbout(recordId));
    }

    @GetMapping("/{id}/conflicts")
    @Operation(summary = "Claims of different sources that disagree about this record, side by side")
    public List<Conflict> conflicts(@PathVariable String id) {
        return conflictsAbout(RecordId.of(id));
    }

    private List<Conflict> conflictsAbout(RecordId id) {
        return Conflict.among(registry.referencing(id, Claim.class).stream().filter(c -> c.subject().equals(id)).toList());
    }

    private Revision latest(RecordId id) {
        List<Revision> history = registry.history(id);
        return history.get(history.size() - 1);
    }

    private static ObjectNode withGeneratedId(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new RecordFormatException("", "the body must be a JSON object with a \"kind\"", null);
        }
        ObjectNode tree = ((ObjectNode) body).deepCopy();
        // The server names new records: an id chosen by the client could be one already used in another
        // compartment, and any answer to that (refused, or created) would tell that it exists.
        if (tree.has("id")) {
            throw new RecordFormatException("id", "new records get their id from the server; leave \"id\" out "
                    + "(the answer carries the new id; to revise a record, PUT it to /api/records/{id})", null);
        }
        if (tree.hasNonNull(RecordJson.KIND)) {
            tree.put("id", RecordId.random(kind(tree.get(RecordJson.KIND).asText())).value());
        }
        return tree;
    }

    static RecordKind kind(String slug) {
        return RecordKind.fromSlug(slug).orElseThrow(() -> new RecordFormatException("kind", "'" + slug
                + "' is not a kind of record; expected one of " + Arrays.stream(RecordKind.values()).map(RecordKind::slug).toList(), null));
    }

    private static int revisionNumber(String ifMatch) {
        try {
            return Integer.parseInt(ifMatch.replace("\"", "").replace("W/", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidRecordException("If-Match", "'" + ifMatch + "' is not a revision number");
        }
    }

    static Change change(Principal principal, String reason, String defaultReason) {
        return Change.by(principal == null ? "anonymous" : principal.getName(),
                reason == null || reason.isBlank() ? defaultReason : reason);
    }
}
