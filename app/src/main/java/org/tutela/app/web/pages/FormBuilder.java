package org.tutela.app.web.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.app.web.pages.FormField.Option;
import org.tutela.app.web.pages.FormField.OptionGroup;
import org.tutela.app.web.pages.RecordForm.Section;
import org.tutela.core.registry.RecordKind;

/**
 * Lays out a form's fields in sections, filling each with what was entered and the message for it.
 * Fields laid by key take their label and help from the {@code records} bundle: {@code records.<form>.<field>}
 * (then {@code records.field.<field>}, shared by every form) and the same with {@code .help}.
 */
final class FormBuilder {
    private final Map<String, List<String>> values;
    private final Map<String, String> errors;
    private final Words words;
    private final String form;
    private final Function<String, Optional<String>> titleOf;
    private final List<Section> sections = new ArrayList<>();
    private String legend = "";
    private List<FormField> fields = new ArrayList<>();

    FormBuilder(Map<String, List<String>> values, Map<String, String> errors, Words words, String form,
                Function<String, Optional<String>> titleOf) {
        this.values = values;
        this.errors = errors;
        this.words = words;
        this.form = form;
        this.titleOf = titleOf;
    }

    List<String> valuesOf(String name) {
        return values.getOrDefault(name, List.of());
    }

    Words words() {
        return words;
    }

    FormBuilder section(String name) {
        close();
        legend = name;
        return this;
    }

    /** A section whose legend is {@code records.<form>.section.<key>} or {@code records.section.<key>}. */
    FormBuilder sectionKey(String key, Object... args) {
        return section(words.maybe("records." + form + ".section." + key, args)
                .orElseGet(() -> words.get("records.section." + key, args)));
    }

    FormBuilder field(String name, String label, Control control, boolean required, String help) {
        return field(name, label, control, required, help, List.of());
    }

    FormBuilder field(String name, String label, Control control, boolean required, String help, List<OptionGroup> groups) {
        return add(name, label, control, required, help, groups, List.of());
    }

    /** A field whose label and help come from the bundle. */
    FormBuilder keyed(String name, Control control, boolean required) {
        return keyed(name, control, required, List.of());
    }

    FormBuilder keyed(String name, Control control, boolean required, List<OptionGroup> groups) {
        return keyedAs(name, name, control, required, groups);
    }

    /** A field named {@code name} in the form, worded as {@code key} (numbered rows share their words). */
    FormBuilder keyedAs(String name, String key, Control control, boolean required, List<OptionGroup> groups) {
        String label = words.first("records." + form + "." + key, "records.field." + key)
                .orElseThrow(() -> new IllegalStateException("no label records." + form + "." + key + " in the records bundle"));
        String help = words.first("records." + form + "." + key + ".help", "records.field." + key + ".help").orElse(null);
        return add(name, label, control, required, help, groups, List.of());
    }

    /**
     * A picker: the reader types part of a record's title and chooses among the matches of the given kinds
     * that the reader may see. The records already chosen are drawn with their titles.
     */
    FormBuilder pick(String name, Control control, boolean required, Set<RecordKind> kinds) {
        return pickAs(name, name, control, required, kinds);
    }

    FormBuilder pickAs(String name, String key, Control control, boolean required, Set<RecordKind> kinds) {
        List<Option> chosen = valuesOf(name).stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                .map(id -> new Option(id, titleOf.apply(id).orElse(id))).toList();
        String label = words.first("records." + form + "." + key, "records.field." + key)
                .orElseThrow(() -> new IllegalStateException("no label records." + form + "." + key + " in the records bundle"));
        String help = words.first("records." + form + "." + key + ".help", "records.field." + key + ".help").orElse(null);
        List<String> slugs = java.util.Arrays.stream(RecordKind.values()).filter(kinds::contains).map(RecordKind::slug).toList();
        return add(name, label, control, required, help, List.of(new OptionGroup("", chosen)), slugs);
    }

    private FormBuilder add(String name, String label, Control control, boolean required, String help, List<OptionGroup> groups,
                            List<String> kinds) {
        // the registry's codes among the choices read in the page's language; a record picked keeps its title
        if (control != Control.PICK && control != Control.PICKS) {
            groups = groups.stream().map(g -> new OptionGroup(g.label().isEmpty() ? "" : words.label(codeOf(g.label()), g.label()),
                    g.options().stream().map(o -> new FormField.Option(o.value(), words.label(o.value(), o.label()))).toList())).toList();
        }
        fields.add(new FormField(name, label, control, required, Optional.ofNullable(help).filter(h -> !h.isEmpty()), groups,
                values.getOrDefault(name, List.of()).stream().filter(v -> v != null).toList(), Optional.ofNullable(errors.get(name)),
                kinds));
        return this;
    }

    /** The code a group's English heading was made from (Labels.phrase undone): "state actor" → STATE_ACTOR. */
    private static String codeOf(String heading) {
        return heading.toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    Set<String> fieldNames() {
        Set<String> names = new HashSet<>();
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
