package org.tutela.app.screening;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.screening.FlagResult;
import org.tutela.core.screening.ScreeningReport;

/**
 * The screening report as plain text for {@code tutela screen}, in one language: the headings from the
 * screening pages' bundle, the facts, reasons, reasoning and warnings rendered from their messages
 * (the English a report stored before them carries, where it has none), as the HTML report has them.
 */
public final class ReportText {
    private final Locale locale;
    private final ResourceBundle bundle;
    private final ReportWords words;

    public ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages/screening", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.words = new ReportWords(locale);
    }

    private String say(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public void print(PrintWriter out, ScreeningReport report, CooperationRequest request) {
        out.println(request.label() + " — " + say("screening.report.asOf") + " " + report.asOf() + " ("
                + say("screening.report.rulePack") + " " + report.rulePackVersion() + ")");
        out.println(say("screening.report.reading") + ": " + say("screening.reading." + report.reading().name(), report.asOf().toString()));
        out.println(say("screening.assessment") + ": " + say("screening.band." + report.band().name()));
        words.reasoning(report.assessment()).forEach(line -> out.println("  " + line));
        out.println(say("screening.fired", report.fired().size()));
        if (report.fired().isEmpty()) {
            out.println("  " + say("screening.fired.none"));
        }
        for (FlagResult r : report.fired()) {
            out.println("  " + r.flag().id() + " " + words.flagText(r.flag().id(), "title", r.flag().title())
                    + " [" + say("screening.severity." + r.flag().severity().name()) + "]");
            r.facts().forEach(f -> out.println("      - " + words.statement(f) + f.date().map(d -> " (" + org.tutela.core.registry.DateWording.format(d, locale) + ")").orElse("")));
        }
        if (!report.notEvaluable().isEmpty()) {
            out.println(say("screening.notEvaluable", report.notEvaluable().size()));
            report.notEvaluable().forEach(r -> out.println("  " + r.flag().id() + " " + words.flagText(r.flag().id(), "title", r.flag().title())
                    + ": " + words.reason(r.outcome())));
        }
        if (!report.warnings().isEmpty()) {
            out.println(say("screening.warnings"));
            report.warnings(locale).forEach(w -> out.println("  " + w));
        }
        out.println(words.packText("rulepack.advisory", report.assessment().advisory()));
    }

    /**
     * The possible matches with persons federation partners protect, one a line: whom to ask, never a name of the
     * partner's person; the status in words, its states by name with their codes.
     */
    public void partnerMatches(PrintWriter out, ScreeningReport report) {
        for (org.tutela.core.screening.PartnerMatch m : report.partnerMatches()) {
            org.tutela.core.screening.PartnerProtection.Hit h = m.hit();
            String type = org.tutela.core.screening.FactWording.code(h.type().name(), locale).orElse(h.type().name());
            String status = h.persecutingState().map(from -> say("screening.partners.status", type, state(h.grantingState()), state(from)))
                    .orElseGet(() -> say("screening.partners.status.noState", type, state(h.grantingState())));
            out.println(say("screening.partners.line", h.asWritten(), h.partner(), h.bulletin(), status));
        }
    }

    private String state(org.tutela.core.registry.Country country) {
        return country.name(locale) + " (" + country.code() + ")";
    }
}
