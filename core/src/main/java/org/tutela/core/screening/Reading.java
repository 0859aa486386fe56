package org.tutela.core.screening;

/**
 * The two readings of "as of a day" a screening can take. {@link #VALID_ON}: what was true on the day, as
 * the registry knows it today (facts recorded later about earlier events count). {@link #KNOWN_ON}: only
 * what had been recorded by the end of the day (UTC), and of that what was true on the day: the screening a
 * desk could have made then. A report says which reading it used.
 */
public enum Reading {
    VALID_ON, KNOWN_ON
}
