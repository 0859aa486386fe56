package org.tutela.core.requests.rules;

import java.time.LocalDate;
import org.tutela.core.requests.Attempt;
import org.tutela.core.requests.RequestFile;
import org.tutela.core.requests.Verdict;
import org.tutela.core.requests.WorkflowRule;

/** Only someone acting from a desk (central authority, prosecutor, investigating judge, oversight) moves a request. */
public final class ActorHasDeskFunction implements WorkflowRule {
    public String id() {
        return "ActorHasDeskFunction";
    }

    public String grounds() {
        return "each filter of a request is a public office; an account without a desk function has none";
    }

    public Verdict judge(RequestFile file, Attempt attempt, LocalDate today) {
        return attempt.actor().function().isEmpty() ? reject("rule.desk.none", attempt.actor().name()) : Verdict.allowed();
    }
}
