-- The owning unit of a record: its department when it has one, otherwise its owning organization.
-- Department staff's scope is a set of units, so their lists and counts read one column and can
-- be answered from an index alone.
alter table oversight_record add column owner_unit_id bigint
    generated always as (coalesce(owner_department_id, owner_organization_id)) stored;
