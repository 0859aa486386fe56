package org.tutela.app.web.pages;

import java.security.Principal;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tutela.app.screening.ScreeningDesk;
import org.tutela.core.registry.CooperationRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.MissingReferenceException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;
import org.tutela.core.registry.RevisionConflictException;

/**
 * The recording forms: new records at {@code /record/<kind>}, edits at {@code /records/<id>/edit}.
 * A submission is read whole, judged by the record's constructor, and saved in one write or not at all;
 * an edit is a new revision guarded by the revision the form was opened on.
 */
@Controller
public class RecordingForms {
    private static final Map<RecordKind, Recording<?>> RECORDINGS = Stream.of(new PersonRecording(), new OrganisationRecording(),
                    new ProtectionStatusRecording(), new RelationshipRecording(), new ProceedingRecording(), new RequestIntake(),
                    new DecisionRecording(), new IncidentRecording(), new SourceRecording(), new ClaimRecording())
            .collect(Collectors.toMap(Recording::kind, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    /** Kinds with their own page for new records rather than {@code /record/<kind>}. */
    private static final Map<RecordKind, String> NEW_AT = Map.of(RecordKind.COOPERATION_REQUEST, "/requests/new");
    private static final Logger LOG = LoggerFactory.getLogger(RecordingForms.class);
    private final Registry registry;
    private final ScreeningDesk desk;
    private final MessageSource messages;

    public RecordingForms(Registry registry, ScreeningDesk desk, MessageSource messages) {
        this.registry = registry;
        this.desk = desk;
        this.messages = messages;
    }

    private Words words() {
        return new Words(messages, LocaleContextHolder.getLocale());
    }

    /** An entry of the layout's "Record…" menu. */
    public record MenuEntry(String slug, String href) {
    }

    /** Every kind of record has a form: the menu's entries, in the order of the kinds (templates: {@code @recordingForms.menu()}). */
    public List<MenuEntry> menu() {
        return RECORDINGS.keySet().stream().map(k -> new MenuEntry(k.slug(), NEW_AT.getOrDefault(k, "/record/" + k.slug()))).toList();
    }

    static boolean editable(RecordKind kind) {
        return RECORDINGS.containsKey(kind);
    }

    @GetMapping("/record/{slug}")
    public ModelAndView blank(@PathVariable String slug, @RequestParam MultiValueMap<String, String> prefill) {
        Recording<?> recording = recording(slug);
        return form(recording, "/record/" + slug, new LinkedHashMap<>(prefill), Map.of(), Optional.empty(), Optional.empty(),
                HttpStatus.OK);
    }

    @GetMapping("/requests/new")
    public ModelAndView blankRequest(@RequestParam MultiValueMap<String, String> prefill) {
        return form(RECORDINGS.get(RecordKind.COOPERATION_REQUEST), "/requests/new", new LinkedHashMap<>(prefill), Map.of(),
                Optional.empty(), Optional.empty(), HttpStatus.OK);
    }

    @PostMapping("/record/{slug}")
    public ModelAndView create(@PathVariable String slug, @RequestParam MultiValueMap<String, String> body, Principal principal) {
        return save(recording(slug), "/record/" + slug, RecordId.random(recording(slug).kind()), Optional.empty(), 0, body, principal);
    }

    @PostMapping("/requests/new")
    public ModelAndView createRequest(@RequestParam MultiValueMap<String, String> body, Principal principal) {
        return save(RECORDINGS.get(RecordKind.COOPERATION_REQUEST), "/requests/new", RecordId.random(RecordKind.COOPERATION_REQUEST),
                Optional.empty(), 0, body, principal);
    }

    @GetMapping("/records/{id}/edit")
    public ModelAndView edit(@PathVariable String id) {
        RegistryRecord record = current(id);
        Recording<?> recording = editing(record);
        Map<String, List<String>> values = new LinkedHashMap<>(valuesOf(recording, record));
        return form(recording, "/records/" + id + "/edit", values, Map.of(), Optional.empty(),
                Optional.of(latest(record.id()).number()), HttpStatus.OK);
    }

    @PostMapping("/records/{id}/edit")
    public ModelAndView update(@PathVariable String id, @RequestParam MultiValueMap<String, String> body, Principal principal) {
        RegistryRecord record = current(id);
        Recording<?> recording = editing(record);
        int expected;
        try {
            expected = Integer.parseInt(Optional.ofNullable(body.getFirst("revision")).orElse("").strip());
        } catch (NumberFormatException e) {
            expected = latest(record.id()).number();
        }
        return save(recording, "/records/" + id + "/edit", record.id(), Optional.of(record), expected, body, principal);
    }

    @SuppressWarnings("unchecked")
    private <T extends RegistryRecord> ModelAndView save(Recording<T> recording, String action, RecordId id, Optional<RegistryRecord> current,
                                                         int expectedRevision, MultiValueMap<String, String> body, Principal principal) {
        Map<String, List<String>> values = new LinkedHashMap<>(body);
        FormInput in = new FormInput(values, registry, words(), current.isEmpty());
        T record = null;
        try {
            record = recording.build(in, id, current.map(r -> (T) r));
        } catch (InvalidRecordException e) {
            in.problem(recording.fieldFor(e.field()), e);
        }
        // records created on the way (a new victim, perpetrator or source) commit with this one or not at all
        List<RegistryRecord> created = in.created();
        Optional<String> reason = in.line("reason");
        if (record == null || !in.valid()) {
            return form(recording, action, values, in.errors(), Optional.empty(), current.map(r -> expectedRevision), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (current.isPresent() && current.get().equals(record)) {
            return new ModelAndView("redirect:" + Labels.href(id, recording.kind()) + "?unchanged");
        }
        Change change = Change.by(principal == null ? "web form" : principal.getName(),
                reason.orElse(current.isPresent() ? "edited through the web form" : "recorded through the web form"));
        try {
            Revision saved;
            if (created.isEmpty()) {
                saved = registry.save(record, expectedRevision, change);
            } else {
                // only new records create others on the way (FormInput refuses it on an edit), so no revision is expected
                List<RegistryRecord> batch = new ArrayList<>(created);
                batch.add(record);
                List<Revision> revisions = registry.saveAll(batch, change);
                saved = revisions.get(revisions.size() - 1);
            }
            if (current.isEmpty() && record instanceof CooperationRequest) {
                // the reviewer registers a request to know what to make of it: the report comes at once
                try {
                    desk.screen(id, LocalDate.now(), registry);
                    return new ModelAndView("redirect:/requests/" + id.value() + "/report?saved");
                } catch (RuntimeException e) {
                    LOG.error("the new request {} was saved but could not be screened", id, e);
                }
            }
            return new ModelAndView("redirect:" + Labels.href(id, recording.kind()) + "?saved=" + saved.number());
        } catch (RevisionConflictException e) {
            return form(recording, action, values, in.errors(), Optional.of(words().get("records.form.stale", latest(id).number())),
                    current.map(r -> expectedRevision), HttpStatus.CONFLICT);
        } catch (MissingReferenceException e) {
            return form(recording, action, values, in.errors(), Optional.of(words().get("records.form.missing",
                    words().get("api.missingReference", e.record().value(), e.missing().value()))),
                    current.map(r -> expectedRevision), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private ModelAndView form(Recording<?> recording, String action, Map<String, List<String>> values, Map<String, String> errors,
                              Optional<String> formError, Optional<Integer> revision, HttpStatus status) {
        Words words = words();
        String slug = recording.kind().slug();
        Choices choices = new Choices(registry);
        FormBuilder builder = new FormBuilder(values, errors, words, slug, choices::titleOf);
        recording.lay(builder, revision.isEmpty());
        builder.sectionKey("why").keyedAs("reason", revision.isPresent() ? "reasonForChange" : "reason", FormField.Control.LINE, false, List.of());
        // a message for a field the form does not show must still reach the reader
        Set<String> shown = builder.fieldNames();
        Optional<String> orphan = errors.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(e -> e.getKey() + ": " + e.getValue()).reduce((a, b) -> a + "; " + b);
        String cancel = revision.isPresent() ? action.replace("/edit", "") : "/";
        RecordForm form = new RecordForm(words.get("records." + slug + (revision.isPresent() ? ".edit" : ".title")),
                words.get("records." + slug + ".intro"), action, builder.build(), formError.or(() -> orphan), revision,
                words.get(revision.isPresent() ? "records.form.saveRevision" : "records.form.save"), cancel);
        ModelAndView view = new ModelAndView("form");
        view.addObject("form", form);
        view.addObject("states", Choices.states(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        view.setStatus(status);
        return view;
    }

    @SuppressWarnings("unchecked")
    private static <T extends RegistryRecord> Map<String, List<String>> valuesOf(Recording<T> recording, RegistryRecord record) {
        return recording.values((T) record);
    }

    private Recording<?> recording(String slug) {
        RecordKind kind = RecordKind.fromSlug(slug).filter(k -> !NEW_AT.containsKey(k)).filter(RECORDINGS::containsKey)
                .orElseThrow(() -> new NoSuchFormException(slug));
        return RECORDINGS.get(kind);
    }

    private Recording<?> editing(RegistryRecord record) {
        Recording<?> recording = RECORDINGS.get(record.kind());
        if (recording == null) {
            throw new NoSuchFormException(record.kind().slug());
        }
        return recording;
    }

    private RegistryRecord current(String id) {
        RecordId recordId = RecordId.of(id);
        return registry.get(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
    }

    private Revision latest(RecordId id) {
        List<Revision> history = registry.history(id);
        return history.get(history.size() - 1);
    }

    /** No form records this kind (yet): the answer is a 404 page that says so. */
    static final class NoSuchFormException extends RuntimeException {
        NoSuchFormException(String slug) {
            super("There is no recording form for '" + slug + "'. Forms exist for every kind of record: "
                    + RECORDINGS.keySet().stream().map(k -> NEW_AT.getOrDefault(k, "/record/" + k.slug())).toList() + ".");
        }
    }
}
