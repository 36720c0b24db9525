-- Record codes are numbered per owning organization and year (VA-2026-BCD-48-0007), so a code tells a
-- reader nothing of how many records other units hold. The global record_code_seq is no longer used.
create table record_code_counter (
    owner_organization_id bigint  not null references organization (id),
    code_year             integer not null,
    last_number           integer not null,
    primary key (owner_organization_id, code_year)
);
