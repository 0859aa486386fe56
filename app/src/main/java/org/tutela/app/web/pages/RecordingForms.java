package org.tutela.app.web.pages;

import java.util.Set;
import org.tutela.core.registry.RecordKind;

/** The recording forms. */
public class RecordingForms {
    static final Set<RecordKind> FORMS = Set.of(RecordKind.INCIDENT, RecordKind.SOURCE, RecordKind.RELATIONSHIP,
            RecordKind.DECISION, RecordKind.PROTECTION_STATUS);

    static boolean editable(RecordKind kind) {
        return FORMS.contains(kind);
    }
}
