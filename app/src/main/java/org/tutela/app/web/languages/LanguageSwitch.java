package org.tutela.app.web.languages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The languages the layout's switch offers on a page: Kazakh too where the page has it. */
@ControllerAdvice(basePackages = "org.tutela.app")
public class LanguageSwitch {
    @ModelAttribute("languages")
    public List<Locale> languages(HttpServletRequest request) {
        List<Locale> offered = new ArrayList<>(Languages.INTERFACE);
        if (Languages.forPage(Languages.KAZAKH, request).equals(Languages.KAZAKH)) {
            offered.add(Languages.KAZAKH);
        }
        return offered;
    }
}
