package org.tutela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.tutela.app.cli.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.dossier.PdfDossier;

/**
 * {@code tutela dossier} on the demo: the PDF is rendered by poppler's pdftoppm and its text read back
 * with pdftotext. Skipped, with a message, where poppler-utils or the DejaVu fonts are absent.
 */
class DossierCommandTest {
    @TempDir
    static Path dir;
    static String demo;

    @BeforeAll
    static void loadDemo() {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/pdftotext")) && Files.isExecutable(Path.of("/usr/bin/pdftoppm")))
                .as("poppler-utils (pdftotext, pdftoppm) is not installed: dossier PDFs are not checked").isTrue();
        assumeThat(new PdfDossier().fontsPresent()).as("fonts-dejavu-core is not installed: no PDF/A dossier can be written").isTrue();
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("demo").toString()).code()).isZero();
        demo = dir.resolve("demo").toString();
    }

    static String text(Path pdf) throws Exception {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        assertThat(new ProcessBuilder("pdftotext", "-layout", pdf.toString(), txt.toString()).inheritIO().start().waitFor()).isZero();
        // words wrapped by the layout are joined again; page breaks (form feeds) stay
        return Files.readString(txt, StandardCharsets.UTF_8).replaceAll("[ \\t\\r\\n]+", " ");
    }

    static Path dossier(String audience, String lang, String id) {
        Path pdf = dir.resolve(audience + "-" + lang + ".pdf");
        Cli.Run r = run("dossier", "--id", id, "--audience", audience, "--lang", lang, "-o", pdf.toString(), "--data", demo);
        assertThat(r.code()).as(r.err()).isZero();
        return pdf;
    }

    @Test
    void theCourtDossierOfTheMarch2018Request() throws Exception {
        Path pdf = dossier("court", "en", "request-kz-be-mla-2018-03-30");
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-").contains("pdfaid:part");
        // every font embedded (PDF/A): pdffonts lists each font with "emb" yes
        Process fonts = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
        List<String> rows = new String(fonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().skip(2).toList();
        assertThat(fonts.waitFor()).isZero();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains("DejaVu").containsPattern("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"));
        String text = text(pdf);
        assertThat(text).contains("Dossier for a court").contains("170000131000012").contains("Contents").contains("Chronology")
                .contains("Requests and decisions").contains("Exhibits");
        // the flags with their legal grounds
        assertThat(text).contains("TNR-01").contains("1951 Refugee Convention, Art. 33").contains("TNR-02").contains("Legal grounds");
        // numbered sources with passages, and the chronology pointing at them
        assertThat(text).contains("Exhibit 1").contains("Exhibit 2").contains("«");
        // approximate dates shown as such; page numbers
        assertThat(text).contains("(approximate)");
        Matcher pages = Pattern.compile("\\b1 / (\\d+)\\b").matcher(text);
        assertThat(pages.find()).as("page numbers").isTrue();
        assertThat(Integer.parseInt(pages.group(1))).isGreaterThan(2);
        // the Cyrillic spelling of her name is drawn as text, in an embedded font
        assertThat(text).contains("Джардемали");

        assertThat(new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", pdf.toString(), dir.resolve("court").toString())
                .inheritIO().start().waitFor()).isZero();
        try (var pngs = Files.list(dir)) {
            List<Path> pages1 = pngs.filter(p -> p.getFileName().toString().startsWith("court") && p.toString().endsWith(".png")).toList();
            assertThat(pages1).hasSize(2).allSatisfy(p -> assertThat(size(p)).isGreaterThan(5_000));
            // kept beside the browser tests' screenshots, for a human to look at
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            for (Path p : pages1) {
                Files.copy(p, shots.resolve("dossier-" + p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theMinistryReadsASummaryFirstAndTheCcfWhatItsApplicationsAskFor() throws Exception {
        String ministry = text(dossier("ministry", "en", "request-kz-be-mla-2018-03-30"));
        assertThat(ministry.indexOf("Summary")).isGreaterThanOrEqualTo(0).isLessThan(ministry.indexOf("Contents"));
        assertThat(ministry.split("\f")[0]).contains("Screening band").contains("TNR-01");

        String ccf = text(dossier("ccf", "en", "request-kz-be-mla-2018-03-30"));
        assertThat(ccf).contains("The applicant").contains("Purpose of the application").contains("identity document")
                .contains("power of attorney").contains("INTERPOL's Constitution (Art. 2 and 3)");
    }

    /** Dutch and Russian, Cyrillic included: pdftotext reads back the words of the bundles, so the fonts carry every letter. */
    @Test
    void inDutchAndInRussian() throws Exception {
        String nl = text(dossier("court", "nl", "request-kz-be-mla-2018-03-30"));
        assertThat(nl).contains("Dossier voor een rechtbank").contains("Chronologie").contains("Stuk 1").contains("Rechtsgronden");
        String ru = text(dossier("court", "ru", "request-kz-be-mla-2018-03-30"));
        assertThat(ru).contains("Досье для суда").contains("Хронология").contains("Приложение 1").contains("Правовые основания")
                .contains("170000131000012")
                .contains("Конвенция о статусе беженцев 1951 г., ст. 33").doesNotContain("1951 Refugee Convention, Art. 33")
                .doesNotContain("Target is a refugee or asylum seeker from the requesting state");
        // the states by their Russian names (her nationality, the state that protects her)
        assertThat(ru).contains("Казахстан").contains("Бельгия");
        Cli.Run german = run("dossier", "--id", "request-kz-be-mla-2018-03-30", "--audience", "court", "--lang", "de",
                "-o", dir.resolve("de.pdf").toString(), "--data", demo);
        assertThat(german.code()).isNotZero();
        assertThat(german.err()).contains("'de' is not one of en, fr, nl, ru");
    }

    @Test
    void inFrenchAndForAPerson() throws Exception {
        String fr = text(dossier("court", "fr", "request-kz-be-mla-2018-03-30"));
        assertThat(fr).contains("Dossier pour une juridiction").contains("Chronologie").contains("Pièce 1").contains("Fondements juridiques");
        // the red flags in the rule pack's French wording: titles and legal grounds, not the English pack's
        assertThat(fr).contains("TNR-01").contains("La personne visée est réfugiée ou demandeuse d'asile face à l'État requérant")
                .contains("Convention de 1951 relative au statut des réfugiés, art. 33")
                .doesNotContain("Target is a refugee or asylum seeker from the requesting state")
                .doesNotContain("1951 Refugee Convention, Art. 33");
        // the states by their French names, from the locale data
        assertThat(fr).contains("Kazakhstan").contains("Belgique");
        // a person's dossier: found by name, as a user would
        Cli.Run search = run("search", "Bota Jardemalie", "--json", "--data", demo);
        String person = new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.out()).get(0).get("id").asText();
        String hers = text(dossier("court", "en", person));
        assertThat(hers).contains("Botagoz Jardemalie").contains("MLA request KZ → BE").contains("extradition request UA → BE").doesNotContain("EXTRADITION")
                .contains("170000131000012").contains("Exhibit 1");
        // drawn as a compartment sees the registry: the seed case's own compartment has it, another has nothing of it
        Cli.Run inside = run("dossier", "--id", "request-kz-be-mla-2018-03-30", "--audience", "court", "--compartment", "seed-case",
                "-o", dir.resolve("inside.pdf").toString(), "--data", demo);
        assertThat(inside.code()).as(inside.err()).isZero();
        assertThat(text(dir.resolve("inside.pdf"))).contains("170000131000012");
        Cli.Run outside = run("dossier", "--id", "request-kz-be-mla-2018-03-30", "--audience", "court", "--compartment", "other-ngo",
                "-o", dir.resolve("outside.pdf").toString(), "--data", demo);
        assertThat(outside.code()).isNotZero();
        assertThat(outside.err()).contains("is no request or person in [other-ngo]");
        assertThat(dir.resolve("outside.pdf")).doesNotExist();
        Cli.Run unknown = run("dossier", "--id", "person-never-was", "--audience", "court", "-o", dir.resolve("x.pdf").toString(), "--data", demo);
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("person-never-was");
    }
}
