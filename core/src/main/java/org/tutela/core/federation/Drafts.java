package org.tutela.core.federation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryView;

/**
 * The content of a bulletin drafted from this registry's records: a decision on a request, or a person's
 * protection status. Only what the bulletin kind carries is read; the sharing group's rules strip the rest
 * before signing.
 */
public final class Drafts {
    private Drafts() {
    }

    /** The bulletin about a decision on a request: the request's states, case numbers and target names as the request writes them. */
    public static RequestDecision decision(Decision decision, RegistryView registry) {
        CooperationRequest request = registry.get(decision.subject(), CooperationRequest.class).orElseThrow(() -> new FederationInputException(
                "decision", "federation.draft.not-request-decision", decision.id().value(), decision.subject().value()));
        Set<String> cases = new LinkedHashSet<>(request.referenceNumbers());
        request.proceeding().flatMap(p -> registry.get(p, Proceeding.class)).ifPresent(p -> cases.add(p.caseNumber()));
        List<String> persons = request.persons().stream().filter(n -> n.role() == CooperationRequest.NamedPerson.Role.TARGET)
                .map(CooperationRequest.NamedPerson::asWritten).toList();
        Optional<String> body = decision.body().flatMap(b -> registry.get(b, Organisation.class)).map(Organisation::label);
        return new RequestDecision(request.id().value(), request.requestingState(), decision.state().orElse(request.requestedState()), body,
                // the bulletin's form carries a day: a decision known only to the month or year goes without one
                decision.date().flatMap(ApproximateDate::day), decision.outcome(), decision.grounds(), List.copyOf(cases), persons, Sensitive.none());
    }

    /** The bulletin about a protection status: the person's names, birth year and sex beside them; never the file behind the status. */
    public static ProtectionNotice protection(ProtectionStatus status, RegistryView registry) {
        Person person = registry.get(status.person(), Person.class).orElseThrow(() -> new FederationInputException("status",
                "federation.draft.no-person", status.id().value(), status.person().value()));
        List<String> names = new ArrayList<>();
        names.add(person.primaryName().full());
        person.names().stream().map(PersonName::full).filter(n -> !names.contains(n)).limit(Texts.MAX_ITEMS - 1).forEach(names::add);
        return new ProtectionNotice(names, person.birthDate().flatMap(ApproximateDate::year),
                person.gender().map(g -> g.name().toLowerCase(java.util.Locale.ROOT)), status.type(), status.grantingState(),
                status.persecutingState(), status.granted().flatMap(ApproximateDate::year), Sensitive.none());
    }

    /**
     * The bulletin about a protection status that names nobody: one encoding per name of the person, each with the
     * birth year and sex beside it (unknown sex is encoded as such). A person without a recorded birth year is not
     * encoded: a name is never encoded alone.
     */
    public static ProtectedPerson protectedPerson(ProtectionStatus status, RegistryView registry, PersonEncoding encoder,
                                                  org.tutela.core.names.NameAnalyser analyser) {
        Person person = registry.get(status.person(), Person.class).orElseThrow(() -> new FederationInputException("status",
                "federation.draft.no-person", status.id().value(), status.person().value()));
        int year = person.birthDate().flatMap(ApproximateDate::year).orElseThrow(() -> new FederationInputException("birthDate",
                "federation.draft.no-birth-year", status.person().value()));
        String sex = person.gender().map(g -> g.name().toLowerCase(java.util.Locale.ROOT)).orElse("unknown");
        List<String> encodings = new ArrayList<>();
        for (PersonName name : person.names().stream().limit(Texts.MAX_ITEMS).toList()) {
            encodings.add(encoder.encode(ProtectedMatching.keysOf(analyser.analyse(name.full())), year, sex));
        }
        return new ProtectedPerson(encodings, status.type(), status.grantingState(), status.persecutingState(),
                status.granted().flatMap(ApproximateDate::year));
    }

    /** The request a decision is about, for the disclosure ledger. */
    public static Optional<RecordId> requestOf(Decision decision, RegistryView registry) {
        return registry.get(decision.subject(), CooperationRequest.class).map(CooperationRequest::id);
    }
}
