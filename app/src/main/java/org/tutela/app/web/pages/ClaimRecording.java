package org.tutela.app.web.pages;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tutela.app.web.pages.FormField.Control;
import org.tutela.core.registry.Claim;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;

/**
 * One source's statement of the value of one property of a record: where sources disagree, each gets its claim and
 * the record's page shows them side by side. A claim always cites its source.
 */
final class ClaimRecording implements Recording<Claim> {
    @Override
    public RecordKind kind() {
        return RecordKind.CLAIM;
    }

    @Override
    public void lay(FormBuilder form, boolean creating) {
        form.sectionKey("claim")
                .pick("subject", Control.PICK, true, EnumSet.complementOf(EnumSet.of(RecordKind.CLAIM)))
                .keyed("property", Control.LINE, true)
                .keyed("value", Control.LINE, true);
        Recording.layProvenance(form, false);
    }

    @Override
    public Map<String, List<String>> values(Claim c) {
        Map<String, List<String>> v = Recording.map();
        v.put("subject", Recording.one(c.subject()));
        v.put("property", List.of(c.property()));
        v.put("value", List.of(c.value()));
        Recording.provenanceValues(c.provenance(), v);
        return v;
    }

    @Override
    public Claim build(FormInput in, RecordId id, Optional<Claim> current) {
        var subject = in.requiredRecord("subject", EnumSet.complementOf(EnumSet.of(RecordKind.CLAIM)));
        String property = in.requiredLine("property");
        String value = in.requiredLine("value");
        var provenance = Recording.readProvenance(in, current.map(Claim::provenance));
        if (in.valid() && provenance.citations().isEmpty()) {
            in.errorKey("source", "records.error.claimNeedsSource");
        }
        if (!in.valid()) {
            return null;
        }
        return new Claim(id, subject, property, value, provenance);
    }

    @Override
    public String fieldFor(String recordField) {
        return recordField.startsWith("provenance") ? "source" : Recording.super.fieldFor(recordField);
    }
}
