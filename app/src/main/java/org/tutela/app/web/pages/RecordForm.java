package org.tutela.app.web.pages;

import java.util.List;
import java.util.Optional;

/** A whole recording form: its sections of fields, where it posts, and any problem not tied to one field. */
public record RecordForm(String title, String intro, String action, List<Section> sections, Optional<String> formError,
                         Optional<Integer> revision, String submit, String cancelHref) {

    public record Section(String legend, List<FormField> fields) {
    }

    public boolean hasErrors() {
        return formError.isPresent() || sections.stream().flatMap(s -> s.fields().stream()).anyMatch(f -> f.error().isPresent());
    }

    public int errorCount() {
        return (int) sections.stream().flatMap(s -> s.fields().stream()).filter(f -> f.error().isPresent()).count()
                + (formError.isPresent() ? 1 : 0);
    }
}
