-- Users, their compartments, the compartment of each record, and the audit log.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

-- An account. The password is an Argon2id hash in PHC form; the TOTP secret is Base32.
-- session_epoch grows on "log out everywhere", a role change or a new password: sessions opened under
-- an older epoch are refused.
CREATE TABLE app_user (
    name            VARCHAR(64)              NOT NULL,
    password_hash   VARCHAR(400)             NOT NULL,
    role            VARCHAR(40)              NOT NULL,
    totp_secret     VARCHAR(200),
    failed_attempts INTEGER                  NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    session_epoch   INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (name)
);

-- One-time recovery codes for the second factor, stored as hashes.
CREATE TABLE user_recovery_code (
    user_name VARCHAR(64)  NOT NULL,
    code_hash VARCHAR(400) NOT NULL,
    CONSTRAINT fk_user_recovery_code_user FOREIGN KEY (user_name) REFERENCES app_user (name) ON DELETE CASCADE
);
CREATE INDEX ix_user_recovery_code_user ON user_recovery_code (user_name);

-- Which compartments (an organisation's case file) a user belongs to.
CREATE TABLE user_compartment (
    user_name   VARCHAR(64)  NOT NULL,
    compartment VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_user_compartment PRIMARY KEY (user_name, compartment),
    CONSTRAINT fk_user_compartment_user FOREIGN KEY (user_name) REFERENCES app_user (name) ON DELETE CASCADE
);

-- The compartment a record belongs to. Kept outside the records: the domain does not know who may see
-- what. A record with no row here is seen by nobody through the server (deny by default).
CREATE TABLE record_compartment (
    record_id   VARCHAR(160) NOT NULL,
    compartment VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_record_compartment PRIMARY KEY (record_id)
);
CREATE INDEX ix_record_compartment_compartment ON record_compartment (compartment, record_id);

-- Append-only audit log. Each entry's hash is SHA-256(previous hash + the entry's canonical form), so a
-- changed or removed row breaks the chain from that row on.
CREATE TABLE audit_entry (
    seq        BIGINT                   NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(200)             NOT NULL,
    action     VARCHAR(40)              NOT NULL,
    target     VARCHAR(2000)            NOT NULL,
    purpose    VARCHAR(2000)            NOT NULL,
    outcome    VARCHAR(40)              NOT NULL,
    detail     VARCHAR(4000)            NOT NULL,
    prev_hash  VARCHAR(64)              NOT NULL,
    hash       VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq)
);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX ix_audit_entry_target ON audit_entry (target, seq);
