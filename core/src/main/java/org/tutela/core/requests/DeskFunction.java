package org.tutela.core.requests;

import java.util.Arrays;

/**
 * The desk a person acts from in a request's life: the three filters a request passes (DOMAIN.md) and
 * the oversight body that reviews them. A reviewer's account carries one of the first three; the
 * oversight role acts as OVERSIGHT.
 */
public enum DeskFunction {
    CENTRAL_AUTHORITY, PROSECUTOR, INVESTIGATING_JUDGE, OVERSIGHT;

    public static DeskFunction parse(String text) {
        String t = text == null ? "" : text.strip().replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new WorkflowInputException("deskFunction", "'" + text + "' is not a desk function; expected one of "
                        + Arrays.toString(values())));
    }
}
