package org.tutela.core.requests;

import java.time.LocalDate;

/**
 * One policy a step must pass: it asks the file and the attempt questions in the domain's words and
 * returns an allowance or a rejection with its reason. Listed in {@link WorkflowRules}.
 */
public interface WorkflowRule {
    /** A short stable id, named in every rejection: "NoDisclosureUnderHold". */
    String id();

    /** What the rule protects, for the documentation and the pages. */
    String grounds();

    Verdict judge(RequestFile file, Attempt attempt, LocalDate today);

    default Verdict reject(String key, Object... args) {
        return Verdict.rejected(id(), key, args);
    }
}
