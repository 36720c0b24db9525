-- The owning unit of a record: its department when it has one, otherwise its owning organization.
alter table oversight_record add column owner_unit_id bigint
    generated always as (coalesce(owner_department_id, owner_organization_id));
