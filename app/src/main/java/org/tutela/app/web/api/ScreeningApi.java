package org.tutela.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.tutela.app.screening.Intake;
import org.tutela.app.screening.ReportPage;
import org.tutela.app.screening.ScreeningDesk;
import org.tutela.app.web.ShownScreenings;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.screening.Reading;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.storage.screening.JdbcScreeningLog;

/**
 * Screening of cooperation requests: a stored request by its id as of a date, or an intake laid over
 * the registry without storing it; the screening history of a request and the alerts raised when a
 * new fact changed a result. Reports are advice to a human authority, never a decision.
 */
@RestController
@Tag(name = "Screening", description = "Red-flag screening of cooperation requests, reports, history and alerts")
public class ScreeningApi {
    private final ScreeningDesk desk;
    private final Registry registry;
    private final ShownScreenings shown;
    private final Intake intake = new Intake();

    private final org.tutela.app.Tutela tutela;

    public ScreeningApi(ScreeningDesk desk, Registry registry, ShownScreenings shown, org.tutela.app.Tutela tutela) {
        this.desk = desk;
        this.registry = registry;
        this.shown = shown;
        this.tutela = tutela;
    }

    @GetMapping("/api/records/{id}/partner-screenings")
    @Operation(summary = "Federation partners' screenings of requests in the same case (same requesting state, a case number in "
            + "common), with their provenance, as the caller's compartments show the records their bulletins became")
    public List<org.tutela.app.federation.PartnerReadings.PartnerScreening> partnerScreenings(@PathVariable String id) {
        RecordId requestId = RecordId.of(id);
        CooperationRequest request = registry.get(requestId, CooperationRequest.class).orElseThrow(() -> new RecordNotFoundException(requestId));
        return tutela.federation().readings().partnerScreenings(request, registry);
    }

    @PostMapping("/api/records/{id}/screenings")
    @Operation(summary = "Screen a stored request as of a date (default: today); the report is kept in its history. reading: "
            + "VALID_ON (default: what was true on the date, as known today) or KNOWN_ON (only what had been recorded by the end of the date)")
    public ScreeningReport screen(@PathVariable String id, @RequestParam Optional<LocalDate> asOf, @RequestParam Optional<Reading> reading) {
        return shown.shown(desk.screen(RecordId.of(id), asOf.orElseGet(LocalDate::now), reading.orElse(Reading.VALID_ON), registry));
    }

    @GetMapping("/api/records/{id}/screenings")
    @Operation(summary = "Every screening of a stored request, newest first")
    public List<JdbcScreeningLog.RecordedScreening> history(@PathVariable String id) {
        RecordId requestId = RecordId.of(id);
        registry.get(requestId, CooperationRequest.class).orElseThrow(() -> new RecordNotFoundException(requestId));
        return shown.history(requestId);
    }

    @GetMapping(value = "/api/records/{id}/screening.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The latest screening of a stored request as a printable HTML report; with asOf, a screening as of that "
            + "date, which is not kept (a GET changes nothing: POST /api/records/{id}/screenings keeps one)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The report as an HTML page",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.TEXT_HTML_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    public ModelAndView htmlReport(@PathVariable String id, @RequestParam Optional<LocalDate> asOf, @RequestParam Optional<Reading> reading) {
        RecordId requestId = RecordId.of(id);
        CooperationRequest request = registry.get(requestId, CooperationRequest.class)
                .orElseThrow(() -> new RecordNotFoundException(requestId));
        ScreeningReport report = asOf.isPresent() || reading.isPresent()
                ? shown.shown(desk.preview(requestId, asOf.orElseGet(LocalDate::now), reading.orElse(Reading.VALID_ON), registry))
                : shown.history(requestId).stream().findFirst().map(JdbcScreeningLog.RecordedScreening::report)
                        .orElseGet(() -> shown.shown(desk.preview(requestId, LocalDate.now(), registry)));
        return new ModelAndView(ReportPage.TEMPLATE, ReportPage.model(report, request, registry));
    }

    @PostMapping("/api/screenings")
    @Operation(summary = "Screen an intake without storing it",
            description = "The body is a cooperation request (kind and id may be left out) or an array of records: the request "
                    + "and the facts that came with it (persons, protection statuses, proceedings, decisions...), or "
                    + "{\"screen\": id, \"records\": [...]} naming the request to screen (or ?request=id). See docs/INTAKE.md.")
    public ScreeningReport screenIntake(@RequestBody JsonNode body, @RequestParam Optional<LocalDate> asOf,
                                        @RequestParam Optional<String> request) {
        Intake.Read read = intake.readIntake("request body", body, registry);
        return desk.screenIntake(read.records(), request.map(RecordId::of).or(read::screen), asOf.orElseGet(LocalDate::now), registry);
    }

    @GetMapping("/api/alerts")
    @Operation(summary = "Alerts raised when new facts changed a request's screening, newest first")
    public List<JdbcScreeningLog.RaisedAlert> alerts(@RequestParam Optional<String> request,
                                                     @RequestParam(defaultValue = "false") boolean open,
                                                     @RequestParam(defaultValue = "100") int limit) {
        // only alerts on requests the caller may see, as the caller may see them
        return shown.alerts(request.map(RecordId::of), open, limit);
    }

    @PostMapping("/api/alerts/{alertId}/acknowledgement")
    @Operation(summary = "Acknowledge an alert")
    public Map<String, Object> acknowledge(@PathVariable long alertId, Principal principal) {
        // an alert on a request outside the caller's compartments answers as one that does not exist
        boolean visible = shown.alerts(Optional.empty(), false, 1000).stream().anyMatch(a -> a.id() == alertId);
        if (!visible) {
            throw new NoSuchRecordException(RecordId.of("alert-" + alertId));
        }
        desk.acknowledge(alertId, principal == null ? "anonymous" : principal.getName());
        return Map.of("alert", alertId, "acknowledged", true);
    }
}
