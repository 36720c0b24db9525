-- Issue 12: a report's records' figures and their lists, each an indexed range over the period.
-- Cases by an event in force of one type dated in the period (initiated, indicted, judged; matters closed)
-- (H2 has no partial index: the index carries the superseding column instead)
create index ix_record_event_type_date on record_event (type, event_date, record_id, superseded_by_id);
-- Persons by their own procedural dates
create index ix_record_person_charged on record_person (charged_on, record_id);
create index ix_record_person_indicted on record_person (indicted_on, record_id);
create index ix_record_person_tried_first on record_person (tried_first_instance_on, record_id);
create index ix_record_person_tried_appeal on record_person (tried_appeal_on, record_id);
-- Damage and recoveries dated in the period, summed from the index alone
create index ix_record_money_kind_date on record_money (kind, as_of, record_id, amount_vnd);
-- Level decisions in the period, and each record's level on a day (its decisions in order, read from the index)
create index ix_record_level_change_date on record_level_change (decided_on, record_id, oversight_level);
create index ix_record_level_change_order on record_level_change (record_id, decided_on, id, oversight_level);
