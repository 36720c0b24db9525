-- Serves "records of this province" together with another index's bitmap (the due date's).
create index ix_record_province_codes on oversight_record using gin (province_codes);
