-- Issue 9: the home page's tiles and the list filter records behind a directed milestone ("chậm so với mốc
-- chỉ đạo") and records whose last day to request an extension has passed while the limit still runs
-- ("đã qua ngày đề nghị gia hạn"), always within the reader's visibility, with an index behind each.

-- The earliest target date among the record's milestones not yet achieved, derived by the aggregate like the
-- running limit's dates, so "behind a milestone" is one indexed range: next_milestone_date < today.
alter table oversight_record add column next_milestone_date date;
update oversight_record r set next_milestone_date = (
    select min(m.target_date) from record_milestone m where m.record_id = r.id and m.achieved_on is null);
create index ix_record_next_milestone on oversight_record (next_milestone_date, id);
-- department staff read their own unit's records: the scope column first
create index ix_record_unit_next_milestone on oversight_record (owner_unit_id, next_milestone_date);
create index ix_record_unit_request on oversight_record (owner_unit_id, current_request_deadline);
-- the specialist filter and "my records", sorted by the nearest deadline
create index ix_record_responsible_due on oversight_record (responsible_username, current_due_date, id);
-- the month calendar of directed milestones
create index ix_record_milestone_open on record_milestone (target_date, achieved_on, record_id);
