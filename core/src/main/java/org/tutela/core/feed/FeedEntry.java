package org.tutela.core.feed;

import java.util.Optional;
import org.tutela.core.registry.Revision;

/**
 * One change in the feed: the revision a commit wrote, at its position. Positions follow commit order
 * with no gaps, so a consumer that has handled position n has handled every change before it.
 */
public record FeedEntry(long position, Revision revision, Optional<String> compartment) {
    public FeedEntry {
        if (position < 1) {
            throw new IllegalArgumentException("position must be 1 or more, not " + position);
        }
        if (revision == null) {
            throw new IllegalArgumentException("revision is required");
        }
        compartment = compartment == null ? Optional.empty() : compartment;
    }
}
