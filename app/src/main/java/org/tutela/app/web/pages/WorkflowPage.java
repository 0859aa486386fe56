package org.tutela.app.web.pages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.tutela.app.requests.FileView;
import org.tutela.app.requests.RequestDesk;
import org.tutela.app.requests.StepInput;
import org.tutela.app.security.AccessRefusedException;
import org.tutela.app.security.Caller;
import org.tutela.app.security.web.WebCaller;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Registry;
import org.tutela.core.requests.Actor;
import org.tutela.core.requests.Condition;
import org.tutela.core.requests.Disclosure;
import org.tutela.core.requests.HoldKind;
import org.tutela.core.requests.RequestState;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.WorkflowConflictException;
import org.tutela.core.requests.WorkflowInputException;
import org.tutela.core.requests.WorkflowMessages;
import org.tutela.core.requests.WorkflowRefusedException;

/**
 * A request's page after screening: its state as a stepper, the actions the viewer's desk may take, the
 * conditions checklist, the holds and the ledger. A form posts one step, in the same fields as the API's
 * JSON (dots for nested fields); the rules that judge it are core's, and a refusal is shown on the page.
 */
@Controller
public class WorkflowPage {
    private static final List<String> SKIP = List.of("_csrf", "purpose", "conditions", "evidence.note", "evidence.record");
    private final RequestDesk desk;
    private final Registry registry;
    private final org.tutela.app.web.ShownScreenings screening;

    public WorkflowPage(RequestDesk desk, Registry registry, org.tutela.app.web.ShownScreenings screening) {
        this.desk = desk;
        this.registry = registry;
        this.screening = screening;
    }

    /** A person the request names, who the reviewer resolved it to, and the screening's suggestions for it. */
    public record Named(int number, org.tutela.core.registry.CooperationRequest.NamedPerson named,
                        List<org.tutela.core.screening.Resolution> suggestions) {
    }

    private List<Named> named(RecordId id) {
        var request = desk.request(id, registry);
        var identifications = screening.history(id).stream().findFirst().map(s -> s.report().identifications()).orElse(List.of());
        List<Named> out = new java.util.ArrayList<>();
        for (int i = 0; i < request.persons().size(); i++) {
            var p = request.persons().get(i);
            var suggested = identifications.stream().filter(n -> n.named().asWritten().equals(p.asWritten()) && n.named().role() == p.role())
                    .findFirst().map(org.tutela.core.screening.Identification::suggested).orElse(List.of()).stream()
                    .filter(r -> registry.get(r.person()).isPresent()).toList();
            out.add(new Named(i + 1, p, suggested));
        }
        return out;
    }

    @PostMapping("/requests/{id}/identity")
    public ModelAndView confirmIdentity(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Locale locale) {
        Caller caller = WebCaller.current().orElseThrow(() -> new AccessRefusedException("log in to confirm an identity"));
        RecordId requestId = RecordId.of(id);
        desk.request(requestId, registry);
        try {
            int named = Integer.parseInt(Optional.ofNullable(form.getFirst("named")).orElse("0").strip());
            String person = Optional.ofNullable(form.getFirst("person")).orElse("").strip();
            if (person.isEmpty()) {
                throw new WorkflowInputException("person", "choose the person named");
            }
            desk.confirmIdentity(requestId, named, RecordId.of(person), Optional.ofNullable(form.getFirst("reason")).orElse(""), registry, caller.name());
            return new ModelAndView("redirect:/requests/" + requestId.value() + "/workflow?confirmed=" + named);
        } catch (NumberFormatException e) {
            return refused(id, "workflow.input", List.of("named", "not a number"), HttpStatus.BAD_REQUEST);
        } catch (WorkflowInputException e) {
            return refused(id, "workflow.input", List.of(e.field(), e.getMessage().substring(e.field().length() + 2)), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/requests")
    public ModelAndView overview() {
        ModelAndView view = new ModelAndView("workflow-overview");
        List<FileView.Summary> files = desk.overview(registry);
        view.addObject("files", files);
        view.addObject("alerts", desk.alerts(registry, 50));
        // the same requests by the desk that holds them, longest waiting first within each
        view.addObject("byHolder", files.stream().collect(java.util.stream.Collectors.groupingBy(f -> f.holder().orElse(""),
                java.util.TreeMap::new, java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
                        l -> l.stream().sorted(java.util.Comparator.comparing(FileView.Summary::waitingDays).reversed()).toList()))));
        return view;
    }

    @GetMapping("/requests/{id}/workflow")
    public ModelAndView page(@PathVariable String id, @RequestParam Optional<Integer> done, @RequestParam Optional<Integer> confirmed) {
        Optional<Actor> actor = WebCaller.current().map(c -> desk.actor(c.name(), c.role()));
        FileView file = desk.view(RecordId.of(id), registry, actor);
        ModelAndView view = new ModelAndView("workflow");
        view.addObject("file", file);
        view.addObject("actor", actor.orElse(null));
        view.addObject("done", done.orElse(null));
        view.addObject("confirmed", confirmed.orElse(null));
        view.addObject("named", named(RecordId.of(id)));
        view.addObject("stepper", RequestState.MAIN_LINE);
        view.addObject("reached", reached(file.state()));
        view.addObject("conditionKinds", Condition.Kind.values());
        view.addObject("holdKinds", java.util.Arrays.stream(HoldKind.values()).filter(HoldKind::placeable).toList());
        view.addObject("items", Disclosure.Item.values());
        view.addObject("recipients", Disclosure.Recipient.values());
        view.addObject("admissions", Step.DecideAdmission.Admission.values());
        view.addObject("measureOutcomes", Step.DecideMeasure.MeasureOutcome.values());
        view.addObject("dueKinds", Step.SetDueDate.DueKind.values());
        view.addObject("today", LocalDate.now().toString());
        return view;
    }

    /** How far along the main line the request has come: the index of its state there, or of the last state it passed. */
    static int reached(RequestState state) {
        int i = RequestState.MAIN_LINE.indexOf(state == RequestState.ADMITTED_WITH_CONDITIONS ? RequestState.ADMITTED : state);
        return i >= 0 ? i : switch (state) {
            case REFUSED, RETURNED_FOR_CLARIFICATION -> 1;
            default -> -1;
        };
    }

    @PostMapping("/requests/{id}/workflow")
    public ModelAndView step(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Locale locale) {
        Caller caller = WebCaller.current().orElseThrow(() -> new AccessRefusedException("log in to act on a request"));
        RecordId requestId = RecordId.of(id);
        desk.request(requestId, registry);
        Actor actor = desk.actor(caller.name(), caller.role());
        try {
            var outcome = desk.act(requestId, StepInput.read(json(form)), Optional.empty(), actor, registry, caller.purpose().orElse(""));
            return new ModelAndView("redirect:/requests/" + requestId.value() + "/workflow?done=" + outcome.entry().number());
        } catch (WorkflowRefusedException e) {
            return refused(id, "workflow.refused", List.of(e.request().value(), e.step().name(), e.rejection().rule(),
                    WorkflowMessages.text(e.rejection().messageKey(), e.rejection().args(), locale)), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (WorkflowConflictException e) {
            return refused(id, "workflow.conflict", List.of(e.request().value(), e.step().name()), HttpStatus.CONFLICT);
        } catch (WorkflowInputException e) {
            return refused(id, "workflow.input", List.of(e.field(), e.getMessage().substring(e.field().length() + 2)), HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView refused(String id, String key, List<String> args, HttpStatus status) {
        ModelAndView view = page(id, Optional.empty(), Optional.empty());
        view.addObject("errorKey", key);
        view.addObject("errorArgs", args);
        view.setStatus(status);
        return view;
    }

    /** A non-request id answers as a missing record, never as a failure. */
    @ExceptionHandler(WorkflowInputException.class)
    ModelAndView notARequest(WorkflowInputException e) {
        return PageErrors.page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** The form's fields as the API's JSON: "disclosure.what" nests, checked conditions become a list, the evidence one item. */
    static ObjectNode json(MultiValueMap<String, String> form) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        form.forEach((name, values) -> {
            String value = values.isEmpty() ? "" : values.get(0).strip();
            if (SKIP.contains(name) || value.isEmpty()) {
                return;
            }
            ObjectNode at = root;
            String[] path = name.split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                at = at.has(path[i]) ? (ObjectNode) at.get(path[i]) : at.putObject(path[i]);
            }
            at.put(path[path.length - 1], value);
        });
        List<String> conditions = form.getOrDefault("conditions", List.of());
        if (!conditions.isEmpty()) {
            ArrayNode list = root.putArray("conditions");
            conditions.stream().filter(c -> !c.isBlank()).forEach(c -> list.addObject().put("kind", c));
        }
        String note = Optional.ofNullable(form.getFirst("evidence.note")).orElse("").strip();
        if (!note.isEmpty()) {
            ObjectNode evidence = root.putArray("evidence").addObject().put("note", note);
            Optional.ofNullable(form.getFirst("evidence.record")).map(String::strip).filter(r -> !r.isEmpty()).ifPresent(r -> evidence.put("record", r));
        }
        return root;
    }
}
