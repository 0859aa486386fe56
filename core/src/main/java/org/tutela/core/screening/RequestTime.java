package org.tutela.core.screening;

import java.time.LocalDate;
import java.util.Optional;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RegistryRecord;

/**
 * A request's time, and records and held values read against it. Dates known only to the month or the
 * year stay approximate: what may have come either side of the request is kept as a possibility, with
 * the fact that says so, never settled one way. {@code asOf} is the screening date, the time of an undated request.
 */
public record RequestTime(CooperationRequest request, LocalDate asOf) {
    /** The request's time: its date as recorded (perhaps only a month or a year), or the screening date for an undated request. */
    public ApproximateDate date() {
        return request.eventDate().orElse(ApproximateDate.of(asOf));
    }

    /**
     * True unless {@code record} surely came after the request (its first possible day is after the request's
     * last): a later fact says nothing of who was behind an earlier request or why it was made. Undated
     * requests and records are kept; a record that may have come before the request is kept.
     */
    public boolean mayPrecede(RegistryRecord record) {
        return request.eventDate().map(when -> record.eventDate().map(d -> !d.surelyAfter(when.latest())).orElse(true)).orElse(true);
    }

    /**
     * When {@code record} may have come before the request as well as after it (their dates, known only to
     * the month or the year, overlap), the fact that says so and asks for the exact date: it then counts as a
     * possibility, not as settled. Empty when either is undated or the order is certain.
     */
    public Optional<Fact> possiblyAfter(RegistryRecord record) {
        Optional<ApproximateDate> when = request.eventDate();
        Optional<ApproximateDate> then = record.eventDate();
        if (when.isEmpty() || then.isEmpty() || when.get().isDay() && then.get().isDay()
                || then.get().surelyBefore(when.get()) || then.get().surelyAfter(when.get().latest())) {
            return Optional.empty();
        }
        return Optional.of(Fact.about(record, "fact.time.possibly-before", then.get(), when.get()));
    }

    /** The roles {@code p} held at the request's time, surely or possibly (with the caveats to report beside them). */
    public HeldAtRequest<Person.Role> roles(Person p) {
        return HeldAtRequest.read(p, p.roles(), date(), "held.role");
    }

    /** The nationalities {@code p} held at the request's time. */
    public HeldAtRequest<Country> nationalities(Person p) {
        return HeldAtRequest.read(p, p.nationalities(), date(), "held.nationality");
    }

    /** The states {@code p} resided in at the request's time. */
    public HeldAtRequest<Country> residences(Person p) {
        return HeldAtRequest.read(p, p.residences(), date(), "held.residence");
    }
}
