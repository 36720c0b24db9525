-- Issue 8: an event records when the next body received the file, and who granted an extension;
-- a record stores the flags of its limits (e.g. a limit through a year without lunar holidays) for lists.
alter table record_event add column file_received_date date;
alter table record_event add column granted_by varchar(40);
alter table oversight_record add column limit_flags varchar(200);
