package org.tutela.app.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Source;

/** A document facts are drawn from, with its reliability. */
final class SourceRecording implements Recording<Source> {
    @Override
    public RecordKind kind() {
        return RecordKind.SOURCE;
    }

    @Override
    public String title() {
        return "Record a source";
    }

    @Override
    public String intro() {
        return "A document that facts are drawn from: a report, an article, a court document, a testimony. "
                + "Grade how far it can be relied on.";
    }

    @Override
    public void lay(FormBuilder form, Choices choices) {
        form.section("The document")
                .field("title", "Title", Control.LINE, true, null)
                .field("publisher", "Publisher", Control.LINE, false, null)
                .field("author", "Author", Control.LINE, false, null)
                .field("published", "Published", Control.DATE, false, null)
                .field("url", "Address (URL)", Control.LINE, false, "http:// or https://")
                .field("type", "Type", Control.SELECT, false, null, FormField.choicesOf(Source.Type.class))
                .field("reliability", "Reliability", Control.SELECT, false, "Admiralty grading",
                        FormField.choicesOf(Source.Reliability.class))
                .field("language", "Language", Control.LINE, false, "e.g. en, fr, ru");
    }

    @Override
    public Map<String, List<String>> values(Source s) {
        Map<String, List<String>> v = Recording.map();
        v.put("title", Recording.one(s.title()));
        s.publisher().ifPresent(x -> v.put("publisher", Recording.one(x)));
        s.author().ifPresent(x -> v.put("author", Recording.one(x)));
        s.published().ifPresent(x -> v.put("published", Recording.one(x)));
        s.url().ifPresent(x -> v.put("url", Recording.one(x)));
        v.put("type", Recording.one(s.type()));
        v.put("reliability", Recording.one(s.reliability()));
        s.language().ifPresent(x -> v.put("language", Recording.one(x)));
        return v;
    }

    @Override
    public Source build(FormInput in, RecordId id, Optional<Source> current) {
        String title = in.requiredLine("title");
        var publisher = in.line("publisher");
        var author = in.line("author");
        var published = in.date("published");
        var url = in.line("url");
        var type = in.choice("type", Source.Type.class).orElse(Source.Type.OTHER);
        var reliability = in.choice("reliability", Source.Reliability.class).orElse(Source.Reliability.CANNOT_BE_JUDGED);
        var language = in.line("language");
        if (!in.valid()) {
            return null;
        }
        return new Source(id, title, publisher, author, published, url, type, reliability, language,
                current.map(Source::provenance).orElse(Provenance.none()));
    }
}
