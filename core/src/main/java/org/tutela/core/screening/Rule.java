package org.tutela.core.screening;

/**
 * The logic of one red flag. Its wording (questions to ask, thresholds) comes from the rule pack
 * through {@link Wording}, so that the logic holds no text a lawyer would want to change.
 */
public record Rule(String flagId, Logic logic) {

    @FunctionalInterface
    public interface Logic {
        Outcome evaluate(RequestContext request, Wording wording);
    }

    /** The rule pack's text and numbers for one flag. */
    public interface Wording {
        /** The question {@code flag.<id>.ask.<key>} of the rule pack. */
        Question ask(String key);

        /** The number {@code flag.<id>.param.<key>} of the rule pack. */
        double parameter(String key);
    }

    public Outcome evaluate(RequestContext request, RulePack pack) {
        return logic.evaluate(request, new Wording() {
            @Override
            public Question ask(String key) {
                return pack.question(flagId, key);
            }

            @Override
            public double parameter(String key) {
                return pack.parameter(flagId, key);
            }
        });
    }
}
