package org.tutela.core.requests.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.tutela.core.registry.CooperationRequest.Measure.Kind;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.DeskFunction;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/** A coercive measure (search, seizure, bank or telecom data, freezing, arrest) is authorised only by an investigating judge. */
public final class CoerciveMeasureNeedsJudge implements WorkflowRule {
    static final Set<Kind> COERCIVE = EnumSet.of(Kind.SEARCH_HOME, Kind.SEARCH_OFFICE, Kind.SEIZE_DEVICES, Kind.SEIZE_DOCUMENTS,
            Kind.BANK_RECORDS, Kind.TELECOM_DATA, Kind.ASSET_FREEZE, Kind.ARREST, Kind.SURRENDER);

    public String id() {
        return "CoerciveMeasureNeedsJudge";
    }

    public String grounds() {
        return "coercive measures need a judge's warrant (Belgian Code of Criminal Procedure; ECHR Art. 8)";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        if (attempt.step() instanceof Step.DecideMeasure m && m.authorises() && !attempt.actor().actsAs(DeskFunction.INVESTIGATING_JUDGE)) {
            return file.measure(m.measure()).filter(i -> COERCIVE.contains(i.measure().kind()))
                    .<Verdict>map(i -> reject("rule.measure.coercive", m.measure(), i.measure().kind())).orElse(Verdict.allowed());
        }
        return Verdict.allowed();
    }
}
