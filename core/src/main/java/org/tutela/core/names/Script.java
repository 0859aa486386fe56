package org.tutela.core.names;

import com.ibm.icu.lang.UScript;

/** The writing system of a name part, as far as matching needs to know it. */
public enum Script {
    LATIN, CYRILLIC, OTHER, MIXED;

    public static Script of(String text) {
        boolean latin = false;
        boolean cyrillic = false;
        boolean other = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            int s = UScript.getScript(cp);
            if (s == UScript.LATIN) {
                latin = true;
            } else if (s == UScript.CYRILLIC) {
                cyrillic = true;
            } else {
                other = true;
            }
        }
        int kinds = (latin ? 1 : 0) + (cyrillic ? 1 : 0) + (other ? 1 : 0);
        if (kinds > 1) {
            return MIXED;
        }
        return latin ? LATIN : cyrillic ? CYRILLIC : OTHER;
    }
}
