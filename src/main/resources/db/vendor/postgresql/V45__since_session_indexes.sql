-- "Since session N" reads the procedure events in force dated since a day, by type, and the records
-- changed since that day, among those a person may see: both from indexes alone.
drop index ix_record_event_date;
create index ix_record_event_current_date on record_event (event_date, type, record_id)
    where superseded_by_id is null;
create index ix_record_updated_scope on oversight_record (updated_at, classification, owner_unit_id, id);
