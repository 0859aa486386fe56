package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * International protection held by a person: refugee or asylum status granted by a state, against
 * the state of feared persecution; or a recognised designation such as "lawyer in danger".
 */
public record ProtectionStatus(RecordId id, RecordId person, Type type, Country grantingState,
                               Optional<Country> persecutingState, Optional<ApproximateDate> granted,
                               Optional<ApproximateDate> ended, Optional<RecordId> grantingBody, Provenance provenance,
                               Optional<EndReason> endReason, Optional<Dispute> disputed) implements RegistryRecord {

    /**
     * Why a status ended. Citizenship of the host state or another durable solution ends the need for the
     * status, not the protection against the state of feared persecution; revocation or cancellation does.
     */
    public enum EndReason {
        NATURALISED_IN_HOST_STATE, OTHER_DURABLE_SOLUTION, REVOKED, CANCELLED, CEASED, WITHDRAWN_BY_PERSON;

        /** True when the person still needs protection against the state of feared persecution. */
        public boolean protectionSurvives() {
            return this == NATURALISED_IN_HOST_STATE || this == OTHER_DURABLE_SOLUTION;
        }
    }

    public enum Type {
        REFUGEE, ASYLUM_SEEKER, SUBSIDIARY_PROTECTION, HUMANITARIAN_VISA, LAWYER_AT_RISK, HUMAN_RIGHTS_DEFENDER_AT_RISK;

        /** Statuses under the Refugee Convention or the asylum acquis (flag 1). */
        public boolean isAsylum() {
            return this == REFUGEE || this == ASYLUM_SEEKER || this == SUBSIDIARY_PROTECTION;
        }
    }

    public ProtectionStatus {
        Fields.required("id", id);
        Fields.required("person", person);
        Fields.required("type", type);
        Fields.required("grantingState", grantingState);
        persecutingState = Fields.optional(persecutingState);
        granted = Fields.pastDate("granted", granted);
        ended = Fields.optional(ended);
        grantingBody = Fields.optional(grantingBody);
        if (type.isAsylum() && persecutingState.isEmpty()) {
            throw InvalidRecordException.of("persecutingState", "problem.persecuting-state");
        }
        if (granted.isPresent() && ended.isPresent() && ended.get().surelyBefore(granted.get())) {
            throw InvalidRecordException.of("ended", "problem.ended-before-granted", granted.get().text());
        }
        provenance = provenance == null ? Provenance.none() : provenance;
        endReason = Fields.optional(endReason);
        disputed = Fields.optional(disputed);
        if (endReason.isPresent() && ended.isEmpty()) {
            throw InvalidRecordException.of("endReason", "problem.end-reason-without-end");
        }
    }

    /** A status nobody is recorded as disputing. */
    public ProtectionStatus(RecordId id, RecordId person, Type type, Country grantingState, Optional<Country> persecutingState,
                            Optional<ApproximateDate> granted, Optional<ApproximateDate> ended, Optional<RecordId> grantingBody,
                            Provenance provenance, Optional<EndReason> endReason) {
        this(id, person, type, grantingState, persecutingState, granted, ended, grantingBody, provenance, endReason, Optional.empty());
    }

    /** A status whose end, if any, has no recorded reason. */
    public ProtectionStatus(RecordId id, RecordId person, Type type, Country grantingState, Optional<Country> persecutingState,
                            Optional<ApproximateDate> granted, Optional<ApproximateDate> ended, Optional<RecordId> grantingBody,
                            Provenance provenance) {
        this(id, person, type, grantingState, persecutingState, granted, ended, grantingBody, provenance, Optional.empty(), Optional.empty());
    }

    /**
     * True when, on {@code date}, the status protects the person against the state of feared persecution:
     * it is active, or it ended by naturalisation in the host state or another durable solution.
     */
    public boolean protectsOn(LocalDate date) {
        return activeOn(date) || grantedBy(date) && endReason.filter(EndReason::protectionSurvives).isPresent();
    }

    /**
     * True when the status may be in force on {@code date}: granted possibly by then and not surely ended.
     * A status granted "in 2013" is read as possibly active through 2013; {@link #surelyActiveOn} says
     * whether the dates leave no doubt.
     */
    public boolean activeOn(LocalDate date) {
        return grantedBy(date) && ended.map(e -> e.possiblyAfter(date)).orElse(true);
    }

    /** True when the recorded dates leave no doubt that the status was in force on {@code date}. */
    public boolean surelyActiveOn(LocalDate date) {
        return granted.or(provenance::validFrom).map(g -> g.surelyBy(date)).orElse(true)
                && ended.map(e -> e.surelyAfter(date)).orElse(true);
    }

    private boolean grantedBy(LocalDate date) {
        return granted.map(g -> g.possiblyBy(date)).orElse(provenance.knownBy(date));
    }

    @Override
    public Optional<ApproximateDate> eventDate() {
        return granted.or(provenance::validFrom);
    }

    @Override
    public String label() {
        return type + " (" + grantingState + persecutingState.map(p -> ", from " + p).orElse("") + ")";
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance, person, grantingBody);
    }
}
