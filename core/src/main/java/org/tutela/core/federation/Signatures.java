package org.tutela.core.federation;

import java.security.GeneralSecurityException;
import java.security.Signature;

/** Ed25519 verification over the canonical bytes of a bulletin. */
public final class Signatures {
    private Signatures() {
    }

    public static boolean verify(PublicKeyText key, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key.key());
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (java.security.SignatureException | java.security.InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }
}
