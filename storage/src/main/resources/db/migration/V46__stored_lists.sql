-- Imported watch and wanted lists, kept in the (encrypted) database instead of clear files under
-- <data>/lists: the list's facts and how to read it (meta, JSON) and the text it was imported from
-- (source), from which the in-memory name index is rebuilt at every start.
CREATE TABLE stored_list (
    id          VARCHAR(200)             NOT NULL,
    meta        TEXT                     NOT NULL,
    source      TEXT                     NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_stored_list PRIMARY KEY (id)
);
