package org.tutela.app.web.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
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

/**
 * Words for people rather than for machines: enum constants as phrases, states by name, records by
 * their label. Templates reach it as {@code @labels}.
 */
@Component("labels")
public class Labels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private final Registry registry;

    public Labels(Registry registry) {
        this.registry = registry;
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
        return phrase(constant);
    }

    public String state(Object country) {
        if (country instanceof Optional<?> opt) {
            return opt.map(this::state).orElse("—");
        }
        if (country instanceof Country c) {
            return c.name() + " (" + c.code() + ")";
        }
        return country == null ? "—" : country.toString();
    }

    public String date(Object date) {
        if (date instanceof Optional<?> opt) {
            return opt.map(this::date).orElse("—");
        }
        return date instanceof LocalDate d ? DAY.format(d) : date == null ? "—" : date.toString();
    }

    /** The label of the record behind an id, or the id itself when it is not (or no longer) in the registry. */
    public String of(Object id) {
        if (id instanceof Optional<?> opt) {
            return opt.map(this::of).orElse("—");
        }
        if (id instanceof RecordId rid) {
            return registry.get(rid).map(Labels::title).orElse(rid.value());
        }
        return id == null ? "—" : id.toString();
    }

    /** "Persons", "Protection statuses": a kind counted. */
    public String plural(RecordKind kind) {
        String one = phrase(kind);
        return one.endsWith("s") ? one + "es" : one + "s";
    }

    public String kind(Object record) {
        if (record instanceof RegistryRecord r) {
            return phrase(r.kind());
        }
        if (record instanceof RecordKind k) {
            return phrase(k);
        }
        return "";
    }

    /** A title fit for a heading: enum parts of generated labels turned into words. */
    public static String title(RegistryRecord record) {
        if (record instanceof Incident i) {
            return phrase(i.tactic()) + " by " + i.perpetratorState().name() + i.date().map(d -> ", " + DAY.format(d)).orElse("");
        }
        if (record instanceof CooperationRequest r) {
            return phrase(r.type()) + " request, " + r.requestingState().name() + " → " + r.requestedState().name()
                    + r.date().map(d -> ", " + DAY.format(d)).orElse("");
        }
        if (record instanceof Decision d) {
            return phrase(d.outcome()) + d.date().map(x -> ", " + DAY.format(x)).orElse("");
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

    public String titleOf(RegistryRecord record) {
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
