-- A keyed record's dates beside its keys, so that "how many incidents of this state as of that day, and
-- which are the latest" is answered from the index without reading the records: event_date is the
-- record's date (core's RegistryRecord.eventDate), known_from the day its sources say it came to be
-- (provenance.validFrom); a screening as of a day counts a record when neither is later. V121 fills
-- them for the keys written before.
ALTER TABLE record_key ADD COLUMN event_date DATE;
ALTER TABLE record_key ADD COLUMN known_from DATE;
DROP INDEX ix_record_key_value;
CREATE INDEX ix_record_key_dated ON record_key (key_name, key_value, event_date, known_from, record_id);

-- The requests whose file records a breach (a condition breached, a disclosure in breach): what a later
-- screening of the same state asks about, instead of reading every request the state sent.
CREATE INDEX ix_request_alert_kind ON request_alert (kind, request_id);
