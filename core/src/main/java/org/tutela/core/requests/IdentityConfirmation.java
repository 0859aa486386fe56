package org.tutela.core.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.RecordId;

/**
 * A reviewer confirms who a person named in a request is: the request's next revision, with that named
 * person resolved to a person of the registry. The name stays as the request wrote it.
 */
public final class IdentityConfirmation {
    private IdentityConfirmation() {
    }

    /** {@code named} counts from 1 in the request's order of persons. */
    public static CooperationRequest confirm(CooperationRequest request, int named, RecordId person) {
        if (named < 1 || named > request.persons().size()) {
            throw new WorkflowInputException("named", "request " + request.id() + " names " + request.persons().size()
                    + " person(s); there is no person " + named);
        }
        List<NamedPerson> persons = new ArrayList<>(request.persons());
        NamedPerson old = persons.get(named - 1);
        persons.set(named - 1, new NamedPerson(old.asWritten(), Optional.of(person), old.role(), old.birthDate()));
        return new CooperationRequest(request.id(), request.type(), request.requestingState(), request.requestedState(), request.date(),
                request.referenceNumbers(), request.requestingAuthority(), request.proceeding(), persons, request.offences(),
                request.allegedFacts(), request.measures(), request.legalBases(), request.channel(), request.addressee(), request.onBehalfOf(),
                request.complainants(), request.attachments(), request.provenance());
    }
}
