package org.tutela.storage.security;

import java.util.Optional;

/**
 * The result of checking the audit chain: how many entries were checked, the last hash (an operator
 * keeps it elsewhere: it is what shows that entries were cut off the end), and the first broken entry.
 */
public record ChainCheck(long entries, String headHash, Optional<Broken> firstBroken) {
    public record Broken(long seq, String reason) {
    }

    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
