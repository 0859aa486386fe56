package org.tutela.app.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a recording form as the shared form template draws it: its control, its choices
 * (grouped, as tactics are grouped by family), what was entered, and the message beside it.
 */
public record FormField(String name, String label, Control control, boolean required, Optional<String> help,
                        List<OptionGroup> groups, List<String> values, Optional<String> error, List<String> kinds) {

    /**
     * How a field is drawn. {@code PICK} and {@code PICKS} choose one or several records by searching as one types
     * (the {@code kinds} they accept, the records already chosen as options) rather than from a list of every record.
     */
    public enum Control { LINE, TEXT, DATE, STATE, SELECT, MULTISELECT, CHECKBOXES, RECORDS, PICK, PICKS }

    public record Option(String value, String label) {
    }

    /** Choices under a heading; an empty heading draws them ungrouped. */
    public record OptionGroup(String label, List<Option> options) {
    }

    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean has(String value) {
        return values.contains(value);
    }

    public String id() {
        return "f-" + name;
    }

    public String errorId() {
        return "e-" + name;
    }

    public String helpId() {
        return "h-" + name;
    }

    /** The ids of the help text and of the message, for {@code aria-describedby}: only those that are drawn. */
    public String describedBy() {
        String ids = (help.isPresent() || control == Control.PICKS ? helpId() : "") + (error.isPresent() ? " " + errorId() : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** The record kinds a picker searches, as the picker endpoint takes them ({@code person organisation}). */
    public String kindList() {
        return String.join(" ", kinds);
    }

    public boolean picker() {
        return control == Control.PICK || control == Control.PICKS;
    }

    public boolean grouped() {
        return groups.size() > 1 || groups.stream().anyMatch(g -> !g.label().isEmpty());
    }

    public List<Option> options() {
        return groups.stream().flatMap(g -> g.options().stream()).toList();
    }

    static <E extends Enum<E>> List<OptionGroup> choicesOf(Class<E> type) {
        return List.of(new OptionGroup("", Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.name(), Labels.phrase(e))).toList()));
    }

    static <E extends Enum<E>, G extends Enum<G>> List<OptionGroup> choicesOf(Class<E> type, Class<G> groupType, Function<E, G> groupOf) {
        return Arrays.stream(groupType.getEnumConstants())
                .map(g -> new OptionGroup(Labels.phrase(g), Arrays.stream(type.getEnumConstants()).filter(e -> groupOf.apply(e) == g)
                        .map(e -> new Option(e.name(), Labels.phrase(e))).toList()))
                .toList();
    }
}
