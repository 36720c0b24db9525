-- The one search finds the persons of the records a reader may see (issue 14). A reader who sees a small part of
-- the records (a province's, a department's) and types a name common among persons ("long", "nguyễn văn") had
-- every person holding it fetched and joined to their record before the record's visibility could be checked:
-- 74,000 persons for "long" at a million records, 100-370 ms. The persons' rows now carry the facts of their
-- record that the visibility policy looks up through an index (classification, owning unit, provinces), kept
-- equal to the record's by the triggers below, so that the persons' word bitmap is intersected with them inside
-- the indexes as the records' is. The record's own visibility stays in the statement: these only narrow it.
alter table record_person add column record_classification varchar(20);
alter table record_person add column record_owner_unit_id bigint;
alter table record_person add column record_province_codes varchar(16) array;

update record_person p
   set record_classification = r.classification, record_owner_unit_id = r.owner_unit_id,
       record_province_codes = r.province_codes
  from oversight_record r
 where r.id = p.record_id;

create function record_person_takes_record_facts() returns trigger language plpgsql as $$
begin
    select r.classification, r.owner_unit_id, r.province_codes
      into new.record_classification, new.record_owner_unit_id, new.record_province_codes
      from oversight_record r where r.id = new.record_id;
    return new;
end $$;

create trigger record_person_record_facts before insert or update of record_id on record_person
    for each row execute function record_person_takes_record_facts();

create function oversight_record_gives_person_facts() returns trigger language plpgsql as $$
begin
    update record_person
       set record_classification = new.classification, record_owner_unit_id = new.owner_unit_id,
           record_province_codes = new.province_codes
     where record_id = new.id;
    return null;
end $$;

create trigger oversight_record_person_facts after update of classification, owner_unit_id, province_codes
    on oversight_record for each row
    when (old.classification is distinct from new.classification
          or old.owner_unit_id is distinct from new.owner_unit_id
          or old.province_codes is distinct from new.province_codes)
    execute function oversight_record_gives_person_facts();

create index ix_record_person_record_provinces on record_person using gin (record_province_codes);
create index ix_record_person_record_unit on record_person (record_owner_unit_id);
