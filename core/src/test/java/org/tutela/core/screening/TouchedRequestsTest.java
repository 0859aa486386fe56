package org.tutela.core.screening;

import org.tutela.core.registry.ApproximateDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Revision;
import org.tutela.core.registry.Samples;
import org.tutela.core.registry.Source;

/** Which requests a change may touch, found by following links and keys from the change, not by reading every request. */
class TouchedRequestsTest {
    static final Country KZ = Country.of("KZ");
    static final RecordId OTHER_SOURCE = RecordId.of("source-other");
    static final RecordId OTHER_REQUEST = RecordId.of("request-other");

    static Source otherSource() {
        return new Source(OTHER_SOURCE, "another report", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Source.Type.NEWS_ARTICLE, Source.Reliability.POSSIBLY_TRUE, Optional.empty(), Provenance.none());
    }

    /** A request of another state in another case, sharing nothing with the sample's. */
    static CooperationRequest otherRequest() {
        return new CooperationRequest(OTHER_REQUEST, CooperationRequest.Type.MLA, KZ, Samples.HOST,
                Optional.of(ApproximateDate.on(2022, 3, 1)), List.of("№ KZ 55/1"), Optional.empty(), Optional.empty(), List.of(),
                List.of(Charge.of("fraud", Charge.Category.FRAUD)), List.of("a loan not repaid"), List.of(),
                List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), Provenance.of(Citation.of(OTHER_SOURCE)));
    }

    static RecordSet registry(RegistryRecord... more) {
        List<RegistryRecord> all = new ArrayList<>(Samples.all());
        all.add(otherSource());
        all.add(otherRequest());
        all.addAll(List.of(more));
        return RecordSet.of(all);
    }

    static Revision revision(RegistryRecord record) {
        return new Revision(record.id(), record.kind(), 1, Instant.EPOCH, "test", "test", Optional.of(record));
    }

    static List<RecordId> touched(RegistryRecord changed) {
        return TouchedRequests.of(List.of(revision(changed)), registry(changed)).stream().map(CooperationRequest::id).toList();
    }

    @Test
    void aRecordAboutATargetsRelativeReachesTheRequestAndNoOther() {
        ProtectionStatus brotherProtected = new ProtectionStatus(RecordId.of("protection-brother"), Samples.BROTHER,
                ProtectionStatus.Type.REFUGEE, Samples.HOST, Optional.of(Samples.PERSECUTOR), Optional.empty(), Optional.empty(), Optional.empty(), Provenance.none());
        assertThat(touched(brotherProtected)).containsExactly(Samples.REQUEST);
    }

    @Test
    void aProceedingReachesTheRequestsThatCiteItsNumberHoweverWritten() {
        Proceeding kzCase = new Proceeding(RecordId.of("proceeding-kz"), KZ, "kz55/1", Proceeding.Type.CRIMINAL, Optional.empty(),
                List.of(), List.of(), List.of(), Optional.empty(), Proceeding.Status.OPEN, List.of(), Optional.empty(),
                Provenance.none());
        assertThat(touched(kzCase)).containsExactly(OTHER_REQUEST);
    }

    @Test
    void anIncidentReachesTheRequestsOfItsPerpetratorState() {
        Incident kzIncident = new Incident(RecordId.of("incident-kz"), Incident.Tactic.COERCION_BY_PROXY, KZ,
                Incident.ActingParty.STATE, List.of(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), "threats to a journalist's family",
                List.of(), Provenance.none());
        assertThat(touched(kzIncident)).containsExactly(OTHER_REQUEST);
    }

    @Test
    void aRetractionIsCheckedAgainstEveryRequest() {
        Revision retraction = new Revision(Samples.BROTHER, Samples.brother().kind(), 2, Instant.EPOCH, "test", "test", Optional.empty());
        assertThat(TouchedRequests.of(List.of(retraction), registry())).extracting(CooperationRequest::id)
                .containsExactlyInAnyOrder(OTHER_REQUEST, Samples.REQUEST);
    }
}
