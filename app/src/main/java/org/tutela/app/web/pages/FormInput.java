package org.tutela.app.web.pages;

import org.tutela.core.registry.ApproximateDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;

/**
 * What a form sent, read field by field. Every reading that fails leaves a message under the field's
 * name instead of throwing, so that one submission reports every problem at once, each beside its field.
 */
public final class FormInput {
    /** One-line fields are names, titles, places: anything longer is a paste gone wrong. */
    static final int MAX_LINE = 1000;

    private final Map<String, List<String>> values;
    private final RegistryView registry;
    private final Words words;
    private final boolean creating;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<RegistryRecord> created = new ArrayList<>();

    /** {@code creating}: the form makes a new record (only then may it create linked records on the way). */
    FormInput(Map<String, List<String>> values, RegistryView registry, Words words, boolean creating) {
        this.values = values;
        this.registry = registry;
        this.words = words;
        this.creating = creating;
    }

    Words words() {
        return words;
    }

    /** The message of the records bundle under {@code key} beside {@code field}. */
    public void errorKey(String field, String key, Object... args) {
        error(field, words.get(key, args));
    }

    /**
     * Keeps a record the form creates on the way (a new victim, perpetrator or source), to be saved in the same
     * transaction as the form's own record. Refused on an edit, whose stale check covers one record only.
     */
    public boolean create(String field, RegistryRecord record) {
        if (!creating) {
            errorKey(field, "records.error.createOnEdit");
            return false;
        }
        created.add(record);
        return true;
    }

    public List<RegistryRecord> created() {
        return List.copyOf(created);
    }

    /** True when any of the fields has a value: a section of the form was filled in. */
    public boolean anyOf(String... names) {
        return Arrays.stream(names).anyMatch(n -> raw(n).stream().anyMatch(v -> v != null && !v.isBlank()));
    }

    public Map<String, List<String>> values() {
        return values;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** What a record's constructor refused, beside {@code field}, in the page's language. */
    public void problem(String field, InvalidRecordException e) {
        error(field, e.problem(words.locale()));
    }

    List<String> raw(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** A one-line text, blank as absent. */
    public Optional<String> line(String name) {
        Optional<String> value = raw(name).stream().filter(v -> v != null && !v.isBlank()).findFirst().map(String::strip);
        if (value.isPresent() && value.get().length() > MAX_LINE) {
            errorKey(name, "records.error.tooLong", value.get().length(), MAX_LINE);
            return Optional.empty();
        }
        if (value.isPresent() && value.get().contains("\n")) {
            errorKey(name, "records.error.oneLine");
            return Optional.empty();
        }
        return value;
    }

    /** A multi-line text, left for the record's own checks (length, control characters). */
    public Optional<String> text(String name) {
        return raw(name).stream().filter(v -> v != null && !v.isBlank()).findFirst().map(String::strip);
    }

    public String requiredText(String name) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            errorKey(name, "records.error.required");
        }
        return value.orElse(null);
    }

    public String requiredLine(String name) {
        boolean blank = raw(name).stream().allMatch(v -> v == null || v.isBlank());
        Optional<String> value = line(name);
        if (blank) {
            errorKey(name, "records.error.required");
        }
        return value.orElse(null);
    }

    /** Non-blank lines of a text area, one value each. */
    public List<String> lines(String name) {
        return text(name).map(t -> Arrays.stream(t.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** A date as the sources give it: a day, a month, a year, "about" (~) or a span (see {@link ApproximateDate}). */
    public Optional<ApproximateDate> date(String name) {
        Optional<String> value = line(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ApproximateDate.parse(name, value.get()));
        } catch (InvalidRecordException e) {
            errorKey(name, "records.error.notADate", value.get());
            return Optional.empty();
        }
    }

    /** A state by ISO code ("KZ"), English name ("Kazakhstan") or name in the form's language ("Belgique"), as the state fields' suggestions offer them. */
    public Optional<Country> state(String name) {
        Optional<String> value = line(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return stateOf(name, value.get());
    }

    /** States, one a line, each as {@link #state} reads it. */
    public List<Country> states(String name) {
        List<Country> out = new ArrayList<>();
        for (String line : lines(name)) {
            stateOf(name, line).filter(c -> !out.contains(c)).ifPresent(out::add);
        }
        return out;
    }

    Optional<Country> stateOf(String name, String v) {
        String code = v.length() > 2 && v.charAt(2) == ' ' ? v.substring(0, 2) : v;
        if (Country.isKnown(code) && code.chars().allMatch(c -> c < 128)) {
            return Optional.of(Country.of(code));
        }
        Optional<Country> byName = Arrays.stream(Locale.getISOCountries())
                .map(Country::of).filter(c -> c.name(Locale.ENGLISH).equalsIgnoreCase(v) || c.name(words.locale()).equalsIgnoreCase(v)).findFirst();
        if (byName.isEmpty()) {
            boolean latin = v.chars().allMatch(c -> c < 128);
            errorKey(name, latin ? "records.error.notAState" : "records.error.notAStateLatin", v);
        }
        return byName;
    }

    public Country requiredState(String name) {
        boolean blank = line(name).isEmpty();
        if (blank && !errors.containsKey(name)) {
            errorKey(name, "records.error.required");
            return null;
        }
        return state(name).orElse(null);
    }

    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        Optional<String> value = line(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.get()));
        } catch (IllegalArgumentException e) {
            errorKey(name, "records.error.notAChoice", value.get());
            return Optional.empty();
        }
    }

    public <E extends Enum<E>> E requiredChoice(String name, Class<E> type) {
        Optional<E> value = choice(name, type);
        if (value.isEmpty() && !errors.containsKey(name)) {
            errorKey(name, "records.error.chooseOne");
        }
        return value.orElse(null);
    }

    public <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (String v : raw(name)) {
            if (v == null || v.isBlank()) {
                continue;
            }
            try {
                out.add(Enum.valueOf(type, v.strip()));
            } catch (IllegalArgumentException e) {
                errorKey(name, "records.error.notAChoice", v);
            }
        }
        return out;
    }

    /** Ids of existing records of the given kinds, chosen from a list. */
    public List<RecordId> records(String name, Set<RecordKind> kinds) {
        List<RecordId> out = new ArrayList<>();
        for (String v : raw(name)) {
            if (v == null || v.isBlank()) {
                continue;
            }
            try {
                RecordId id = RecordId.of(v.strip());
                Optional<RegistryRecord> record = registry.get(id);
                if (record.isEmpty()) {
                    // typed text that is no record's id, or the id of a record the reader may not see: the same answer
                    errorKey(name, "records.error.notARecord", v.strip());
                } else if (!kinds.contains(record.get().kind())) {
                    errorKey(name, "records.error.wrongKind", record.get().label(), words.get("records.kind." + record.get().kind().slug()));
                } else if (!out.contains(id)) {
                    out.add(id);
                }
            } catch (InvalidRecordException e) {
                errorKey(name, "records.error.notARecord", v);
            }
        }
        return out;
    }

    public Optional<RecordId> record(String name, Set<RecordKind> kinds) {
        List<RecordId> ids = records(name, kinds);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    public RecordId requiredRecord(String name, Set<RecordKind> kinds) {
        Optional<RecordId> id = record(name, kinds);
        if (id.isEmpty() && !errors.containsKey(name)) {
            errorKey(name, "records.error.chooseOne");
        }
        return id.orElse(null);
    }

    /**
     * Reports an end before its start beside the end field. The record's constructor makes the same check;
     * doing it here too lets the message appear with the form's other problems rather than after them.
     */
    public void inOrder(String startField, Optional<ApproximateDate> start, String endField, Optional<ApproximateDate> end) {
        if (start.isPresent() && end.isPresent() && end.get().surelyBefore(start.get())) {
            errorKey(endField, "records.error.endsBeforeStart", end.get().text(), start.get().text());
        }
    }

    public boolean checked(String name) {
        return raw(name).stream().anyMatch(v -> "on".equals(v) || "true".equals(v));
    }
}
