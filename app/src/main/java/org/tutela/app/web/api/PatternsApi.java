package org.tutela.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.app.web.patterns.FindingView;
import org.tutela.app.web.patterns.PatternsReading;
import org.tutela.core.registry.RecordId;

/** The patterns across cases, computed over what the caller may see. */
@RestController
@Tag(name = "Patterns", description = "Patterns across cases: one case behind several requests, forum shopping, proxies, enablers, pressure")
public class PatternsApi {
    private final PatternsReading reading;

    public PatternsApi(PatternsReading reading) {
        this.reading = reading;
    }

    public record DetectorView(String id, String grounds) {
    }

    @GetMapping("/api/patterns")
    @Operation(summary = "Findings of the pattern detectors, with the records and sources behind each",
            description = "`detector` keeps one detector's findings (ids at /api/patterns/detectors); `about` keeps the findings that "
                    + "name a record (for a request, also those naming its case). Computed on each call over the caller's compartments.")
    public List<FindingView> findings(@RequestParam Optional<String> detector, @RequestParam Optional<String> about) {
        detector.filter(d -> reading.patterns().detector(d).isEmpty()).ifPresent(d -> {
            throw new IllegalArgumentException("detector: '" + d + "' is not a detector; see /api/patterns/detectors");
        });
        return reading.findings(detector, about.map(RecordId::of));
    }

    @GetMapping("/api/patterns/detectors")
    @Operation(summary = "The pattern detectors: id and the bundle key of their grounds")
    public List<DetectorView> detectors() {
        return reading.patterns().detectors().stream().map(d -> new DetectorView(d.id(), d.grounds())).toList();
    }

}
