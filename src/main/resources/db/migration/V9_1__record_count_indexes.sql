-- Counts by level and stage (home page) and list totals, answered from indexes alone:
-- for readers who see everything, and for department staff by owning unit.
create index ix_record_level_stage on oversight_record (classification, oversight_level, current_stage);
create index ix_record_unit_level_stage on oversight_record (owner_unit_id, classification, oversight_level,
    current_stage, id);
