package org.tutela.app.web.api;

import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tutela.core.requests.WorkflowConflictException;
import org.tutela.core.requests.WorkflowInputException;
import org.tutela.core.requests.WorkflowRefusedException;

/**
 * The workflow's refusals as JSON: a step a rule refused is 422 with the request, the step and the rule
 * in the message (and the rule as {@code field}), a step on an outdated revision 409, an unreadable step 400.
 */
@RestControllerAdvice(basePackages = "org.tutela.app.web.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WorkflowErrors {
    @ExceptionHandler(WorkflowRefusedException.class)
    ResponseEntity<ApiError> refused(WorkflowRefusedException e) {
        return ApiErrors.answer(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), Optional.of(e.rejection().rule()));
    }

    @ExceptionHandler(WorkflowConflictException.class)
    ResponseEntity<ApiError> conflict(WorkflowConflictException e) {
        return ApiErrors.answer(HttpStatus.CONFLICT, e.getMessage(), Optional.empty());
    }

    @ExceptionHandler(WorkflowInputException.class)
    ResponseEntity<ApiError> input(WorkflowInputException e) {
        return ApiErrors.answer(HttpStatus.BAD_REQUEST, e.getMessage(), Optional.of(e.field()));
    }
}
