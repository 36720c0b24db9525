-- The due date's index also carries the record's provinces (V67), so "overdue in this province" is
-- answered from the index alone: its ids in due order, then only the page's rows from the table
-- (RecordQueries.rowsOf). It replaces V57's index of the same key columns.
create index ix_record_due_scope_provinces on oversight_record (current_due_date, classification, owner_unit_id, id)
    include (province_codes);
drop index ix_record_due_scope;
