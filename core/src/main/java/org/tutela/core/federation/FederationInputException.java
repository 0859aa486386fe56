package org.tutela.core.federation;

/** A bulletin, a partner or a rule that cannot be what it claims: names the field at fault and why. */
public class FederationInputException extends RuntimeException {
    private final String field;

    public FederationInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
