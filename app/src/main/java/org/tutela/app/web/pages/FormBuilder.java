package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.app.web.pages.FormField.OptionGroup;
import org.tutela.app.web.pages.RecordForm.Section;

/** Lays out a form's fields in sections, filling each with what was entered and the message for it. */
final class FormBuilder {
    private final Map<String, List<String>> values;
    private final Map<String, String> errors;
    private final List<Section> sections = new ArrayList<>();
    private String legend = "";
    private List<FormField> fields = new ArrayList<>();

    FormBuilder(Map<String, List<String>> values, Map<String, String> errors) {
        this.values = values;
        this.errors = errors;
    }

    List<String> valuesOf(String name) {
        return values.getOrDefault(name, List.of());
    }

    FormBuilder section(String name) {
        close();
        legend = name;
        return this;
    }

    FormBuilder field(String name, String label, Control control, boolean required, String help) {
        return field(name, label, control, required, help, List.of());
    }

    FormBuilder field(String name, String label, Control control, boolean required, String help, List<OptionGroup> groups) {
        fields.add(new FormField(name, label, control, required, Optional.ofNullable(help).filter(h -> !h.isEmpty()), groups,
                values.getOrDefault(name, List.of()).stream().filter(v -> v != null).toList(), Optional.ofNullable(errors.get(name))));
        return this;
    }

    java.util.Set<String> fieldNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        sections.forEach(s -> s.fields().forEach(f -> names.add(f.name())));
        fields.forEach(f -> names.add(f.name()));
        return names;
    }

    List<Section> build() {
        close();
        return List.copyOf(sections);
    }

    private void close() {
        if (!fields.isEmpty()) {
            sections.add(new Section(legend, List.copyOf(fields)));
        }
        fields = new ArrayList<>();
    }
}
