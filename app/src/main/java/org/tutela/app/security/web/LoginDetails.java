package org.tutela.app.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a login carries besides name and password: the second-factor code (the login form's {@code code}
 * field, or the API's {@code X-Tutela-OTP} header: a TOTP code or a recovery code) and the client address.
 */
public final class LoginDetails extends WebAuthenticationDetails {
    public static final String CODE_PARAMETER = "code";
    public static final String CODE_HEADER = "X-Tutela-OTP";
    private final String code;

    LoginDetails(HttpServletRequest request) {
        super(request);
        String header = request.getHeader(CODE_HEADER);
        this.code = header != null ? header : "POST".equals(request.getMethod()) ? request.getParameter(CODE_PARAMETER) : null;
    }

    public Optional<String> code() {
        return Optional.ofNullable(code).filter(c -> !c.isBlank());
    }
}
