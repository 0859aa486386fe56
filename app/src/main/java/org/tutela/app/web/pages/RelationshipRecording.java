package org.tutela.app.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Relationship;

/** A tie between two persons or organisations. */
final class RelationshipRecording implements Recording<Relationship> {
    @Override
    public RecordKind kind() {
        return RecordKind.RELATIONSHIP;
    }

    @Override
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("tie")
                .keyed("type", Control.SELECT, true, FormField.choicesOf(Relationship.Type.class))
                .pick("from", Control.PICK, true, IncidentRecording.PARTIES)
                .pick("to", Control.PICK, true, IncidentRecording.PARTIES)
                .keyed("detail", Control.LINE, false);
        Recording.layProvenance(form, true);
    }

    @Override
    public Map<String, List<String>> values(Relationship r) {
        Map<String, List<String>> v = Recording.map();
        v.put("type", Recording.one(r.type()));
        v.put("from", Recording.one(r.from()));
        v.put("to", Recording.one(r.to()));
        r.detail().ifPresent(x -> v.put("detail", Recording.one(x)));
        Recording.provenanceValues(r.provenance(), v);
        return v;
    }

    @Override
    public Relationship build(FormInput in, RecordId id, Optional<Relationship> current) {
        var type = in.requiredChoice("type", Relationship.Type.class);
        var from = in.requiredRecord("from", IncidentRecording.PARTIES);
        var to = in.requiredRecord("to", IncidentRecording.PARTIES);
        var detail = in.line("detail");
        var provenance = Recording.readProvenance(in, current.map(Relationship::provenance));
        if (!in.valid()) {
            return null;
        }
        return new Relationship(id, type, from, to, detail, provenance);
    }
}
