package org.tutela.core.federation;

/**
 * The publisher withdraws one of its earlier bulletins (sent in error, or no longer shareable): receivers
 * retract what they derived from it. Only the bulletin's own issuer can retract it.
 */
public record Retraction(String bulletin, String reason) implements Content {

    public Retraction {
        bulletin = Bulletin.checkId("bulletin", bulletin);
        reason = Texts.required("reason", reason);
    }

    @Override
    public Kind kind() {
        return Kind.RETRACTION;
    }

    @Override
    public Sensitive sensitive() {
        return Sensitive.none();
    }

    @Override
    public Retraction withSensitive(Sensitive s) {
        return this;
    }
}
