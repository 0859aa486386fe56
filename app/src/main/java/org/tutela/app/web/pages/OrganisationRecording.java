package org.tutela.app.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;

/** A body that acts: a ministry, a court, a bank, a law firm, an NGO, with the state that controls it where one does. */
final class OrganisationRecording implements Recording<Organisation> {
    @Override
    public RecordKind kind() {
        return RecordKind.ORGANISATION;
    }

    @Override
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("organisation")
                .keyed("name", Control.LINE, true)
                .keyed("aliases", Control.TEXT, false)
                .keyed("type", Control.SELECT, false, FormField.choicesOf(Organisation.Type.class))
                .keyed("country", Control.STATE, false)
                .keyed("controllingState", Control.STATE, false)
                .keyed("notes", Control.TEXT, false);
        Recording.layProvenance(form, true);
    }

    @Override
    public Map<String, List<String>> values(Organisation o) {
        Map<String, List<String>> v = Recording.map();
        v.put("name", List.of(o.name()));
        v.put("aliases", List.of(String.join("\n", o.aliases())));
        v.put("type", Recording.one(o.type()));
        o.country().ifPresent(x -> v.put("country", Recording.one(x)));
        o.controllingState().ifPresent(x -> v.put("controllingState", Recording.one(x)));
        o.notes().ifPresent(x -> v.put("notes", Recording.one(x)));
        Recording.provenanceValues(o.provenance(), v);
        return v;
    }

    @Override
    public Organisation build(FormInput in, RecordId id, Optional<Organisation> current) {
        String name = in.requiredLine("name");
        var aliases = in.lines("aliases");
        var type = in.choice("type", Organisation.Type.class).orElse(Organisation.Type.OTHER);
        var country = in.state("country");
        var controllingState = in.state("controllingState");
        var notes = in.text("notes");
        var provenance = Recording.readProvenance(in, current.map(Organisation::provenance));
        if (!in.valid()) {
            return null;
        }
        return new Organisation(id, name, aliases, type, country, controllingState, notes, provenance);
    }
}
