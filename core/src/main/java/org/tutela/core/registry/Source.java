package org.tutela.core.registry;

import java.util.Optional;
import java.util.Set;

/** A document facts are drawn from, with how far it can be relied on. */
public record Source(RecordId id, String title, Optional<String> publisher, Optional<String> author,
                     Optional<ApproximateDate> published, Optional<String> url, Type type, Reliability reliability,
                     Optional<String> language, Provenance provenance) implements RegistryRecord {

    public enum Type { NEWS_ARTICLE, NGO_REPORT, NGO_STATEMENT, TESTIMONY, COURT_DOCUMENT, OFFICIAL_DOCUMENT, UN_DOCUMENT, LIST, OTHER }

    /** The source's reliability, after the Admiralty grading used in human-rights documentation. */
    public enum Reliability { CONFIRMED, PROBABLY_TRUE, POSSIBLY_TRUE, DOUBTFUL, CANNOT_BE_JUDGED }

    public Source {
        Fields.required("id", id);
        title = Fields.text("title", title);
        publisher = Fields.optionalText("publisher", publisher);
        author = Fields.optionalText("author", author);
        published = Fields.optional(published);
        url = Fields.optionalText("url", url);
        if (url.isPresent() && !url.get().matches("(?i)https?://\\S+")) {
            throw InvalidRecordException.of("url", "problem.url", url.get());
        }
        type = type == null ? Type.OTHER : type;
        reliability = reliability == null ? Reliability.CANNOT_BE_JUDGED : reliability;
        language = Fields.optionalText("language", language);
        provenance = provenance == null ? Provenance.none() : provenance;
    }

    @Override
    public Optional<ApproximateDate> eventDate() {
        return published.or(provenance::validFrom);
    }

    @Override
    public String label() {
        return title + publisher.map(p -> " (" + p + ")").orElse("");
    }

    @Override
    public Set<RecordId> referencedIds() {
        return References.of(provenance);
    }
}
