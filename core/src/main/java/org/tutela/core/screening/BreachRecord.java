package org.tutela.core.screening;

import java.util.List;
import java.util.Set;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.RecordKey;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.requests.BreachFact;

/**
 * The port through which a screening reads the breaches recorded in other requests' files (conditions
 * and assurances breached, disclosures made under a hold or without a decision). The screening asks only
 * about requests it found in the registry view it screens with, which for a stored request is its
 * owner's view ({@link OwnerView}): a breach on a request the owner may not see does not exist for it. Beside
 * them, the breaches federation partners reported ({@link #reported}), read through the same view.
 */
@FunctionalInterface
public interface BreachRecord {

    /** The breaches recorded in the file of {@code request}, in the order of its entries; empty when it has no file. */
    List<BreachFact> of(CooperationRequest request);

    /**
     * The requests {@code view} shows that one of {@code states} sent or had sent on its behalf, whose files
     * are to be asked: by default every one; a record that knows which files hold a breach names only those
     * (more is allowed: each is asked), so that a screening need not read every request a state ever sent.
     */
    default List<CooperationRequest> filed(RegistryView view, Set<Country> states) {
        return view.withAnyKey(CooperationRequest.class, states.stream().map(RecordKey::stateBehind).toList());
    }

    /**
     * The breaches federation partners reported about {@code states}, as {@code view} shows the records their
     * bulletins became; none without federation.
     */
    default List<ReportedBreach> reported(java.util.Set<org.tutela.core.registry.Country> states, org.tutela.core.registry.RegistryView view) {
        return List.of();
    }

    /** The same files, with the breaches {@code partners} reported beside them. */
    default BreachRecord withReported(Reported partners) {
        BreachRecord files = this;
        return new BreachRecord() {
            @Override
            public List<BreachFact> of(CooperationRequest request) {
                return files.of(request);
            }

            @Override
            public List<CooperationRequest> filed(RegistryView view, Set<Country> states) {
                return files.filed(view, states);
            }

            @Override
            public List<ReportedBreach> reported(java.util.Set<org.tutela.core.registry.Country> states,
                                                 org.tutela.core.registry.RegistryView view) {
                return partners.reported(states, view);
            }
        };
    }

    /** Where reported breaches come from: the federation's received bulletins. */
    @FunctionalInterface
    interface Reported {
        List<ReportedBreach> reported(java.util.Set<org.tutela.core.registry.Country> states, org.tutela.core.registry.RegistryView view);
    }

    /** No workflow: files, the command line's own screenings, tests of other flags. */
    BreachRecord NONE = new BreachRecord() {
        @Override
        public List<BreachFact> of(CooperationRequest request) {
            return List.of();
        }

        @Override
        public List<CooperationRequest> filed(RegistryView view, Set<Country> states) {
            return List.of();
        }
    };
}
