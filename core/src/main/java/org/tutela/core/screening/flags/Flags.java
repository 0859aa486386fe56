package org.tutela.core.screening.flags;

import java.util.List;
import java.util.stream.Stream;
import org.tutela.core.screening.Rule;

/** The red flags of the domain description, in flag order: the one place where they are listed. */
public final class Flags {

    public static final List<Flag> POLICIES = List.of(
            new RefugeeFromRequestingState(),
            new AsylumFileRequested(),
            new TortureOrArbitraryDetentionInCase(),
            new CoercionByProxy(),
            new CooperationRefusedElsewhere(),
            new ProxyRequest(),
            new StateControlledOrPrivateVictim(),
            new TargetProfile(),
            new PrivilegedMaterial(),
            new FishingExpedition(),
            new ForeignOfficialsTakePart(),
            new InformalChannelOrPressure(),
            new PretextCharges(),
            new SuspectEvidence(),
            new RequestingStateRecord(),
            new TimingAfterProtectedActivity(),
            new RiskToLifeOnSurrender());

    /** The same, as the rules a {@link org.tutela.core.screening.Screening} evaluates. */
    public static final List<Rule> ALL = POLICIES.stream().map(f -> new Rule(f.id(), f)).toList();

    private Flags() {
    }

    static Stream<Flag> stream() {
        return POLICIES.stream();
    }
}
