package org.tutela.app.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Source;
import org.tutela.core.screening.Band;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.ScreeningReport;

/**
 * The screening report as a readable, printable HTML document: the same template for the web
 * application and for {@code tutela screen --html}. A standalone file carries its stylesheet inline;
 * the web page links it, so that the page needs no inline style under the content security policy.
 */
public final class ReportPage {
    public static final String TEMPLATE = "screening/report";
    static final String STYLESHEET = "/static/css/report.css";

    // the Spring flavour of the engine, so that the template reads the same expressions (SpEL) here and in the web
    private final SpringTemplateEngine engine;

    public ReportPage() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** A complete HTML document, its stylesheet inlined. */
    public String standalone(ScreeningReport report, CooperationRequest request, RegistryView registry) {
        Context context = new Context();
        context.setVariables(model(report, request, registry));
        context.setVariable("inlineCss", stylesheet());
        return engine.process(TEMPLATE, context);
    }

    /** What the template reads: the report, the request, labels of every record it names, the sources it cites. */
    public static Map<String, Object> model(ScreeningReport report, CooperationRequest request, RegistryView registry) {
        Map<RecordId, String> labels = new LinkedHashMap<>();
        Map<RecordId, Source> sources = new LinkedHashMap<>();
        Stream<RecordId> named = Stream.concat(
                report.flags().stream().flatMap(f -> f.facts().stream()).map(fact -> fact.record()),
                report.identifications().stream().flatMap(i -> i.candidates().stream()).map(r -> r.person()));
        named.distinct().forEach(id -> labels.put(id, registry.get(id).map(RegistryRecord::label).orElse(id.value())));
        Stream.concat(request.provenance().citations().stream(),
                        report.flags().stream().flatMap(f -> f.facts().stream()).flatMap(fact -> fact.citations().stream()))
                .map(c -> c.source()).distinct()
                .forEach(id -> registry.get(id, Source.class).ifPresent(s -> sources.put(id, s)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("report", report);
        model.put("request", request);
        model.put("labels", labels);
        model.put("sources", sources);
        model.put("fired", report.fired());
        model.put("notEvaluable", report.notEvaluable());
        model.put("notFired", report.flags().stream().filter(f -> f.status() == FlagResult.Status.NOT_FIRED).toList());
        model.put("bandClass", bandClass(report.band()));
        model.put("inlineCss", Optional.empty());
        return model;
    }

    static String bandClass(Band band) {
        return "band-" + band.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String stylesheet() {
        try (InputStream in = ReportPage.class.getResourceAsStream(STYLESHEET)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
