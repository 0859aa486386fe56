package org.tutela.core.screening;

import java.util.List;
import org.tutela.core.registry.RecordId;

/**
 * The rules read as if a strong but unconfirmed candidate were the person the request names: "if
 * {@code asWritten} is {@code candidate}, these flags fire". It never replaces the confirmed reading;
 * it keeps a refugee the matcher recognises from looking like a stranger while a reviewer has not yet
 * confirmed who she is, and it holds the band at "suspend pending identification" when a bar would fire.
 */
public record ProvisionalReading(String asWritten, RecordId candidate, String candidateName, double score, String explanation,
                                 List<FlagResult> flags, Band band) {

    public ProvisionalReading {
        flags = List.copyOf(flags);
    }

    public List<FlagResult> fired() {
        return flags.stream().filter(FlagResult::fired).toList();
    }

    /** Ids of the flags that would fire on this identity. */
    public List<String> firedIds() {
        return fired().stream().map(r -> r.flag().id()).toList();
    }

    /** Flags that would fire on this identity and are a bar to cooperation on their own. */
    public List<FlagResult> bars() {
        return fired().stream().filter(r -> r.flag().severity() == Severity.BAR).toList();
    }
}
