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
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("document")
                .keyed("title", Control.LINE, true)
                .keyed("publisher", Control.LINE, false)
                .keyed("author", Control.LINE, false)
                .keyed("published", Control.DATE, false)
                .keyed("url", Control.LINE, false)
                .keyed("type", Control.SELECT, false, FormField.choicesOf(Source.Type.class))
                .keyed("reliability", Control.SELECT, false, FormField.choicesOf(Source.Reliability.class))
                .keyed("language", Control.LINE, false);
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
