package org.tutela.app.web.pages;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.app.Tutela;
import org.tutela.app.federation.Federation;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.web.WebCaller;

/** The federation page (administrators): this installation's key, the partners with their fingerprints, the groups, what was sent and received. */
@Controller
public class FederationPage {
    static final int SHOWN = 100;
    private final Tutela tutela;
    private final AuditTrail audit;
    private final MessageSource words;

    public FederationPage(Tutela tutela, AuditTrail audit, MessageSource words) {
        this.tutela = tutela;
        this.audit = audit;
        this.words = words;
    }

    /** Sets (or, left empty, clears) where a partner's bulletins are received; audited. A name that is not a compartment's: 422, said on the page. */
    @PostMapping("/federation/partners/{id}/compartment")
    public String receivingCompartment(@PathVariable String id, @RequestParam(defaultValue = "") String compartment, Model model,
                                       Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        Federation federation = tutela.federation();
        Optional<String> name = Optional.of(compartment.strip()).filter(c -> !c.isEmpty());
        if (federation.partners().find(id).isEmpty()) {
            response.setStatus(404);
            model.addAttribute("problem", words.getMessage("federation.receivedInto.noPartner", new Object[] {id}, locale));
            return federation(model);
        }
        if (name.isPresent() && !Federation.isCompartmentName(name.get())) {
            response.setStatus(422);
            model.addAttribute("problem", words.getMessage("federation.receivedInto.invalid", new Object[] {name.get()}, locale));
            return federation(model);
        }
        federation.setReceivingCompartment(id, name);
        audit.record(WebCaller.current().map(c -> c.name()).orElse(""), AuditTrail.CHANGE, "federation-partner:" + id, "", AuditTrail.ALLOWED,
                "bulletins from " + id + " are received into " + name.map(n -> "compartment " + n).orElse("the unassigned pool"));
        return "redirect:/federation";
    }

    @GetMapping("/federation")
    public String federation(Model model) {
        Federation federation = tutela.federation();
        model.addAttribute("initialised", federation.initialised());
        if (federation.initialised()) {
            model.addAttribute("self", federation.id());
            model.addAttribute("fingerprint", federation.key().publicKey().fingerprint());
        }
        model.addAttribute("partners", federation.partners().all());
        model.addAttribute("receiving", federation.receivingCompartments());
        model.addAttribute("rules", federation.rules().values());
        model.addAttribute("sent", federation.ledger().sentAfter(0, SHOWN));
        model.addAttribute("received", federation.ledger().received(SHOWN));
        model.addAttribute("refusals", federation.ledger().refusals(SHOWN));
        return "federation";
    }
}
