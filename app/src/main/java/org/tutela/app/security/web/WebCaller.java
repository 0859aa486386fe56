package org.tutela.app.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tutela.app.security.Caller;

/** The caller of the current web request, as the compartment registry needs it. */
public final class WebCaller {
    public static final String COMPARTMENT_HEADER = "X-Compartment";

    private WebCaller() {
    }

    public static Optional<Caller> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof TutelaUser user)) {
            return Optional.empty();
        }
        Optional<HttpServletRequest> request = Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .filter(ServletRequestAttributes.class::isInstance).map(a -> ((ServletRequestAttributes) a).getRequest());
        Optional<String> purpose = request.map(r -> (String) r.getAttribute(PurposeFilter.REQUEST_ATTRIBUTE));
        Optional<String> compartment = request.map(r -> Optional.ofNullable(r.getHeader(COMPARTMENT_HEADER))
                .orElse(r.getParameter("compartment")));
        return Optional.of(new Caller(user.name(), user.role(), user.compartments(), purpose, compartment));
    }
}
