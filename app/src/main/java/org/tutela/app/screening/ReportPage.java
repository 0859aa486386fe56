package org.tutela.app.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
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
import org.tutela.core.screening.Fact;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.Outcome;
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
        // the same bundles the web application reads, so that the file and the page say the same words
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common", "messages/screening");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
    }

    /** A complete HTML document in English, its stylesheet inlined. */
    public String standalone(ScreeningReport report, CooperationRequest request, RegistryView registry) {
        return standalone(report, request, registry, Locale.ENGLISH);
    }

    /** A complete HTML document in the words of {@code locale} (English where a word has no translation). */
    public String standalone(ScreeningReport report, CooperationRequest request, RegistryView registry, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(model(report, request, registry, locale));
        context.setVariable("inlineCss", stylesheet());
        return engine.process(TEMPLATE, context);
    }

    /** What the template reads, in the words of the current request's locale (the web page). */
    public static Map<String, Object> model(ScreeningReport report, CooperationRequest request, RegistryView registry) {
        return model(report, request, registry, LocaleContextHolder.getLocale());
    }

    /**
     * Why each candidate was suggested, one finding a line, in {@code locale}; a report stored before candidates kept
     * their reading shows the explanation it stored.
     */
    static Map<org.tutela.core.screening.Resolution, List<String>> candidateWhy(ScreeningReport report, Locale locale) {
        Map<org.tutela.core.screening.Resolution, List<String>> why = new LinkedHashMap<>();
        report.identifications().stream().flatMap(i -> i.candidates().stream()).forEach(c -> why.put(c, c.reading().isEmpty()
                ? (c.explanation().isBlank() ? List.of() : List.of(c.explanation()))
                : c.reading().stream().map(m -> org.tutela.app.search.MatchReading.anyText(m, locale)).toList()));
        return why;
    }

    /**
     * What the template reads: the report, the request, labels of every record it names, the sources it
     * cites, each fact's statement and each flag's title, explanation and safeguard in {@code locale}.
     */
    public static Map<String, Object> model(ScreeningReport report, CooperationRequest request, RegistryView registry, Locale locale) {
        Map<RecordId, String> labels = new LinkedHashMap<>();
        Map<RecordId, Source> sources = new LinkedHashMap<>();
        List<FlagResult> everyResult = Stream.concat(report.flags().stream(),
                report.provisional().stream().flatMap(p -> p.flags().stream())).toList();
        Stream<RecordId> named = Stream.of(
                everyResult.stream().flatMap(f -> f.facts().stream()).map(fact -> fact.record()),
                report.identifications().stream().flatMap(i -> i.candidates().stream()).map(r -> r.person()),
                report.provisional().stream().map(p -> p.candidate())).flatMap(x -> x);
        named.distinct().forEach(id -> labels.put(id, registry.get(id).map(RegistryRecord::label).orElse(id.value())));
        Stream.concat(request.provenance().citations().stream(),
                        everyResult.stream().flatMap(f -> f.facts().stream()).flatMap(fact -> fact.citations().stream()))
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
        ReportWords words = new ReportWords(locale);
        Map<Fact, String> statements = new LinkedHashMap<>();
        everyResult.stream().flatMap(f -> f.facts().stream()).forEach(f -> statements.putIfAbsent(f, words.statement(f)));
        model.put("statements", statements);
        // dates as precise as they were recorded, in the report's language
        Map<Fact, String> factDates = new LinkedHashMap<>();
        everyResult.stream().flatMap(f -> f.facts().stream()).forEach(f -> f.date()
                .ifPresent(d -> factDates.putIfAbsent(f, org.tutela.core.registry.DateWording.format(d, locale))));
        model.put("factDates", factDates);
        model.put("requestDate", request.date().map(d -> org.tutela.core.registry.DateWording.format(d, locale)));
        // why each flag did not fire, or what is missing, and the warnings: stored as messages, shown in the reader's words
        Map<Outcome, String> reasons = new LinkedHashMap<>();
        everyResult.stream().map(FlagResult::outcome).forEach(o -> reasons.putIfAbsent(o, words.reason(o)));
        model.put("reasons", reasons);
        model.put("warnings", report.warnings(locale));
        model.put("reasoning", words.reasoning(report.assessment()));
        model.put("advisory", words.packText("rulepack.advisory", report.assessment().advisory()));
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> explanations = new LinkedHashMap<>();
        Map<String, String> safeguards = new LinkedHashMap<>();
        everyResult.stream().map(FlagResult::flag).distinct().forEach(f -> {
            titles.put(f.id(), words.flagText(f.id(), "title", f.title()));
            explanations.put(f.id(), words.flagText(f.id(), "explanation", f.explanation()));
            safeguards.put(f.id(), words.flagText(f.id(), "safeguard", f.safeguard()));
        });
        model.put("flagTitles", titles);
        model.put("flagExplanations", explanations);
        model.put("flagSafeguards", safeguards);
        // a question is worded by its key where the report stored one; by its English words in reports stored before
        Map<String, String> packQuestions = words.questions();
        Map<String, String> questionWords = new LinkedHashMap<>(packQuestions);
        everyResult.stream().filter(r -> r.outcome() instanceof org.tutela.core.screening.Outcome.NotEvaluable)
                .flatMap(r -> ((org.tutela.core.screening.Outcome.NotEvaluable) r.outcome()).questions().stream())
                .forEach(q -> questionWords.put(q.text(), words.question(q, packQuestions)));
        model.put("questionWords", questionWords);
        // a partner's protected person is known by its status only: the status type in the reader's words
        Map<String, String> statusWords = new LinkedHashMap<>();
        report.partnerMatches().forEach(m -> statusWords.put(m.hit().type().name(), org.tutela.core.screening.FactWording.code(m.hit().type().name(), locale)
                .orElse(m.hit().type().name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        model.put("statusWords", statusWords);
        model.put("candidateWhy", candidateWhy(report, locale));
        model.put("inlineCss", Optional.empty());
        model.putAll(ReportSummary.of(report, sources, locale, titles, safeguards));
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
