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
    public String title() {
        return "Record a protection status";
    }

    @Override
    public String intro() {
        return "International protection a person holds: refugee or asylum status granted by a state against the state of "
                + "feared persecution, or a recognised designation such as lawyer at risk.";
    }

    @Override
    public void lay(FormBuilder form, Choices choices) {
        form.section("The status")
                .field("person", "Person", Control.SELECT, true, null, choices.persons())
                .field("type", "Status", Control.SELECT, true, null, FormField.choicesOf(ProtectionStatus.Type.class))
                .field("grantingState", "Granted by (state)", Control.STATE, true, "ISO code or English name")
                .field("persecutingState", "Against (state of feared persecution)", Control.STATE, false,
                        "Required for refugee, asylum and subsidiary protection")
                .field("granted", "Granted on", Control.DATE, false, null)
                .field("ended", "Ended on", Control.DATE, false, "Leave empty if it still holds")
                .field("grantingBody", "Granting body", Control.SELECT, false, null, choices.organisations());
        Recording.layProvenance(form, choices, false);
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
