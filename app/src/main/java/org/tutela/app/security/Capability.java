package org.tutela.app.security;

/** What a role may do. Every route of the server needs one of these, or is public (see web.AccessRules). */
public enum Capability {
    /** Read records of one's compartments: pages, API, dossiers, searches. */
    READ_RECORDS,
    /** Create, revise and retract records in one's compartments. */
    WRITE_RECORDS,
    /** Counts and trends over the records of one's compartments. */
    STATISTICS,
    /** Search the audit log. */
    READ_AUDIT,
    /** Create users, change roles and compartments (command line and API). */
    MANAGE_USERS,
    /** Make steps in a request's workflow (decide, hold, record a disclosure, review); which steps, the desk function decides. */
    ACT_ON_REQUESTS
}
