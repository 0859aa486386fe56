package org.tutela.core.network;

import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.RegistryRecord;

/** The role of a reference: what record {@code a}, which refers to {@code b}, says {@code b} is to it. */
final class LinkWording {
    private LinkWording() {
    }

    static NetworkLink link(RegistryRecord a, RegistryRecord b) {
        boolean toCase = a instanceof Proceeding p && NetworkReading.numbered(p.caseNumber())
                || b instanceof Proceeding q && NetworkReading.numbered(q.caseNumber());
        return NetworkLink.role(a.id(), b.id(), role(a, b), toCase);
    }

    static LinkRole role(RegistryRecord a, RegistryRecord b) {
        if (a instanceof CooperationRequest r) {
            return r.proceeding().filter(b.id()::equals).isPresent() ? LinkRole.IN_CASE
                    : r.complainants().contains(b.id()) ? LinkRole.COMPLAINANT
                    : r.requestingAuthority().filter(b.id()::equals).isPresent() ? LinkRole.REQUESTED_BY : LinkRole.NAMES;
        }
        if (a instanceof Decision d) {
            return d.subject().equals(b.id()) ? LinkRole.DECIDES : d.body().filter(b.id()::equals).isPresent() ? LinkRole.DECIDED_BY
                    : LinkRole.CONCERNS;
        }
        if (a instanceof Incident i) {
            return i.targets().contains(b.id()) ? LinkRole.TARGETS
                    : i.perpetrators().stream().anyMatch(p -> p.actor().equals(b.id())) ? LinkRole.PERPETRATOR
                    : b instanceof Proceeding ? LinkRole.IN_CASE : LinkRole.LINKED;
        }
        if (a instanceof Proceeding p) {
            return p.accused().contains(b.id()) ? LinkRole.ACCUSED : p.complainants().contains(b.id()) ? LinkRole.COMPLAINANT
                    : p.authority().filter(b.id()::equals).isPresent() ? LinkRole.AUTHORITY : LinkRole.RELATED;
        }
        return LinkRole.REFERS_TO;
    }
}
