-- "Since session N" reads the procedure events dated since a day, by type, and the records changed
-- since that day, among those a person may see (H2 has no partial index: the events index holds all).
drop index ix_record_event_date;
create index ix_record_event_current_date on record_event (event_date, type, record_id, superseded_by_id);
create index ix_record_updated_scope on oversight_record (updated_at, classification, owner_unit_id, id);
