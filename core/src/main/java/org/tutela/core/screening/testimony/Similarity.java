package org.tutela.core.screening.testimony;

import java.util.List;

/**
 * How far two texts share wording. {@code containment} is the share of the shorter text's word
 * sequences found in the other (1.0 when one is copied into the other, whatever is added around it);
 * {@code jaccard} the share of all distinct word sequences the two have in common;
 * {@code sharedWords} the words of the first text inside shared passages.
 */
public record Similarity(double containment, double jaccard, int sharedWords, List<Passage> passages) {
    public Similarity {
        passages = List.copyOf(passages);
    }
}
