package org.tutela.core.federation;

/**
 * A bulletin as it travels: its canonical form (RFC 8785 JSON, UTF-8: the bytes signed), the id of the key
 * that signed it and the Ed25519 signature. {@code bulletin} is what those bytes were read into.
 */
public record Envelope(Bulletin bulletin, byte[] canonical, String keyId, byte[] signature) {
    public Envelope {
        Texts.value("bulletin", bulletin);
        Texts.value("canonical", canonical);
        keyId = Texts.required("key", keyId);
        Texts.value("signature", signature);
        canonical = canonical.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] canonical() {
        return canonical.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
