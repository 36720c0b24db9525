-- When the record was handed to the specialist who follows it now: a department head's workload
-- page counts the days a record has waited with that person from here. Records followed before
-- this column existed count from their last change, the best that was stored.
alter table oversight_record add column followed_since timestamp with time zone;
update oversight_record set followed_since = updated_at where responsible_username is not null;
create index ix_record_unit_follower on oversight_record (owner_unit_id, responsible_username, followed_since);
