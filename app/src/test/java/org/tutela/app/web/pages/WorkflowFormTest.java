package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.tutela.app.requests.StepInput;
import org.tutela.core.requests.Condition;
import org.tutela.core.requests.Step;

/** A step's form read as the API's JSON: nested fields, checked conditions, the evidence, numbers typed as text. */
class WorkflowFormTest {
    @Test
    void aFormBecomesTheStepTheApiWouldTake() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", "token");
        form.add("step", "DECIDE_MEASURE");
        form.add("revision", "3");
        form.add("measure", "2");
        form.add("outcome", "AUTHORISED_WITH_CONDITIONS");
        form.add("conditions", "SPECIALITY");
        form.add("conditions", "NO_ONWARD_TRANSFER");
        form.add("reason", " named accounts only ");
        StepInput input = StepInput.read(WorkflowPage.json(form));
        assertThat(input.revision()).contains(3);
        assertThat(input.reason()).isEqualTo("named accounts only");
        assertThat(input.step()).isEqualTo(new Step.DecideMeasure(2, Step.DecideMeasure.MeasureOutcome.AUTHORISED_WITH_CONDITIONS,
                java.util.List.of(Condition.of(Condition.Kind.SPECIALITY), Condition.of(Condition.Kind.NO_ONWARD_TRANSFER))));

        LinkedMultiValueMap<String, String> check = new LinkedMultiValueMap<>();
        check.add("step", "CHECK_CONDITION");
        check.add("condition", "1");
        check.add("state", "BREACHED");
        check.add("evidence.note", "the bar president was not told");
        check.add("evidence.record", "incident-x");
        check.add("disclosure.what", "");
        Step.CheckCondition c = (Step.CheckCondition) StepInput.read(WorkflowPage.json(check)).step();
        assertThat(c.evidence()).singleElement().satisfies(e -> assertThat(e.record()).isPresent());
    }
}
