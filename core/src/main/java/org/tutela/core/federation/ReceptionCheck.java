package org.tutela.core.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One judgement on a received bulletin, in the order {@link Reception#CHECKS} lists them: the key, the
 * signature, freshness, replay, whether it was meant for us, what its group may carry. Each returns a refusal
 * or nothing.
 */
public interface ReceptionCheck {

    /** What the checks may ask: the partners' keys, this installation's sharing rules, what it accepted, the time. */
    record Context(Partners partners, Map<String, SharingRules> rules, Received received, Instant now, Duration maxAge, Duration skew) {
        public SharingRules rulesFor(String group) {
            return rules.getOrDefault(group, SharingRules.byDefault(group));
        }
    }

    Optional<Refusal> judge(Envelope envelope, Context context);

    static Optional<Refusal> refuse(Refusal.Reason reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }

    /** The key must be one of a partner's. */
    final class KnownKey implements ReceptionCheck {
        @Override
        public Optional<Refusal> judge(Envelope e, Context c) {
            return c.partners().holderOf(e.keyId()).isPresent() ? Optional.empty()
                    : refuse(Refusal.Reason.UNKNOWN_KEY, "key " + e.keyId() + " is no partner's");
        }
    }

    /** A revoked key signs nothing from its revocation on, whatever issue time the bulletin claims. */
    final class KeyNotRevoked implements ReceptionCheck {
        @Override
        public Optional<Refusal> judge(Envelope e, Context c) {
            Partners.Holder h = c.partners().holderOf(e.keyId()).orElseThrow();
            return h.key().revokedBy(c.now()) ? refuse(Refusal.Reason.REVOKED_KEY, "key " + e.keyId() + " of " + h.partner().id()
                    + " was revoked at " + h.key().revoked().orElseThrow()) : Optional.empty();
        }
    }

    /** A partner speaks for itself only: the issuer named in the bulletin is the key's holder. */
    final class IssuerHoldsKey implements ReceptionCheck {
        @Override
        public Optional<Refusal> judge(Envelope e, Context c) {
            Partners.Holder h = c.partners().holderOf(e.keyId()).orElseThrow();
            return h.partner().id().equals(e.bulletin().issuer()) ? Optional.empty()
                    : refuse(Refusal.Reason.WRONG_ISSUER, "signed by a key of " + h.partner().id() + " but issued as " + e.bulletin().issuer());
        }
    }

    /** The Ed25519 signature over the canonical bytes. */
    final class ValidSignature implements ReceptionCheck {
        @Override
        public Optional<Refusal> judge(Envelope e, Context c) {
            Partners.Holder h = c.partners().holderOf(e.keyId()).orElseThrow();
            return Signatures.verify(h.key().key(), e.canonical(), e.signature()) ? Optional.empty()
                    : refuse(Refusal.Reason.BAD_SIGNATURE, "the signature of bulletin " + e.bulletin().id() + " does not verify with key " + e.keyId());
        }
    }

    /**
     * Issued neither in the future (beyond the clocks' skew) nor longer ago than the replay window: the window
     * is long because bundle files travel by hand; within it every id and sequence number is remembered.
     */
    final class Fresh implements ReceptionCheck {
        @Override
        public Optional<Refusal> judge(Envelope e, Context c) {
            Instant issued = e.bulletin().issued();
            if (issued.isAfter(c.now().plus(c.skew()))) {
                return refuse(Refusal.Reason.FROM_THE_FUTURE, "issued at " + issued + ", after " + c.now());
            }
            if (issued.isBefore(c.now().minus(c.maxAge()))) {
                return refuse(Refusal.Reason.STALE, "issued at " + issued + ", more than " + c.maxAge().toDays() + " days ago");
            }
            return Optional.empty();
        }
    }

    /** The same bulletin id, or the same issuer's sequence number, a second time. */
    final class NotReplayed implements ReceptionCheck {
        @Override
        public Optional<Refusal> judge(Envelope e, Context c) {
            Bulletin b = e.bulletin();
            if (c.received().issuerOf(b.id()).isPresent()) {
                return refuse(Refusal.Reason.REPLAY, "bulletin " + b.id() + " was received before");
            }
            if (c.received().hasSequence(b.issuer(), b.sequence())) {
                return refuse(Refusal.Reason.REPLAY, "sequence " + b.sequence() + " of " + b.issuer() + " was received before");
            }
            return Optional.empty();
        }
    }

    /** A group's bulletin only reaches a member of the group: the issuer must share it with this installation. */
    final class MeantForUs implements ReceptionCheck {
        @Override
        public Optional<Refusal> judge(Envelope e, Context c) {
            Partner issuer = c.partners().holderOf(e.keyId()).orElseThrow().partner();
            if (e.bulletin().distribution() instanceof Distribution.Group g && !issuer.inGroup(g.name())) {
                return refuse(Refusal.Reason.NOT_FOR_US, "for group " + g.name() + ", which this installation does not share with " + issuer.id());
            }
            return Optional.empty();
        }
    }

    /** What this installation's rules let the bulletin's group send it: the kind, and no sensitive field it does not receive. */
    final class AllowedFields implements ReceptionCheck {
        @Override
        public Optional<Refusal> judge(Envelope e, Context c) {
            SharingRules rules = c.rulesFor(e.bulletin().audience());
            Content content = e.bulletin().content();
            if (!rules.receives(content.kind())) {
                return refuse(Refusal.Reason.KIND_NOT_RECEIVED, "group " + rules.group() + " does not receive " + content.kind().text());
            }
            var forbidden = rules.forbiddenIn(content);
            return forbidden.isEmpty() ? Optional.empty() : refuse(Refusal.Reason.FORBIDDEN_FIELD, "group " + rules.group()
                    + " may not receive " + forbidden.stream().map(Sensitive.Field::text).sorted().toList());
        }
    }

    /** A retraction names a bulletin this installation accepted from the same issuer. */
    final class OwnRetraction implements ReceptionCheck {
        @Override
        public Optional<Refusal> judge(Envelope e, Context c) {
            if (!(e.bulletin().content() instanceof Retraction r)) {
                return Optional.empty();
            }
            Optional<String> issuer = c.received().issuerOf(r.bulletin());
            return issuer.filter(e.bulletin().issuer()::equals).isPresent() ? Optional.empty()
                    : refuse(Refusal.Reason.UNKNOWN_BULLETIN, "retracts " + r.bulletin() + ", which was not received from " + e.bulletin().issuer());
        }
    }
}
