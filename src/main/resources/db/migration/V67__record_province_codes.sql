-- A record's provinces again as one array on its row, kept equal to record_province by the record
-- aggregate. On PostgreSQL a GIN index on it (vendor migration V67_1) lets a province filter combine
-- with the due-date index, instead of walking every overdue record and probing record_province.
alter table oversight_record add column province_codes varchar(16) array;

update oversight_record r set province_codes = (select array_agg(p.province_code order by p.province_code)
    from record_province p where p.record_id = r.id);
