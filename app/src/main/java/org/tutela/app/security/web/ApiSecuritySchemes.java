package org.tutela.app.security.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.security.SecuritySchemes;
import org.springframework.context.annotation.Configuration;

/** How the API's description tells clients to authenticate: an access token (preferred), or HTTP Basic. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Tutela API", version = "1"),
        security = {@SecurityRequirement(name = "bearerAuth"), @SecurityRequirement(name = "basicAuth")})
@SecuritySchemes({
        @SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "tutela_ + 43 base64url characters",
                description = "An access token made on the account page or with `tutela tokens create`: one SHA-256 per call. "
                        + "Acts with at most its owner's current role and compartments."),
        @SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "User name and password (plus X-Tutela-OTP for an account with a second factor). Each call costs an "
                        + "Argon2id hash on the server: prefer a token for programs.")})
public class ApiSecuritySchemes {
}
