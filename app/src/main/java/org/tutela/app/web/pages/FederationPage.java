package org.tutela.app.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.app.Tutela;
import org.tutela.app.federation.Federation;

/** The federation page (administrators): this installation's key, the partners with their fingerprints, the groups, what was sent and received. */
@Controller
public class FederationPage {
    static final int SHOWN = 100;
    private final Tutela tutela;

    public FederationPage(Tutela tutela) {
        this.tutela = tutela;
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
