package org.tutela.core.patterns;

import java.util.List;

/**
 * One pattern across records. A detector asks the {@link CaseMap} questions in the domain's words and
 * judges; the map does the reading. Detectors are listed in one place, {@link Patterns#DETECTORS}.
 */
public interface Detector {

    /** Stable id; also the key of the detector's words in the bundles ({@code pattern.<id>.title}). */
    String id();

    /** The legal or documentary grounds the detector rests on, as a bundle key ({@code pattern.<id>.grounds}). */
    default String grounds() {
        return "pattern." + id() + ".grounds";
    }

    List<Finding> detect(CaseMap map);
}
