-- Second factor replay, disabled accounts, and API access tokens.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

-- The last TOTP time step accepted for the account: a code of that step or an earlier one is refused,
-- so a code seen over a shoulder or in a log cannot be used again, on this server or another.
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT;
-- A disabled account cannot log in, and its sessions and access tokens stop working.
ALTER TABLE app_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;

-- An access token for API clients. Only the SHA-256 of the token is kept: the token is 256 random bits,
-- so a fast hash suffices (nothing to guess), unlike a password. The token acts with the given role and
-- compartments, never more than its owner has at the moment of use.
CREATE TABLE api_token (
    id          VARCHAR(40)              NOT NULL,
    owner       VARCHAR(64)              NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    role        VARCHAR(40)              NOT NULL,
    label       VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner) REFERENCES app_user (name) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_owner ON api_token (owner);

CREATE TABLE api_token_compartment (
    token_id    VARCHAR(40) NOT NULL,
    compartment VARCHAR(64) NOT NULL,
    CONSTRAINT pk_api_token_compartment PRIMARY KEY (token_id, compartment),
    CONSTRAINT fk_api_token_compartment_token FOREIGN KEY (token_id) REFERENCES api_token (id) ON DELETE CASCADE
);
