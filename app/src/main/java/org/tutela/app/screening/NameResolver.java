package org.tutela.app.screening;

import java.util.ArrayList;
import java.util.List;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameInputException;
import org.tutela.core.registry.CooperationRequest.NamedPerson;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.screening.PersonResolver;
import org.tutela.core.screening.Resolution;
import org.tutela.search.NameQuery;
import org.tutela.search.NameSearch;
import org.tutela.search.Scope;
import org.tutela.search.SearchHit;

/**
 * Suggests who a person named in a request may be, with the name matcher, across scripts; each
 * suggestion carries its score and explanation. It only ever suggests: confirming who a person is
 * stays a reviewer's decision (compose with {@link PersonResolver#recordedThen}). Candidates are only
 * persons the given view holds, chosen before the limit: a screening computed as a request's owner sees
 * suggests nobody the owner may not see.
 */
public final class NameResolver implements PersonResolver {
    static final int SUGGESTIONS = 5;
    private final NameSearch search;

    public NameResolver(NameSearch search) {
        this.search = search;
    }

    @Override
    public List<Resolution> resolve(NamedPerson named, RegistryView registry) {
        List<Resolution> out = new ArrayList<>();
        try {
            NameQuery query = NameQuery.of(named.asWritten());
            if (named.birthDate().flatMap(BirthDate::from).isPresent()) {
                query = query.withBirthDate(named.birthDate().flatMap(BirthDate::from).get());
            }
            // only persons the view holds compete for the suggestions: the view is the request owner's
            for (SearchHit hit : search.search(query, Scope.registryOnly(), SUGGESTIONS, id -> registry.get(id).isPresent())) {
                if (hit.found() instanceof SearchHit.RegistryPerson person) {
                    out.add(new Resolution(person.id(), hit.match().score(), hit.match().explain(), Resolution.Status.SUGGESTED,
                            org.tutela.app.search.MatchReading.messages(hit.match())));
                }
            }
        } catch (NameInputException e) {
            // a name the matcher cannot read gets no suggestion; the screening says nobody was identified
        }
        return out;
    }
}
