-- Where the records a partner's bulletins become are written (docs/federation.md, Compartments): the receiving
-- compartment an administrator sets per partner. A partner without a row writes into the unassigned pool.

CREATE TABLE federation_receiving (
    partner_id  VARCHAR(63) NOT NULL,
    compartment VARCHAR(64) NOT NULL,
    CONSTRAINT pk_federation_receiving PRIMARY KEY (partner_id),
    CONSTRAINT fk_federation_receiving_partner FOREIGN KEY (partner_id) REFERENCES federation_partner (id)
);
