package org.tutela.app.web.pages;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.app.dossier.Audience;
import org.tutela.app.dossier.DossierAssembly;
import org.tutela.app.dossier.PdfDossier;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.Registry;

/** The dossier button of a request's and a person's page: the PDF, drawn from what the caller may see. */
@Controller
public class DossierDownload {
    private final Registry registry;
    private final org.tutela.app.Tutela tutela;
    private final PdfDossier pdf = new PdfDossier();

    /** {@code registry} is the caller's compartment view; {@code tutela} answers for federation partners' protected persons. */
    public DossierDownload(Registry registry, org.tutela.app.Tutela tutela) {
        this.registry = registry;
        this.tutela = tutela;
    }

    @GetMapping({"/requests/{id}/dossier", "/persons/{id}/dossier"})
    public ResponseEntity<byte[]> dossier(@PathVariable String id, @RequestParam(defaultValue = "court") String audience,
                                          @RequestParam(defaultValue = "en") String lang) {
        RecordId recordId = RecordId.of(id);
        Audience who;
        try {
            who = Audience.parse(audience);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("audience", "'" + audience + "' is not one of court, ministry, ccf");
        }
        if (org.tutela.app.web.languages.Languages.INTERFACE.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
            throw new InvalidRecordException("lang", "'" + lang + "' is not one of en, fr, nl, ru");
        }
        Locale locale = Locale.forLanguageTag(lang);
        // the caller's records only: one outside its compartments reads as one that never existed
        var dossier = DossierAssembly.of(DossierAssembly.visible(registry), recordId, who, LocalDate.now(), locale,
                        tutela.federation().partnerProtection())
                .orElseThrow(() -> new RecordNotFoundException(recordId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dossier-" + who.slug() + "-" + recordId.value() + ".pdf").build().toString())
                .body(pdf.pdf(dossier, locale));
    }
}
