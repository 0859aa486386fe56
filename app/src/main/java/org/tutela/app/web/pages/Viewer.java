package org.tutela.app.web.pages;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tutela.app.security.Capability;
import org.tutela.app.security.web.WebCaller;

/**
 * Who is looking at a page, for the page to offer only what the role may do (the access rules enforce
 * it anyway). Templates read it as {@code viewer}; it is absent on pages served outside the application.
 */
public record Viewer(String name, String role, boolean canWrite, boolean canCount, boolean canAudit) {

    @ControllerAdvice(basePackages = {"org.tutela.app.web.pages", "org.tutela.app.security.web"})
    static class Attributes {
        @ModelAttribute("viewer")
        Viewer viewer() {
            return WebCaller.current().map(c -> new Viewer(c.name(), c.role().name(), c.role().can(Capability.WRITE_RECORDS),
                    c.role().can(Capability.STATISTICS), c.role().can(Capability.READ_AUDIT))).orElse(null);
        }
    }
}
