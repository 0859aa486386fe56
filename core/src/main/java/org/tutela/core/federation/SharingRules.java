package org.tutela.core.federation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one sharing group receives: which kinds of bulletin, and which sensitive fields (none unless a rule says
 * so), as Uwazi's per-partner whitelist of templates and properties. The same rules strip a bulletin before it
 * is signed and judge a received one; the group {@value #ALL_PARTNERS} stands for bulletins sent to every partner.
 */
public record SharingRules(String group, Set<Content.Kind> kinds, Set<Sensitive.Field> fields) {
    public static final String ALL_PARTNERS = "all-partners";

    public SharingRules {
        group = groupName(group);
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        fields = fields == null || fields.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(fields));
    }

    /**
     * What a group receives until someone says otherwise: every kind but protection statuses naming the person
     * (those go encoded, as {@code protected-person}, unless a rule lets the group receive names), no sensitive field.
     */
    public static SharingRules byDefault(String group) {
        return new SharingRules(group, EnumSet.complementOf(EnumSet.of(Content.Kind.PROTECTION)), Set.of());
    }

    static String groupName(String name) {
        return Texts.slug("group", name);
    }

    public boolean receives(Content.Kind kind) {
        // a retraction always passes: it takes back what the group was sent
        return kind == Content.Kind.RETRACTION || kinds.contains(kind);
    }

    /** The content as it may leave for this group, stripped of the sensitive fields the group does not receive. */
    public Content prepare(Content content) {
        if (!receives(content.kind())) {
            throw new FederationInputException("kind", "federation.group.kind-not-received", group, content.kind().text());
        }
        return content.withSensitive(content.sensitive().keeping(fields));
    }

    /** The sensitive fields {@code content} carries that this group may not receive. */
    public Set<Sensitive.Field> forbiddenIn(Content content) {
        Set<Sensitive.Field> forbidden = EnumSet.noneOf(Sensitive.Field.class);
        forbidden.addAll(content.sensitive().carried());
        forbidden.removeAll(fields);
        return forbidden;
    }
}
