package org.tutela.app.security.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.security.SecuritySchemes;
import org.springframework.context.annotation.Configuration;

/**
 * How the API's description tells clients to authenticate: an access token (preferred), HTTP Basic, or, for
 * a browser, the session cookie of the login form with the CSRF token on every call that changes something.
 * Which operation takes which, and the title, licence and errors, are set by {@code web.api.ApiDescription}.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Tutela API", version = "1"),
        // relative: the API is wherever this description was fetched from
        servers = @io.swagger.v3.oas.annotations.servers.Server(url = "/", description = "The server that serves this description"))
@SecuritySchemes({
        @SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "tutela_ + 43 base64url characters",
                description = "An access token made on the account page or with `tutela tokens create`: one SHA-256 per call. "
                        + "Acts with at most its owner's current role and compartments."),
        @SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "User name and password (plus X-Tutela-OTP for an account with a second factor). Each call costs an "
                        + "Argon2id hash on the server: prefer a token for programs."),
        @SecurityScheme(name = "sessionCookie", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
                paramName = SecurityConfig.SESSION_COOKIE,
                description = "The session of a browser logged in with the login form (/login); HttpOnly, Secure, SameSite=Strict."),
        @SecurityScheme(name = "csrfToken", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-CSRF-TOKEN",
                description = "With the session cookie, every call that changes something carries the session's CSRF token (the "
                        + "_csrf value of the pages' forms). Calls with a bearer token or Basic credentials need none."),
        @SecurityScheme(name = "partnerSignature", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "Tutela-Signature",
                description = "Federation only (docs/federation.md): another installation signs each call with its Ed25519 federation "
                        + "key over the method, path, Tutela-Date and body digest, naming itself in Tutela-Partner and the key in "
                        + "Tutela-Key. No account of this installation can call these operations.")})
public class ApiSecuritySchemes {
}
