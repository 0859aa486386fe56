package org.tutela.core.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Incidents for the questions of {@link StateIncidents}, beside the sample case ({@link Samples}), which
 * they cite: of two states (TM, AZ) asked about and one (UZ) not, dated before, on and after
 * {@link #AS_OF}, one known only after it, one undated, two on the same day, one linked to the screened
 * request ({@link Samples#REQUEST}). Shared by the core's tests and the storage's.
 */
public final class StateIncidentSamples {
    public static final Country TM = Country.of("TM");
    public static final Country AZ = Country.of("AZ");
    public static final Country UZ = Country.of("UZ");
    public static final LocalDate AS_OF = LocalDate.of(2021, 1, 1);

    private StateIncidentSamples() {
    }

    public static List<Incident> incidents() {
        List<Incident> out = new ArrayList<>();
        out.add(incident("incident-tm-2019", TM, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 1)));
        out.add(incident("incident-tm-2020-b", TM, LocalDate.of(2020, 5, 1), null));
        out.add(incident("incident-tm-2020-a", TM, LocalDate.of(2020, 5, 1), null));
        out.add(incident("incident-tm-undated", TM, null, null));
        out.add(incident("incident-tm-known-late", TM, LocalDate.of(2018, 1, 1), LocalDate.of(2021, 6, 1)));
        out.add(incident("incident-tm-2022", TM, LocalDate.of(2022, 1, 1), null));
        out.add(incident("incident-tm-linked", TM, LocalDate.of(2020, 7, 1), null, Samples.REQUEST));
        out.add(incident("incident-az-2017", AZ, LocalDate.of(2017, 1, 1), null));
        out.add(incident("incident-az-2020-12", AZ, LocalDate.of(2020, 12, 1), null));
        out.add(incident("incident-uz-2020", UZ, LocalDate.of(2020, 2, 1), null));
        return out;
    }

    /** The sample case and these incidents: what a registry holds for the tests. */
    public static List<RegistryRecord> registry() {
        List<RegistryRecord> all = new ArrayList<>(Samples.all());
        all.addAll(incidents());
        return all;
    }

    /** An incident of {@code state} on {@code date} (none if null), its sources' date {@code knownFrom} (none if null). */
    public static Incident incident(String id, Country state, LocalDate date, LocalDate knownFrom, RecordId... linked) {
        Provenance provenance = knownFrom == null ? Provenance.of(Citation.of(Samples.SOURCE))
                : Provenance.of(knownFrom, Citation.of(Samples.SOURCE));
        return new Incident(RecordId.of(id), Incident.Tactic.ASSAULT, state, Incident.ActingParty.STATE, List.of(), Optional.empty(),
                List.of(), Optional.ofNullable(date).map(ApproximateDate::of), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(linked),
                Optional.empty(), "sample incident " + id, List.of(), provenance);
    }

    public static List<String> ids(List<? extends RegistryRecord> records) {
        return records.stream().map(r -> r.id().value()).toList();
    }
}
