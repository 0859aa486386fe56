package org.tutela.app.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.app.web.patterns.FindingView;
import org.tutela.app.web.patterns.PatternsReading;
import org.tutela.core.patterns.Detector;

/** The Patterns page: each detector's findings over what the viewer may see, with records and sources. */
@Controller
public class PatternsPage {
    private final PatternsReading reading;

    public PatternsPage(PatternsReading reading) {
        this.reading = reading;
    }

    @GetMapping("/patterns")
    public String patterns(@RequestParam Optional<String> detector, Model model, java.util.Locale locale) {
        List<FindingView> findings = reading.findings(detector.filter(d -> reading.patterns().detector(d).isPresent()), Optional.empty(), locale);
        Map<String, List<FindingView>> byDetector = new LinkedHashMap<>();
        for (Detector d : reading.patterns().detectors()) {
            if (detector.isEmpty() || detector.get().equals(d.id())) {
                byDetector.put(d.id(), findings.stream().filter(f -> f.detector().equals(d.id())).toList());
            }
        }
        model.addAttribute("byDetector", byDetector);
        model.addAttribute("total", findings.size());
        return "patterns";
    }
}
