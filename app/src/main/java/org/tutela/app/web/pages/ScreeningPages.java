package org.tutela.app.web.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.tutela.core.screening.Reading;
import org.tutela.app.screening.ReportPage;
import org.tutela.app.screening.ScreeningDesk;
import org.tutela.app.web.ShownScreenings;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry;
import org.tutela.storage.screening.JdbcScreeningLog;

/**
 * A request's screening inside the application: the latest report (or any earlier one), the history
 * of screenings and alerts, and a way to screen again as of a chosen date. The report itself is the
 * shared printable template the API and the command line use.
 */
@Controller
public class ScreeningPages {
    private final Registry registry;
    private final ScreeningDesk desk;
    private final ShownScreenings shown;

    private final org.tutela.app.Tutela tutela;

    public ScreeningPages(Registry registry, ScreeningDesk desk, ShownScreenings shown, org.tutela.app.Tutela tutela) {
        this.tutela = tutela;
        this.registry = registry;
        this.desk = desk;
        this.shown = shown;
    }

    @GetMapping("/requests/{id}/report")
    public ModelAndView report(@PathVariable String id, @RequestParam Optional<Long> screening, @RequestParam Optional<String> saved) {
        CooperationRequest request = request(id);
        List<JdbcScreeningLog.RecordedScreening> history = shown.history(request.id());
        ModelAndView view = new ModelAndView("screening");
        view.addObject("request", request);
        view.addObject("title", Labels.title(request));
        view.addObject("history", history);
        view.addObject("alerts", shown.alerts(Optional.of(request.id()), false, 50));
        view.addObject("today", LocalDate.now().toString());
        view.addObject("justSaved", saved.isPresent());
        // partners' screenings in the same case, as the viewer's compartments show what their bulletins became
        view.addObject("partnerScreenings", tutela.federation().readings().partnerScreenings(request, registry));
        Optional<JdbcScreeningLog.RecordedScreening> shown = screening
                .flatMap(n -> history.stream().filter(s -> s.id() == n).findFirst())
                .or(() -> history.stream().findFirst());
        shown.ifPresent(s -> {
            view.addAllObjects(ReportPage.model(s.report(), request, registry));
            view.addObject("shown", s);
        });
        return view;
    }

    @PostMapping("/requests/{id}/screen")
    public ModelAndView screen(@PathVariable String id, @RequestParam Optional<String> asOf, @RequestParam Optional<Reading> reading) {
        CooperationRequest request = request(id);
        LocalDate date;
        try {
            date = asOf.filter(s -> !s.isBlank()).map(String::strip).map(LocalDate::parse).orElse(LocalDate.now());
        } catch (DateTimeParseException e) {
            ModelAndView view = report(id, Optional.empty(), Optional.empty());
            view.addObject("asOfError", "'" + asOf.orElse("") + "' is not a date; write it as YYYY-MM-DD");
            view.addObject("asOfValue", asOf.orElse(""));
            view.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return view;
        }
        if (date.isAfter(LocalDate.now())) {
            ModelAndView view = report(id, Optional.empty(), Optional.empty());
            view.addObject("asOfError", date + " is in the future: a screening can only use what is known");
            view.addObject("asOfValue", date.toString());
            view.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return view;
        }
        desk.screen(request.id(), date, reading.orElse(Reading.VALID_ON), registry);
        return new ModelAndView("redirect:/requests/" + request.id().value() + "/report");
    }

    private CooperationRequest request(String id) {
        RecordId recordId = RecordId.of(id);
        return registry.get(recordId, CooperationRequest.class).orElseThrow(() -> new RecordNotFoundException(recordId));
    }
}
