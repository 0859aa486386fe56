package org.tutela.core.screening;

import java.util.List;

/**
 * The lawyer-readable description of one red flag, as the rule pack's data file states it: an id
 * citing the flag's number in the domain description (TNR-01 ... TNR-16), its title, weight, legal
 * grounds, what it means when it fires, and what to require if the request goes ahead.
 */
public record RedFlag(String id, int number, String title, Severity severity, List<String> legalGrounds,
                      String explanation, String safeguard) {
    public RedFlag {
        legalGrounds = List.copyOf(legalGrounds);
    }
}
