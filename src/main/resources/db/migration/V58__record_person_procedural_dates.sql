-- Issue 12: each person's own procedural dates, so a report counts "M bị can / M bị cáo" by the day each
-- person was charged, indicted or tried, whatever the case's own dates (a person charged this half-year in a
-- case initiated years ago counts now).
alter table record_person add column charged_on date;               -- ngày khởi tố bị can
alter table record_person add column indicted_on date;              -- ngày truy tố
alter table record_person add column tried_first_instance_on date;  -- ngày xét xử sơ thẩm
alter table record_person add column tried_appeal_on date;          -- ngày xét xử phúc thẩm
