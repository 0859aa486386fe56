package org.tutela.core.federation;

import java.util.List;
import java.util.Optional;

/**
 * Judges a received bulletin by every {@link ReceptionCheck}, in order, and answers accepted (with who sent it
 * and the distribution it keeps here) or refused (why). It stores nothing: the caller stores an accepted one
 * and logs a refusal.
 */
public final class Reception {
    /** The checks, in the order they run: who signed before what was signed, then what it may carry. */
    public static final List<ReceptionCheck> CHECKS = List.of(
            new ReceptionCheck.KnownKey(),
            new ReceptionCheck.KeyNotRevoked(),
            new ReceptionCheck.IssuerHoldsKey(),
            new ReceptionCheck.ValidSignature(),
            new ReceptionCheck.Fresh(),
            new ReceptionCheck.NotReplayed(),
            new ReceptionCheck.MeantForUs(),
            new ReceptionCheck.AllowedFields(),
            new ReceptionCheck.OwnRetraction());

    private static final System.Logger LOG = System.getLogger(Reception.class.getName());

    public sealed interface Verdict {
    }

    /** Accepted: from {@code partner}, signed by {@code key}, kept here with {@code distribution}. */
    public record Accepted(Envelope envelope, Partner partner, Partner.Key key, Distribution distribution) implements Verdict {
    }

    public record Refused(Refusal refusal) implements Verdict {
    }

    private Reception() {
    }

    public static Verdict judge(Envelope envelope, ReceptionCheck.Context context) {
        for (ReceptionCheck check : CHECKS) {
            Optional<Refusal> refusal = check.judge(envelope, context);
            if (refusal.isPresent()) {
                return refused(refusal.get());
            }
        }
        Partners.Holder holder = context.partners().holderOf(envelope.keyId()).orElseThrow();
        return new Accepted(envelope, holder.partner(), holder.key(), envelope.bulletin().distribution().afterHop());
    }

    /** A refusal, logged; also for bulletins refused before they could be read (malformed, oversized). */
    public static Refused refused(Refusal refusal) {
        LOG.log(System.Logger.Level.WARNING, "federation: bulletin refused, " + refusal);
        return new Refused(refusal);
    }
}
