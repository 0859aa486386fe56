package org.tutela.core.screening.flags;

import org.tutela.core.screening.Rule;

/**
 * One red flag's judgement: it asks the request's context questions in the words of the domain and
 * returns fired (with the facts), not fired (with the reason) or not evaluable (with the questions to
 * ask). Its reading, legal grounds and weight are in the rule pack under {@link #id()}.
 */
public interface Flag extends Rule.Logic {
    /** The flag's id in the rule pack, e.g. TNR-01. */
    String id();
}
