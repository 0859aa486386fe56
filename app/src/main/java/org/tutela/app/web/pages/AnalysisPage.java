package org.tutela.app.web.pages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.core.analysis.Counts;
import org.tutela.core.analysis.Filter;
import org.tutela.core.analysis.Table;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Registry;

/**
 * The analysts' views: counts and trends of incidents, requests and their outcomes, over what the
 * viewer may see, after filters; each table as a chart (Chart.js, from its WebJar) and as CSV (Commons CSV).
 */
@Controller
public class AnalysisPage {
    private final Registry registry;

    /** {@code registry} is the caller's compartment view. */
    public AnalysisPage(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/statistics/analysis")
    public String analysis(@RequestParam Optional<String> perpetrator, @RequestParam Optional<String> host,
                           @RequestParam Optional<String> family, @RequestParam Optional<Integer> from,
                           @RequestParam Optional<Integer> to, Model model) {
        Filter filter = filter(perpetrator, host, family, from, to);
        Counts counts = new Counts(registry, filter, LocalDate.now());
        model.addAttribute("counts", counts);
        model.addAttribute("tables", counts.tables());
        model.addAttribute("families", Incident.Family.values());
        model.addAttribute("query", query(perpetrator, host, family, from, to));
        model.addAttribute("perpetrator", perpetrator.orElse(""));
        model.addAttribute("host", host.orElse(""));
        model.addAttribute("family", family.orElse(""));
        model.addAttribute("from", from.map(String::valueOf).orElse(""));
        model.addAttribute("to", to.map(String::valueOf).orElse(""));
        return "analysis";
    }

    @GetMapping("/statistics/analysis.csv")
    public ResponseEntity<String> csv(@RequestParam String table, @RequestParam Optional<String> perpetrator,
                                      @RequestParam Optional<String> host, @RequestParam Optional<String> family,
                                      @RequestParam Optional<Integer> from, @RequestParam Optional<Integer> to) {
        Counts counts = new Counts(registry, filter(perpetrator, host, family, from, to), LocalDate.now());
        Table t = counts.table(table).orElseThrow(() -> new InvalidRecordException("table", "'" + table + "' is not a table of this page"));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(t.columns().toArray(String[]::new)).build())) {
            for (var row : t.rows()) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(t.id() + ".csv").build().toString())
                .body(out.toString());
    }

    static Filter filter(Optional<String> perpetrator, Optional<String> host, Optional<String> family, Optional<Integer> from,
                         Optional<Integer> to) {
        Optional<Incident.Family> f = family.filter(s -> !s.isBlank()).map(s -> {
            try {
                return Incident.Family.valueOf(s);
            } catch (IllegalArgumentException e) {
                throw new InvalidRecordException("family", "'" + s + "' is not a tactic family");
            }
        });
        return new Filter(state(perpetrator), state(host), f, from, to);
    }

    private static Optional<Country> state(Optional<String> code) {
        return code.filter(s -> !s.isBlank()).map(Country::of);
    }

    private static String query(Optional<String> perpetrator, Optional<String> host, Optional<String> family, Optional<Integer> from,
                                Optional<Integer> to) {
        var b = org.springframework.web.util.UriComponentsBuilder.newInstance();
        perpetrator.filter(s -> !s.isBlank()).ifPresent(v -> b.queryParam("perpetrator", v));
        host.filter(s -> !s.isBlank()).ifPresent(v -> b.queryParam("host", v));
        family.filter(s -> !s.isBlank()).ifPresent(v -> b.queryParam("family", v));
        from.ifPresent(v -> b.queryParam("from", v));
        to.ifPresent(v -> b.queryParam("to", v));
        String q = b.build().encode().toUriString();
        return q.startsWith("?") ? "&" + q.substring(1) : q;
    }

}
