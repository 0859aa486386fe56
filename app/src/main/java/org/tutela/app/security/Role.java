package org.tutela.app.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles mirror the users of DOMAIN.md ("Who uses it"). Records are seen only inside the user's
 * compartments whatever the role; a role says what may be done there.
 */
public enum Role {
    /** Runs the installation: users, audit, and the records of its own compartments. */
    ADMINISTRATOR(false, Capability.READ_RECORDS, Capability.WRITE_RECORDS, Capability.STATISTICS, Capability.READ_AUDIT,
            Capability.MANAGE_USERS),
    /** An NGO, bar association or lawyer: records incidents, sources, persons; exports dossiers. */
    DOCUMENTER(false, Capability.READ_RECORDS, Capability.WRITE_RECORDS, Capability.STATISTICS),
    /** A central authority, prosecutor or judge: registers requests and decisions; states why it reads. */
    REVIEWER(true, Capability.READ_RECORDS, Capability.WRITE_RECORDS, Capability.STATISTICS, Capability.ACT_ON_REQUESTS),
    /**
     * An oversight body: reads records and the audit log and changes no record; in a request's workflow it
     * opens reviews, annotates and places holds. States why it reads.
     */
    OVERSIGHT(true, Capability.READ_RECORDS, Capability.STATISTICS, Capability.READ_AUDIT, Capability.ACT_ON_REQUESTS),
    /** Counts and trends; reads records but never changes them. */
    ANALYST(false, Capability.READ_RECORDS, Capability.STATISTICS);

    private final boolean requiresPurpose;
    private final Set<Capability> capabilities;

    Role(boolean requiresPurpose, Capability... capabilities) {
        this.requiresPurpose = requiresPurpose;
        this.capabilities = EnumSet.copyOf(Arrays.asList(capabilities));
    }

    /** Authorities that read other people's files for an official procedure must say which. */
    public boolean requiresPurpose() {
        return requiresPurpose;
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }

    public Set<Capability> capabilities() {
        return EnumSet.copyOf(capabilities);
    }

    public static Role parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a role; expected one of "
                        + Arrays.toString(values())));
    }

    public static Role[] withCapability(Capability capability) {
        return Arrays.stream(values()).filter(r -> r.can(capability)).toArray(Role[]::new);
    }
}
