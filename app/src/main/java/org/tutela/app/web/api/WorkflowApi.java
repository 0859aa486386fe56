package org.tutela.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.app.requests.FileView;
import org.tutela.app.requests.RequestDesk;
import org.tutela.app.requests.StepInput;
import org.tutela.app.security.AccessRefusedException;
import org.tutela.app.security.Caller;
import org.tutela.app.security.web.WebCaller;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Registry;
import org.tutela.core.requests.Actor;
import org.tutela.core.requests.BreachFact;
import org.tutela.core.requests.WorkflowInputException;

/**
 * A request's life after screening: its file (state, decisions with the screening they relied on,
 * measures, conditions, holds, the disclosure ledger), the steps the desks make on it, the overview by
 * state and holder, and what has left about a person. Thin: every rule is in core's workflow.
 */
@RestController
@Tag(name = "Workflow", description = "Admission, measures, conditions, holds, the disclosure ledger and oversight of cooperation requests")
public class WorkflowApi {
    private final RequestDesk desk;
    private final Registry registry;

    public WorkflowApi(RequestDesk desk, Registry registry) {
        this.desk = desk;
        this.registry = registry;
    }

    @GetMapping("/api/requests")
    @Operation(summary = "Every request the caller can see: state, holder, days waited, holds in force, breaches; by state, longest waiting first")
    public List<FileView.Summary> overview() {
        return desk.overview(registry);
    }

    @GetMapping("/api/requests/{id}")
    @Operation(summary = "A request's workflow file, with what the caller's desk may do next")
    public FileView file(@PathVariable String id) {
        return desk.view(RecordId.of(id), registry, viewer());
    }

    @PostMapping("/api/requests/{id}/steps")
    @Operation(summary = "Make a step on a request's file (If-Match: the revision acted on); 422 names the rule that refused it, 409 a concurrent step",
            description = "Body: {\"step\": KIND, \"reason\": \"...\", \"on\": \"YYYY-MM-DD\" (optional), \"sources\": [{\"record\": ID, \"note\": \"...\"}], "
                    + "and the step's fields}, e.g. {\"step\":\"PLACE_HOLD\",\"hold\":\"APPEAL_PENDING\",\"reason\":\"appeal lodged\"}. See docs/workflow.md.")
    public ResponseEntity<FileView> step(@PathVariable String id, @RequestBody JsonNode body,
                                         @RequestHeader(value = "If-Match", required = false) Optional<String> ifMatch) {
        Caller caller = WebCaller.current().orElseThrow(() -> new AccessRefusedException("log in to act on a request"));
        RecordId requestId = RecordId.of(id);
        Optional<Integer> revision = ifMatch.map(v -> v.replace("\"", "").strip()).filter(v -> !v.isEmpty()).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new WorkflowInputException("If-Match", "'" + v + "' is not a revision number");
            }
        });
        desk.request(requestId, registry); // a request the caller cannot see answers "not found" before anything else
        Actor actor = desk.actor(caller.name(), caller.role());
        desk.act(requestId, StepInput.read(body), revision, actor, registry, caller.purpose().orElse(""));
        return ResponseEntity.status(HttpStatus.CREATED).body(desk.view(requestId, registry, Optional.of(actor)));
    }

    @GetMapping("/api/persons/{id}/disclosures")
    @Operation(summary = "What has left about this person, and under which decision: every disclosure concerning her, oldest first")
    public List<RequestDesk.PersonDisclosure> disclosures(@PathVariable String id) {
        return desk.disclosuresConcerning(RecordId.of(id), registry);
    }

    @GetMapping("/api/persons/{id}/breaches")
    @Operation(summary = "Conditions breached and disclosures made in breach in requests concerning this person, as facts for later screenings")
    public List<BreachFact> breaches(@PathVariable String id) {
        RecordId person = RecordId.of(id);
        registry.get(person).orElseThrow(() -> new NoSuchRecordException(person));
        return desk.breachesConcerning(person, registry);
    }

    private Optional<Actor> viewer() {
        return WebCaller.current().map(c -> desk.actor(c.name(), c.role()));
    }
}
