-- The one search's index (issue 14) is kept by the application, in Lucene, next to the database: it holds each
-- searched row's words and the facts the visibility policy looks at. Every change to those is written here, in
-- the same transaction as the change, by the triggers below, with the writing transaction's id. An index reads
-- the changes committed since the snapshot it last read at (those whose transaction that snapshot did not see:
-- search.SearchIndex), so that nothing committed is missed, nothing is applied before it is committed, and any
-- number of application nodes may each keep an index. Rows older than a day are deleted (an index that has not
-- read for longer is built again). A change to a row's list of provinces, agencies, readers or sharing units is a
-- change of the row it lists them for.
create table search_change (
    seq        bigserial primary key,
    table_name varchar(64) not null,
    row_id     bigint not null,
    xid        xid8 not null default pg_current_xact_id(),
    changed_at timestamp with time zone not null default now()
);

create index ix_search_change_xid on search_change (xid);
create index ix_search_change_at on search_change (changed_at);

-- tg_argv[0]: the searched table whose row changed; tg_argv[1]: the column holding that row's id
create function search_changed() returns trigger language plpgsql as $$
declare
    before_id text;
    after_id  text;
begin
    if tg_op <> 'INSERT' then
        before_id := to_jsonb(old) ->> tg_argv[1];
    end if;
    if tg_op <> 'DELETE' then
        after_id := to_jsonb(new) ->> tg_argv[1];
    end if;
    if after_id is not null then
        insert into search_change (table_name, row_id) values (tg_argv[0], after_id::bigint);
    end if;
    if before_id is not null and before_id is distinct from after_id then
        insert into search_change (table_name, row_id) values (tg_argv[0], before_id::bigint);
    end if;
    return null;
end $$;

-- the searched rows: their words, the facts on their row, and for persons and notes the record they belong to;
-- an update only when one of those changed (statements that write every column would otherwise queue each row)
create trigger oversight_record_search_rows after insert or delete on oversight_record
    for each row execute function search_changed('oversight_record', 'id');
create trigger oversight_record_search_update after update of search_text, classification, owner_unit_id, province_codes on oversight_record
    for each row when (old.search_text is distinct from new.search_text
          or old.classification is distinct from new.classification
          or old.owner_unit_id is distinct from new.owner_unit_id
          or old.province_codes is distinct from new.province_codes)
    execute function search_changed('oversight_record', 'id');
create trigger record_person_search_rows after insert or delete on record_person
    for each row execute function search_changed('record_person', 'id');
create trigger record_person_search_update after update of search_text, record_id on record_person
    for each row when (old.search_text is distinct from new.search_text
          or old.record_id is distinct from new.record_id)
    execute function search_changed('record_person', 'id');
create trigger record_note_search_rows after insert or delete on record_note
    for each row execute function search_changed('record_note', 'id');
create trigger record_note_search_update after update of search_text, record_id on record_note
    for each row when (old.search_text is distinct from new.search_text
          or old.record_id is distinct from new.record_id)
    execute function search_changed('record_note', 'id');
create trigger task_search_rows after insert or delete on task
    for each row execute function search_changed('task', 'id');
create trigger task_search_update after update of search_text, classification, lead_organization_id on task
    for each row when (old.search_text is distinct from new.search_text
          or old.classification is distinct from new.classification
          or old.lead_organization_id is distinct from new.lead_organization_id)
    execute function search_changed('task', 'id');
create trigger meeting_search_rows after insert or delete on meeting
    for each row execute function search_changed('meeting', 'id');
create trigger meeting_search_update after update of search_text, classification, owner_unit_id on meeting
    for each row when (old.search_text is distinct from new.search_text
          or old.classification is distinct from new.classification
          or old.owner_unit_id is distinct from new.owner_unit_id)
    execute function search_changed('meeting', 'id');
create trigger inspection_search_rows after insert or delete on inspection
    for each row execute function search_changed('inspection', 'id');
create trigger inspection_search_update after update of search_text, classification, owner_unit_id on inspection
    for each row when (old.search_text is distinct from new.search_text
          or old.classification is distinct from new.classification
          or old.owner_unit_id is distinct from new.owner_unit_id)
    execute function search_changed('inspection', 'id');
create trigger proposal_search_rows after insert or delete on proposal
    for each row execute function search_changed('proposal', 'id');
create trigger proposal_search_update after update of search_text, classification, department_id on proposal
    for each row when (old.search_text is distinct from new.search_text
          or old.classification is distinct from new.classification
          or old.department_id is distinct from new.department_id)
    execute function search_changed('proposal', 'id');
create trigger situation_search_rows after insert or delete on situation
    for each row execute function search_changed('situation', 'id');
create trigger situation_search_update after update of search_text, classification, owner_organization_id, province_code on situation
    for each row when (old.search_text is distinct from new.search_text
          or old.classification is distinct from new.classification
          or old.owner_organization_id is distinct from new.owner_organization_id
          or old.province_code is distinct from new.province_code)
    execute function search_changed('situation', 'id');

-- the lists of provinces, agencies, named readers and sharing units
create trigger record_province_search after insert or update or delete on record_province
    for each row execute function search_changed('oversight_record', 'record_id');
create trigger record_agency_search after insert or update or delete on record_agency
    for each row execute function search_changed('oversight_record', 'record_id');
create trigger record_reader_search after insert or update or delete on record_reader
    for each row execute function search_changed('oversight_record', 'record_id');
create trigger task_province_search after insert or update or delete on task_province
    for each row execute function search_changed('task', 'task_id');
create trigger task_agency_search after insert or update or delete on task_agency
    for each row execute function search_changed('task', 'task_id');
create trigger task_reader_search after insert or update or delete on task_reader
    for each row execute function search_changed('task', 'task_id');
create trigger task_coordinator_search after insert or update or delete on task_coordinator
    for each row execute function search_changed('task', 'task_id');
create trigger meeting_province_search after insert or update or delete on meeting_province
    for each row execute function search_changed('meeting', 'meeting_id');
create trigger meeting_agency_search after insert or update or delete on meeting_agency
    for each row execute function search_changed('meeting', 'meeting_id');
create trigger meeting_reader_search after insert or update or delete on meeting_reader
    for each row execute function search_changed('meeting', 'meeting_id');
create trigger meeting_unit_search after insert or update or delete on meeting_unit
    for each row execute function search_changed('meeting', 'meeting_id');
create trigger inspection_province_search after insert or update or delete on inspection_province
    for each row execute function search_changed('inspection', 'inspection_id');
create trigger inspection_agency_search after insert or update or delete on inspection_agency
    for each row execute function search_changed('inspection', 'inspection_id');
create trigger inspection_reader_search after insert or update or delete on inspection_reader
    for each row execute function search_changed('inspection', 'inspection_id');
create trigger inspection_unit_search after insert or update or delete on inspection_unit
    for each row execute function search_changed('inspection', 'inspection_id');
create trigger proposal_province_search after insert or update or delete on proposal_province
    for each row execute function search_changed('proposal', 'proposal_id');
create trigger proposal_agency_search after insert or update or delete on proposal_agency
    for each row execute function search_changed('proposal', 'proposal_id');
create trigger proposal_reader_search after insert or update or delete on proposal_reader
    for each row execute function search_changed('proposal', 'proposal_id');
create trigger situation_reader_search after insert or update or delete on situation_reader
    for each row execute function search_changed('situation', 'situation_id');

-- which database an index was built from: an index opened against another database is built again
create table search_index_identity (id uuid primary key);
insert into search_index_identity values (gen_random_uuid());
