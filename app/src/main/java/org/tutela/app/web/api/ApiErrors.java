package org.tutela.app.web.api;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.MissingReferenceException;
import org.tutela.core.registry.RecordInUseException;
import org.tutela.core.registry.RecordNotFoundException;
import org.tutela.core.registry.RevisionConflictException;
import org.tutela.core.screening.ScreeningInputException;
import org.tutela.exchange.ImportException;
import org.tutela.json.RecordFormatException;

/** Turns every failure of an API call into a JSON answer that names what is wrong and where; never a stack trace. */
@RestControllerAdvice(basePackages = "org.tutela.app.web.api")
public class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private final org.springframework.context.MessageSource messages;

    /** The API's own sentences are in the common bundle, in the language the caller's Accept-Language asks for. */
    public ApiErrors(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordFormatException.class)
    ResponseEntity<ApiError> badRecord(RecordFormatException e, java.util.Locale locale) {
        // a record's constructor refused a value: its problem in the caller's language, at the JSON path of the field
        String message = e.field().isEmpty() ? e.problem(locale)
                : messages.getMessage("api.invalidField", new Object[] {e.field(), e.problem(locale)}, locale);
        return answer(HttpStatus.BAD_REQUEST, message, Optional.of(e.field()).filter(f -> !f.isEmpty()));
    }

    @ExceptionHandler(InvalidRecordException.class)
    ResponseEntity<ApiError> invalid(InvalidRecordException e, java.util.Locale locale) {
        // the field keeps its name in the record's JSON form; what is wrong with it is said in the caller's language
        return answer(HttpStatus.BAD_REQUEST, messages.getMessage("api.invalidField", new Object[] {e.field(), e.problem(locale)}, locale),
                Optional.of(e.field()));
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<ApiError> badIntake(ImportException e, java.util.Locale locale) {
        // the file, line and field as they are; what is wrong with them in the caller's language
        return answer(HttpStatus.BAD_REQUEST, e.message(locale), Optional.of(e.field()).filter(f -> !f.isEmpty()));
    }

    @ExceptionHandler(ScreeningInputException.class)
    ResponseEntity<ApiError> badScreening(ScreeningInputException e, java.util.Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, messages.getMessage("api.invalidField", new Object[] {e.field(), e.problem(locale)}, locale),
                Optional.of(e.field()));
    }

    @ExceptionHandler(MissingReferenceException.class)
    ResponseEntity<ApiError> missingReference(MissingReferenceException e, java.util.Locale locale) {
        return answer(HttpStatus.UNPROCESSABLE_ENTITY, messages.getMessage("api.missingReference",
                new Object[] {e.record().value(), e.missing().value()}, locale), Optional.empty());
    }

    @ExceptionHandler(RevisionConflictException.class)
    ResponseEntity<ApiError> conflict(RevisionConflictException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), Optional.empty());
    }

    @ExceptionHandler(RecordInUseException.class)
    ResponseEntity<ApiError> inUse(RecordInUseException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), Optional.empty());
    }

    @ExceptionHandler({NoSuchRecordException.class, RecordNotFoundException.class})
    ResponseEntity<ApiError> missing(RuntimeException e, java.util.Locale locale) {
        String message = e instanceof NoSuchRecordException n
                ? messages.getMessage("api.noRecord", new Object[] {n.id().value()}, locale) : e.getMessage();
        return answer(HttpStatus.NOT_FOUND, message, Optional.empty());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        // a body sent without Content-Length is cut off at the limit while it is read
        return org.tutela.app.web.limits.BodyTooLargeException.in(e)
                .map(b -> answer(HttpStatus.PAYLOAD_TOO_LARGE, b.getMessage(), Optional.empty()))
                .orElseGet(() -> answer(HttpStatus.BAD_REQUEST, "the body is not valid JSON", Optional.empty()));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingRequestHeaderException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> badParameter(Exception e, java.util.Locale locale) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingRequestHeaderException) e).getHeaderName();
        return answer(HttpStatus.BAD_REQUEST, messages.getMessage("api.badParameter", new Object[] {name}, locale), Optional.of(name));
    }

    @ExceptionHandler(org.tutela.app.screening.ScreeningBusyException.class)
    ResponseEntity<ApiError> busy(org.tutela.app.screening.ScreeningBusyException e, java.util.Locale locale) {
        long seconds = e.retryAfter().toSeconds();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.value(), HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(),
                        messages.getMessage("api.screeningBusy", new Object[] {seconds}, locale), Optional.empty()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> illegal(IllegalArgumentException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), Optional.empty());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, java.util.Locale locale) {
        LOG.error("unexpected failure of an API call", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("api.unexpected", null, locale), Optional.empty());
    }

    static ResponseEntity<ApiError> answer(HttpStatus status, String message, Optional<String> field) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, field));
    }
}
