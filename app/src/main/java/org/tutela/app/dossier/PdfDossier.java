package org.tutela.app.dossier;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a dossier to PDF: the Thymeleaf template {@code templates/dossier/dossier.html} with the
 * words of the patterns bundle, then openhtmltopdf (PDFBox) to PDF/A-3u. PDF/A wants every font
 * embedded: the DejaVu fonts (Debian {@code fonts-dejavu-core}) cover Latin, Cyrillic and Arabic
 * letters and are embedded whole-page subsets.
 */
public final class PdfDossier {
    /** Where Debian's fonts-dejavu-core puts the fonts; overridable for other systems. */
    public static final Path DEFAULT_FONTS = Path.of(System.getProperty("tutela.fonts", "/usr/share/fonts/truetype/dejavu"));
    private static final List<String> FONT_FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Path fonts;

    public PdfDossier(Path fonts) {
        this.fonts = fonts;
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/dossier/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.XML);
        templates.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(templates);
        ResourceBundleMessageSource words = new ResourceBundleMessageSource();
        words.setBasenames("messages/patterns", "messages/common");
        words.setDefaultEncoding("UTF-8");
        words.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(words);
    }

    public PdfDossier() {
        this(DEFAULT_FONTS);
    }

    /** Whether the fonts are there; without them no PDF/A can be written. */
    public boolean fontsPresent() {
        return FONT_FILES.stream().allMatch(f -> Files.isRegularFile(fonts.resolve(f)));
    }

    /** The dossier as XHTML, in {@code locale}'s words. */
    public String html(Dossier dossier, Locale locale) {
        return engine.process("dossier", new Context(locale, Map.of("d", dossier, "lang", locale.getLanguage())));
    }

    public byte[] pdf(Dossier dossier, Locale locale) {
        if (!fontsPresent()) {
            throw new IllegalStateException("the DejaVu fonts are not in " + fonts + " (install Debian's fonts-dejavu-core, "
                    + "or point -Dtutela.fonts at a folder holding " + String.join(", ", FONT_FILES) + ")");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(fonts.resolve("DejaVuSans.ttf").toFile(), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(fonts.resolve("DejaVuSans-Bold.ttf").toFile(), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(fonts.resolve("DejaVuSans-Oblique.ttf").toFile(), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.ITALIC, true);
            builder.useFont(fonts.resolve("DejaVuSans-BoldOblique.ttf").toFile(), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.ITALIC, true);
            Bidi.wire(builder);
            builder.withProducer("Tutela");
            builder.withHtmlContent(html(dossier, locale), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the dossier as PDF", e);
        }
        return out.toByteArray();
    }
}
