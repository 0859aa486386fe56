package org.tutela.core.screening;

import org.tutela.core.registry.ApproximateDate;
import java.util.List;
import java.util.Optional;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.RecordId;

/**
 * One fact that made a flag fire: the record it comes from (the request itself, or a registry record),
 * what it says, the sources backing it, and the date it is about. {@code message} is what it says as a
 * reference to the facts bundle, rendered in the reader's language ({@link FactWording});
 * {@code statement} is the same in English, for readers of the JSON and for reports stored before
 * facts carried messages.
 */
public record Fact(RecordId record, String statement, List<Citation> citations, Optional<ApproximateDate> date,
                   Optional<Message> message) {
    public Fact {
        citations = List.copyOf(citations);
        date = date == null ? Optional.empty() : date;
        message = message == null ? Optional.empty() : message;
    }

    /** A fact stated in words only. */
    public Fact(RecordId record, String statement, List<Citation> citations, Optional<ApproximateDate> date) {
        this(record, statement, citations, date, Optional.empty());
    }

    /** A fact from its message, its English statement rendered from the facts bundle. */
    public static Fact of(RecordId record, Message message, List<Citation> citations, Optional<ApproximateDate> date) {
        return new Fact(record, FactWording.render(message, java.util.Locale.ENGLISH, message.key()), citations, date, Optional.of(message));
    }

    /** A fact drawn from a registry record, with its sources and date, worded by {@code key} in the facts bundle. */
    public static Fact about(org.tutela.core.registry.RegistryRecord record, String key, Object... args) {
        return of(record.id(), Message.of(key, args), record.provenance().citations(), record.eventDate());
    }

    /** The same fact with more to say, in the words of {@code message}. */
    public Fact saying(Message more) {
        return of(record, more, citations, date);
    }
}
