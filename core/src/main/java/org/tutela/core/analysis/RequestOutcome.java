package org.tutela.core.analysis;

import java.time.LocalDate;
import org.tutela.core.registry.ApproximateDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;

/**
 * Where a request stands: admitted (admitted, executed in whole or part, a notice published), refused
 * (refused, annulled, a notice deleted, the case dropped or dismissed), or never decided (no decision,
 * or only steps such as a request for clarification); and how long it waited for the decision, or has
 * waited so far. The latest deciding decision counts: a request admitted and later annulled is refused.
 */
public record RequestOutcome(CooperationRequest request, Status status, Optional<ApproximateDate> decided, Optional<Long> daysWaited) {

    public enum Status { ADMITTED, REFUSED, NEVER_DECIDED }

    public static RequestOutcome of(CooperationRequest request, List<Decision> decisions, LocalDate today) {
        Optional<Decision> deciding = decisions.stream().filter(d -> d.subject().equals(request.id()) && status(d.outcome()).isPresent())
                .filter(d -> d.eventDate().isPresent()).max(Comparator.comparing(d -> d.eventDate().get(), ApproximateDate.ORDER));
        Status status = deciding.flatMap(d -> status(d.outcome())).orElse(Status.NEVER_DECIDED);
        Optional<ApproximateDate> decided = deciding.flatMap(Decision::eventDate);
        // the days surely waited: from the request's last possible day to the decision's first
        Optional<Long> waited = request.date().map(from -> Math.max(0, ChronoUnit.DAYS.between(from.latest(),
                decided.map(ApproximateDate::earliest).orElse(today))));
        return new RequestOutcome(request, status, decided, waited);
    }

    private static Optional<Status> status(Decision.Outcome outcome) {
        if (outcome.isRefusal()) {
            return Optional.of(Status.REFUSED);
        }
        return switch (outcome) {
            case ADMITTED, EXECUTED, PARTIALLY_EXECUTED, NOTICE_PUBLISHED -> Optional.of(Status.ADMITTED);
            default -> Optional.empty();
        };
    }
}
