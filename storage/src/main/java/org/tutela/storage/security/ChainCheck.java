package org.tutela.storage.security;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking the audit chain: how many entries were checked, the last hash, the first broken
 * entry (or checkpoint), how many signed checkpoints vouched for the chain, and what the check could not
 * establish (an unkeyed chain, no checkpoint yet).
 */
public record ChainCheck(long entries, String headHash, Optional<Broken> firstBroken, long checkpoints, List<String> warnings) {
    public record Broken(long seq, String reason) {
    }

    public ChainCheck {
        warnings = List.copyOf(warnings);
    }

    public ChainCheck(long entries, String headHash, Optional<Broken> firstBroken) {
        this(entries, headHash, firstBroken, 0, List.of());
    }

    public boolean intact() {
        return firstBroken.isEmpty();
    }

    ChainCheck with(long checkpointCount, Optional<Broken> broken, List<String> moreWarnings) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(moreWarnings);
        return new ChainCheck(entries, headHash, firstBroken.or(() -> broken), checkpointCount, all);
    }
}
