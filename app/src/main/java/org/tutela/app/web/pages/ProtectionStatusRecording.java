package org.tutela.app.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.ProtectionStatus;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;

/** Refugee or asylum status, or a recognised designation such as "lawyer at risk". */
final class ProtectionStatusRecording implements Recording<ProtectionStatus> {
    @Override
    public RecordKind kind() {
        return RecordKind.PROTECTION_STATUS;
    }

    @Override
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("status")
                .pick("person", Control.PICK, true, Set.of(RecordKind.PERSON))
                .keyed("type", Control.SELECT, true, FormField.choicesOf(ProtectionStatus.Type.class))
                .keyed("grantingState", Control.STATE, true)
                .keyed("persecutingState", Control.STATE, false)
                .keyed("granted", Control.DATE, false)
                .keyed("ended", Control.DATE, false)
                .pick("grantingBody", Control.PICK, false, Set.of(RecordKind.ORGANISATION));
        Recording.layProvenance(form, false);
    }

    @Override
    public Map<String, List<String>> values(ProtectionStatus s) {
        Map<String, List<String>> v = Recording.map();
        v.put("person", Recording.one(s.person()));
        v.put("type", Recording.one(s.type()));
        v.put("grantingState", Recording.one(s.grantingState()));
        s.persecutingState().ifPresent(x -> v.put("persecutingState", Recording.one(x)));
        s.granted().ifPresent(x -> v.put("granted", Recording.one(x)));
        s.ended().ifPresent(x -> v.put("ended", Recording.one(x)));
        s.grantingBody().ifPresent(x -> v.put("grantingBody", Recording.one(x)));
        Recording.provenanceValues(s.provenance(), v);
        return v;
    }

    @Override
    public ProtectionStatus build(FormInput in, RecordId id, Optional<ProtectionStatus> current) {
        var person = in.requiredRecord("person", Set.of(RecordKind.PERSON));
        var type = in.requiredChoice("type", ProtectionStatus.Type.class);
        var grantingState = in.requiredState("grantingState");
        var persecutingState = in.state("persecutingState");
        var granted = in.date("granted");
        var ended = in.date("ended");
        in.inOrder("granted", granted, "ended", ended);
        var grantingBody = in.record("grantingBody", Set.of(RecordKind.ORGANISATION));
        var provenance = Recording.readProvenance(in, current.map(ProtectionStatus::provenance));
        if (!in.valid()) {
            return null;
        }
        return new ProtectionStatus(id, person, type, grantingState, persecutingState, granted, ended, grantingBody, provenance);
    }
}
