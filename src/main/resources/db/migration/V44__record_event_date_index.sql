-- "Since session N" counts the procedure events dated since a day, among the records a person may see:
-- an index by date, so the count reads the period's events only.
create index ix_record_event_date on record_event (event_date, record_id);
