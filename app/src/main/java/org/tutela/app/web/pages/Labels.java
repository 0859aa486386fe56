package org.tutela.app.web.pages;

import java.time.LocalDate;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.DateWording;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.Relationship;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.screening.FactWording;

/**
 * Words for people rather than for machines: enum constants as phrases, states by name, records by
 * their label, dates in full, all in the page's language. Templates reach it as {@code @labels}; the
 * static methods give the English words for code that has no page (logs, the API).
 */
@Component("labels")
public class Labels {
    private final Registry registry;
    private final MessageSource messages;

    public Labels(Registry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static boolean english() {
        return locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** A day in the page's language ("4 December 2026", "4 décembre 2026", "4 декабря 2026"). */
    private static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }

    /** A state's name in the page's language. */
    private static String stateName(Country country) {
        return country.name(locale());
    }

    /**
     * A code in words in the page's language: a record kind from the common bundle, any other code from
     * the words the screening reports use (core's facts bundle, {@code code.<CODE>}); the English phrase
     * where neither has it.
     */
    private String words(Object constant) {
        if (constant instanceof RecordKind kind) {
            return messages.getMessage("kind." + kind.slug(), null, phrase(kind), locale());
        }
        if (constant == null || english()) {
            return phrase(constant);
        }
        return FactWording.code(constant.toString(), locale()).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .orElse(phrase(constant));
    }

    /** {@code KIDNAPPING_PLOT} as "Kidnapping plot". */
    public static String phrase(Object constant) {
        if (constant == null) {
            return "";
        }
        String words = constant.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        words = words.replace("mla", "MLA").replace("aml", "AML").replace("un body", "UN body")
                .replace("untoc", "UNTOC").replace("uncac", "UNCAC").replace("coe ", "CoE ").replace("interpol", "INTERPOL").replace("co opting", "co-opting");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String human(Object constant) {
        return words(constant);
    }

    /**
     * A value with its valid time as the sources date it, in the page's language: "journalist since 2013",
     * "Belgium (BE) 2016–2019", "Kazakhstan (KZ) until 2015"; recorded without dates, the value alone.
     */
    public String held(Object value) {
        if (!(value instanceof org.tutela.core.registry.Held<?> h)) {
            return value instanceof Country c ? state(c) : words(value);
        }
        String what = h.value() instanceof Country c ? state(c) : words(h.value());
        if (h.from().isPresent() && h.until().isPresent()) {
            return messages.getMessage("person.held.between", new Object[] {what, date(h.from()), date(h.until())}, locale());
        }
        if (h.from().isPresent()) {
            return messages.getMessage("person.held.since", new Object[] {what, date(h.from())}, locale());
        }
        return h.until().isPresent() ? messages.getMessage("person.held.until", new Object[] {what, date(h.until())}, locale()) : what;
    }

    public String state(Object country) {
        if (country instanceof Optional<?> opt) {
            return opt.map(this::state).orElse("—");
        }
        if (country instanceof Country c) {
            return stateName(c) + " (" + c.code() + ")";
        }
        return country == null ? "—" : country.toString();
    }

    /** "Since" a date of the registry, with the preposition its precision calls for ("depuis 2013", "depuis le 3 mai 2013"). */
    public String since(Optional<ApproximateDate> date) {
        return date.map(d -> DateWording.since(d, locale())).orElse("");
    }

    /** "Until" a date of the registry, likewise ("jusqu’en 2015", "jusqu’au 3 mai 2015"). */
    public String until(Optional<ApproximateDate> date) {
        return date.map(d -> DateWording.until(d, locale())).orElse("");
    }

    public String date(Object date) {
        if (date instanceof Optional<?> opt) {
            return opt.map(this::date).orElse("—");
        }
        if (date instanceof ApproximateDate d) {
            // as precise as it was recorded: "2013", "May 2013", "about 2013", never a day that is not known
            return DateWording.format(d, locale());
        }
        return date instanceof LocalDate d ? day(d) : date == null ? "—" : date.toString();
    }

    /** The label of the record behind an id, or the id itself when it is not (or no longer) in the registry. */
    public String of(Object id) {
        if (id instanceof Optional<?> opt) {
            return opt.map(this::of).orElse("—");
        }
        if (id instanceof RecordId rid) {
            return registry.get(rid).map(this::titleOf).orElse(rid.value());
        }
        return id == null ? "—" : id.toString();
    }

    /** "Persons", "Protection statuses": a kind counted. */
    public String plural(RecordKind kind) {
        String one = phrase(kind);
        return messages.getMessage("kind." + kind.slug() + ".plural", null, one.endsWith("s") ? one + "es" : one + "s", locale());
    }

    public String kind(Object record) {
        if (record instanceof RegistryRecord r) {
            return words(r.kind());
        }
        if (record instanceof RecordKind k) {
            return words(k);
        }
        return "";
    }

    /** A title fit for a heading: enum parts of generated labels turned into words. */
    public static String title(RegistryRecord record) {
        if (record instanceof Incident i) {
            return phrase(i.tactic()) + " by " + i.perpetratorState().name() + i.date().map(d -> ", " + DateWording.english(d)).orElse("");
        }
        if (record instanceof CooperationRequest r) {
            return phrase(r.type()) + " request, " + r.requestingState().name() + " → " + r.requestedState().name()
                    + r.date().map(d -> ", " + DateWording.english(d)).orElse("");
        }
        if (record instanceof Decision d) {
            return phrase(d.outcome()) + d.date().map(x -> ", " + DateWording.english(x)).orElse("");
        }
        if (record instanceof ProtectionStatus p) {
            return phrase(p.type()) + " status, " + p.grantingState().name()
                    + p.persecutingState().map(s -> " (from " + s.name() + ")").orElse("");
        }
        if (record instanceof Relationship r) {
            return phrase(r.type()) + r.detail().map(d -> " (" + d + ")").orElse("");
        }
        if (record instanceof Proceeding p) {
            // recorders write "number not given in the sources: <what the case is>" where no number is known
            return org.tutela.core.network.NetworkReading.numbered(p.caseNumber()) ? p.state().name() + " case " + p.caseNumber()
                    : p.state().name() + ": " + p.caseNumber().replaceFirst("(?i)^number not given in the sources:\\s*", "");
        }
        return record.label();
    }

    /** {@link #title} in the page's language: the same parts, put together by the common bundle's {@code title.*} patterns. */
    public String titleOf(RegistryRecord record) {
        Locale locale = locale();
        if (record instanceof Incident i) {
            return i.date().map(d -> messages.getMessage("title.incident.dated", new Object[] {words(i.tactic()), stateName(i.perpetratorState()), DateWording.format(d, locale)}, locale))
                    .orElseGet(() -> messages.getMessage("title.incident", new Object[] {words(i.tactic()), stateName(i.perpetratorState())}, locale));
        }
        if (record instanceof CooperationRequest r) {
            String kind = messages.getMessage("title.request." + r.type().name(), new Object[] {stateName(r.requestingState()),
                    stateName(r.requestedState())}, locale);
            return kind + r.date().map(d -> ", " + DateWording.format(d, locale)).orElse("");
        }
        if (record instanceof Decision d) {
            return words(d.outcome()) + d.date().map(x -> ", " + DateWording.format(x, locale)).orElse("");
        }
        if (record instanceof ProtectionStatus p) {
            return p.persecutingState()
                    .map(from -> messages.getMessage("title.protection.from", new Object[] {words(p.type()), stateName(p.grantingState()), stateName(from)}, locale))
                    .orElseGet(() -> messages.getMessage("title.protection", new Object[] {words(p.type()), stateName(p.grantingState())}, locale));
        }
        if (record instanceof Relationship r) {
            return words(r.type()) + r.detail().map(d -> " (" + d + ")").orElse("");
        }
        if (record instanceof Proceeding p && org.tutela.core.network.NetworkReading.numbered(p.caseNumber())) {
            return messages.getMessage("title.proceeding", new Object[] {stateName(p.state()), p.caseNumber()}, locale);
        }
        if (record instanceof Proceeding p) {
            return stateName(p.state()) + ": " + p.caseNumber().replaceFirst("(?i)^number not given in the sources:\\s*", "");
        }
        return title(record);
    }

    /** The page of a record: persons have their own. */
    public static String href(RecordId id, RecordKind kind) {
        return (kind == RecordKind.PERSON ? "/persons/" : "/records/") + id.value();
    }

    public String href(Object target) {
        if (target instanceof RegistryRecord r) {
            return href(r.id(), r.kind());
        }
        if (target instanceof Optional<?> opt) {
            return opt.map(this::href).orElse("#");
        }
        if (target instanceof RecordId id) {
            return registry.get(id).map(r -> href(r.id(), r.kind())).orElse("/records/" + id.value());
        }
        return "#";
    }
}
