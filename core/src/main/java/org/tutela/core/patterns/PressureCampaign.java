package org.tutela.core.patterns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.RecordId;

/**
 * Repeated pressure on host-state officials about one request or one person: letters from foreign
 * officials, reminders, direct contacts with the prosecutor (flag 12).
 */
public final class PressureCampaign implements Detector {
    /** One letter is pressure; a campaign is more than one act. */
    private static final int CAMPAIGN = 2;

    @Override
    public String id() {
        return "pressure-campaign";
    }

    @Override
    public List<Finding> detect(CaseMap map) {
        List<Finding> found = new ArrayList<>();
        Set<RecordId> placed = new HashSet<>();
        for (CooperationRequest r : map.requests()) {
            List<Incident> pressure = map.incidentsAbout(r.id()).stream().filter(PressureCampaign::isPressure).toList();
            pressure.forEach(i -> placed.add(i.id()));
            if (pressure.size() >= CAMPAIGN) {
                found.add(finding(r.id(), List.of(Evidence.of(r, Part.REQUEST)), pressure));
            }
        }
        // pressure tied to no request is grouped by the person it is about and the state pressed
        Map<String, List<Incident>> byTarget = new LinkedHashMap<>();
        for (Incident i : map.incidents().stream().filter(i -> isPressure(i) && !placed.contains(i.id())).toList()) {
            i.targets().forEach(t -> byTarget.computeIfAbsent(t.value() + "|" + i.hostState().map(Country::code).orElse(""),
                    k -> new ArrayList<>()).add(i));
        }
        byTarget.forEach((key, pressure) -> {
            if (pressure.size() >= CAMPAIGN) {
                found.add(finding(RecordId.of(key.substring(0, key.indexOf('|'))), List.of(), pressure));
            }
        });
        return found;
    }

    static boolean isPressure(Incident i) {
        return i.tactic() == Incident.Tactic.PRESSURE_ON_HOST_OFFICIALS;
    }

    private Finding finding(RecordId anchor, List<Evidence> head, List<Incident> pressure) {
        List<Evidence> evidence = new ArrayList<>(head);
        pressure.forEach(i -> evidence.add(Evidence.of(i, Part.PRESSURE)));
        List<Country> states = new ArrayList<>();
        pressure.forEach(i -> {
            states.add(i.perpetratorState());
            i.hostState().ifPresent(states::add);
        });
        return new Finding(id(), anchor, states, evidence);
    }
}
