package org.tutela.exchange.ftm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Decision;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.Proceeding;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.core.registry.Relationship;
import org.tutela.core.registry.Source;
import org.tutela.json.RecordJson;

/**
 * FollowTheMoney that FtM's own clients (Aleph, yente, the ftm tools) accept: standard schemata and
 * properties only, checked against the published model ({@link FtmModel}). Tutela's facts go where FtM
 * has a place for them: requests, decisions and protection statuses as {@code Event}s, claims as
 * {@code Note}s, the parties of a case as {@code CourtCaseParty}, every citation as a
 * {@code Documentation} linking the source's {@code Document} to the entity (with locator and passage),
 * which also carries the sources of relationships, whose interval schemata have no {@code proof}.
 * What FtM has no place for (measures, legal bases, grounds, names' structure) stays in the
 * full-fidelity formats.
 */
public final class StrictFtm {
    private final FtmMapping full;
    private final FtmModel model;

    public StrictFtm(RecordJson json) {
        this.full = new FtmMapping(json);
        this.model = FtmModel.published();
    }

    /** The entities standing for one record of {@code view}, which is exported whole. */
    public List<FtmEntity> entities(RegistryRecord record, RegistryView view) {
        List<FtmEntity> out = new ArrayList<>();
        FtmEntity own = standard(record, view);
        boolean thing = model.schema(own.schema()).filter(s -> s.is("Thing")).isPresent();
        if (!thing) {
            // an interval (Family, Employment...) can be neither proven nor documented in FtM: its sources' addresses,
            // publishers and passages go in the interval's own fields
            Builder b = Builder.of(own);
            for (Citation c : record.provenance().citations()) {
                view.get(c.source(), Source.class).ifPresent(src -> b.add("sourceUrl", src.url()).add("publisher", src.publisher()));
                b.add("summary", c.passage());
            }
            own = b.done();
        }
        out.add(own);
        if (record instanceof Proceeding p) {
            p.accused().forEach(a -> out.add(party(p, a, "accused", out.size())));
            p.complainants().forEach(c -> out.add(party(p, c, "complainant", out.size())));
        }
        int n = 0;
        for (Citation c : record.provenance().citations()) {
            n++;
            if (thing && view.get(c.source(), Source.class).isPresent() && !(record instanceof Source)) {
                Builder doc = new Builder(record.id().value() + ".documentation-" + n, "Documentation");
                doc.add("document", c.source().value()).add("entity", record.id().value());
                c.locator().ifPresent(l -> doc.add("role", l));
                c.passage().ifPresent(pass -> doc.add("summary", pass));
                record.provenance().validFrom().ifPresent(d -> doc.add("date", FtmValues.ftmDate(d)));
                out.add(doc.done());
            }
        }
        return out;
    }

    private FtmEntity standard(RegistryRecord record, RegistryView view) {
        if (record instanceof ProtectionStatus s) {
            return new Builder(s.id().value(), "Event").add("name", s.label())
                    .add("date", s.granted()).add("endDate", s.ended()).add("involved", s.person().value())
                    .add("country", code(s.grantingState())).add("country", s.persecutingState().map(StrictFtm::code))
                    .add("organizer", s.grantingBody().map(RecordId::value)).add("description", s.type().name()).done();
        }
        if (record instanceof CooperationRequest r) {
            Builder b = new Builder(r.id().value(), "Event").add("name", r.label()).add("date", r.date())
                    .add("country", code(r.requestingState())).add("country", code(r.requestedState()))
                    .add("organizer", r.requestingAuthority().map(RecordId::value)).add("description", r.type().name());
            r.targets().forEach(t -> b.add("involved", t.value()));
            r.complainants().forEach(c -> b.add("involved", c.value()));
            r.referenceNumbers().forEach(x -> b.add("recordId", x));
            r.allegedFacts().forEach(f -> b.add("summary", f));
            return b.done();
        }
        if (record instanceof Decision d) {
            Builder b = new Builder(d.id().value(), "Event").add("name", d.label()).add("date", d.date())
                    .add("organizer", d.body().map(RecordId::value)).add("country", d.state().map(StrictFtm::code))
                    .add("description", d.outcome().name()).add("summary", d.reasoning());
            d.concerning().forEach(c -> b.add("involved", c.value()));
            return b.done();
        }
        if (record instanceof Claim c) {
            return new Builder(c.id().value(), "Note").add("entity", c.subject().value())
                    .add("name", c.property()).add("description", c.value()).done();
        }
        if (record instanceof Relationship r && r.type() == Relationship.Type.ASSOCIATE
                && !(view.get(r.from()).orElse(null) instanceof Person && view.get(r.to()).orElse(null) instanceof Person)) {
            // FtM's Associate ties two persons; any other pair is an UnknownLink
            return new Builder(r.id().value(), "UnknownLink").add("subject", r.from().value()).add("object", r.to().value())
                    .add("role", r.detail()).add("startDate", r.provenance().validFrom()).add("endDate", r.provenance().validTo()).done();
        }
        return trimmed(record);
    }

    /** The full mapping's entity with every property a standard client would reject left out. */
    private FtmEntity trimmed(RegistryRecord record) {
        FtmEntity e = full.toEntity(record);
        Builder b = new Builder(e.id(), e.schema());
        e.properties().forEach((name, values) -> {
            if (model.writable(e.schema(), name)) {
                values.forEach(v -> b.add(name, v));
            }
        });
        if (record instanceof Incident i) {
            i.perpetrators().forEach(p -> b.add("organizer", p.actor().value()));
            b.add("country", code(i.perpetratorState())).add("description", i.tactic().name());
        }
        if (record instanceof Source s) {
            // FtM requires a file name of every Document; a source known by address is named after its last segment
            b.add("fileName", s.url().map(u -> u.replaceAll("[?#].*$", "").replaceAll("/+$", "")).map(u -> u.substring(u.lastIndexOf('/') + 1))
                    .filter(name -> !name.isBlank() && !name.contains(":")).orElse(s.id().value()));
            b.replace("language", s.language().flatMap(StrictFtm::language));
            b.add("name", s.title());
        }
        return b.done();
    }

    private FtmEntity party(Proceeding p, RecordId who, String role, int n) {
        return new Builder(p.id().value() + ".party-" + n, "CourtCaseParty").add("case", p.id().value()).add("party", who.value())
                .add("role", role).done();
    }

    private static String code(Country c) {
        return c.code().toLowerCase(Locale.ROOT);
    }

    /** FtM languages are ISO 639-2 codes ({@code eng}); Tutela keeps what the source gave ({@code en}). */
    private static Optional<String> language(String tag) {
        try {
            String three = Locale.forLanguageTag(tag).getISO3Language();
            return three.length() == 3 ? Optional.of(three) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** Collects the properties of one entity, dropping empty values. */
    private static final class Builder {
        private final String id;
        private final String schema;
        private final Map<String, List<String>> properties = new LinkedHashMap<>();

        Builder(String id, String schema) {
            this.id = id;
            this.schema = schema;
        }

        static Builder of(FtmEntity e) {
            Builder b = new Builder(e.id(), e.schema());
            e.properties().forEach((k, values) -> values.forEach(v -> b.add(k, v)));
            return b;
        }

        Builder add(String property, String value) {
            if (value != null && !value.isBlank()) {
                List<String> values = properties.computeIfAbsent(property, k -> new ArrayList<>());
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
            return this;
        }

        Builder add(String property, Optional<?> value) {
            value.ifPresent(v -> add(property, v instanceof LocalDate d ? d.toString()
                    : v instanceof org.tutela.core.registry.ApproximateDate d ? FtmValues.ftmDate(d) : v.toString()));
            return this;
        }

        Builder replace(String property, Optional<String> value) {
            properties.remove(property);
            return add(property, value);
        }

        FtmEntity done() {
            return new FtmEntity(id, schema, properties, Optional.empty());
        }
    }
}
