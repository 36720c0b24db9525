-- Records by classification, oversight level and stage, and running limits by classification and due date, kept by
-- the database with every write (issue 13). The home page of a reader who sees every unit (the Commission's leaders)
-- counted every record by level and stage (28 ms at 200,000 records, 111 ms at a million) and every overdue limit.
-- From these rows each is a sum over a few hundred or a few thousand rows, whatever the number of records.
--
-- Writers never update a shared row: each statement on oversight_record appends its changes to
-- record_tally_change (so concurrent writers do not queue on one counter row or deadlock on two), and a job
-- folds the changes into the tallies every minute (RecordTally.FOLD). A count reads both.
create table record_tally (
    classification  varchar(20) not null,
    oversight_level integer,
    current_stage   varchar(40),
    records         bigint      not null,
    constraint uq_record_tally unique nulls not distinct (classification, oversight_level, current_stage)
);

create table record_tally_change (
    classification  varchar(20) not null,
    oversight_level integer,
    current_stage   varchar(40),
    records         bigint      not null
);

create table record_due_tally (
    classification   varchar(20) not null,
    current_due_date date        not null,
    records          bigint      not null,
    constraint uq_record_due_tally unique (classification, current_due_date)
);

create table record_due_tally_change (
    classification   varchar(20) not null,
    current_due_date date        not null,
    records          bigint      not null
);

create function record_tally_inserted() returns trigger language plpgsql as $$
begin
    insert into record_tally_change (classification, oversight_level, current_stage, records)
    select classification, oversight_level, current_stage, count(*) from inserted_rows group by 1, 2, 3;
    insert into record_due_tally_change (classification, current_due_date, records)
    select classification, current_due_date, count(*) from inserted_rows where current_due_date is not null
    group by 1, 2;
    return null;
end $$;

-- an update that leaves the three columns as they were (most do) appends nothing
create function record_tally_updated() returns trigger language plpgsql as $$
begin
    insert into record_tally_change (classification, oversight_level, current_stage, records)
    select classification, oversight_level, current_stage, sum(records)
    from (select classification, oversight_level, current_stage, -1 as records from old_rows
          union all
          select classification, oversight_level, current_stage, 1 from new_rows) moved
    group by 1, 2, 3 having sum(records) <> 0;
    insert into record_due_tally_change (classification, current_due_date, records)
    select classification, current_due_date, sum(records)
    from (select classification, current_due_date, -1 as records from old_rows where current_due_date is not null
          union all
          select classification, current_due_date, 1 from new_rows where current_due_date is not null) moved
    group by 1, 2 having sum(records) <> 0;
    return null;
end $$;

create function record_tally_deleted() returns trigger language plpgsql as $$
begin
    insert into record_tally_change (classification, oversight_level, current_stage, records)
    select classification, oversight_level, current_stage, -count(*) from deleted_rows group by 1, 2, 3;
    insert into record_due_tally_change (classification, current_due_date, records)
    select classification, current_due_date, -count(*) from deleted_rows where current_due_date is not null
    group by 1, 2;
    return null;
end $$;

create function record_tally_truncated() returns trigger language plpgsql as $$
begin
    delete from record_tally;
    delete from record_tally_change;
    delete from record_due_tally;
    delete from record_due_tally_change;
    return null;
end $$;

create trigger record_tally_insert after insert on oversight_record
    referencing new table as inserted_rows for each statement execute function record_tally_inserted();
create trigger record_tally_update after update on oversight_record
    referencing old table as old_rows new table as new_rows for each statement execute function record_tally_updated();
create trigger record_tally_delete after delete on oversight_record
    referencing old table as deleted_rows for each statement execute function record_tally_deleted();
create trigger record_tally_truncate after truncate on oversight_record
    for each statement execute function record_tally_truncated();

insert into record_tally (classification, oversight_level, current_stage, records)
select classification, oversight_level, current_stage, count(*) from oversight_record group by 1, 2, 3;
insert into record_due_tally (classification, current_due_date, records)
select classification, current_due_date, count(*) from oversight_record where current_due_date is not null
group by 1, 2;
