package org.tutela.app.web.pages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.RecordNotFoundException;

/** Failures of a page as a page: what went wrong in words, never a stack trace. */
@ControllerAdvice(basePackages = "org.tutela.app.web.pages")
public class PageErrors {
    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);
    private final MessageSource messages;

    public PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException e, Locale locale) {
        return page(HttpStatus.NOT_FOUND, messages.getMessage("error.noRecord", new Object[] {e.record().value()}, locale));
    }

    @ExceptionHandler(RecordingForms.NoSuchFormException.class)
    ModelAndView noForm(RecordingForms.NoSuchFormException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({InvalidRecordException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView bad(Exception e, Locale locale) {
        String what = e instanceof InvalidRecordException i && "id".equals(i.field())
                ? messages.getMessage("error.notAnId", new Object[] {i.problem(locale)}, locale)
                : e instanceof InvalidRecordException i ? i.field() + ": " + i.problem(locale) : e.getMessage();
        return page(HttpStatus.BAD_REQUEST, what);
    }

    /** Every screening slot and queue place taken: a page that says so and when to try again, not a failure. */
    @ExceptionHandler(org.tutela.app.screening.ScreeningBusyException.class)
    ModelAndView busy(org.tutela.app.screening.ScreeningBusyException e, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        long seconds = e.retryAfter().toSeconds();
        response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return page(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("api.screeningBusy", new Object[] {seconds}, locale));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        LOG.error("a page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    static ModelAndView page(HttpStatus status, String problem) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("problem", problem);
        return view;
    }
}
