package org.tutela.app.security.web;

import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tutela.app.security.AccessRefusedException;
import org.tutela.app.web.api.ApiError;

/** A refusal by the compartment registry (behind the filter chain's rules) is a 403, wherever it is raised. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityErrors {
    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ApiError> refused(AccessRefusedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(new ApiError(403, HttpStatus.FORBIDDEN.getReasonPhrase(), e.getMessage(), Optional.empty()));
    }
}
