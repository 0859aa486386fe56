package org.tutela.app.web.lookup;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.app.Tutela;
import org.tutela.search.NameSearch;

/**
 * The public "look yourself up" page: public lists only, never the registry. The name is sent in the
 * body of a POST and answered on the same request (no redirect to an address carrying it), so that it is
 * in no address, browser history, access log or audit entry. The filter chain marks every answer
 * {@code Cache-Control: no-store}.
 */
@Controller
public class LookupPage {
    private final Tutela tutela;
    private final NameSearch search;
    private final MessageSource words;

    /** {@code search} is the name index's; the page asks it for public lists only (LookupReading). */
    public LookupPage(Tutela tutela, NameSearch search, MessageSource words) {
        this.tutela = tutela;
        this.search = search;
        this.words = words;
    }

    /** The form. A name in the address is ignored: the page never searches what a link or a history entry carries. */
    @GetMapping("/lookup")
    public String form(Model model, Locale locale) {
        model.addAttribute("answer", reading(locale).empty());
        return "lookup";
    }

    @PostMapping("/lookup")
    public String lookup(@RequestParam(name = "name", defaultValue = "") String name,
                         @RequestParam(name = "birthDate", defaultValue = "") String birthDate, Model model, Locale locale,
                         jakarta.servlet.http.HttpServletRequest request) {
        // the servlet API merges the address's parameters with the body's: a question in the address is not searched
        if (inAddress(request.getQueryString())) {
            return form(model, locale);
        }
        model.addAttribute("answer", reading(locale).answer(name, birthDate));
        return "lookup";
    }

    static boolean inAddress(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return false;
        }
        return org.springframework.web.util.UriComponentsBuilder.fromUriString("/?" + queryString).build().getQueryParams().keySet()
                .stream().anyMatch(k -> k.equals("name") || k.equals("birthDate"));
    }

    private LookupReading reading(Locale locale) {
        return new LookupReading(search, tutela.lists(), words, locale);
    }
}
