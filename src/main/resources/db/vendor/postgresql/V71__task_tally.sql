-- Top-level tasks per classification, period day (the due date, or the assignment date of a task without one) and
-- completion state, kept by the database with every write, as V69 keeps the records' (issue 13). The home page's
-- half-year chart counted every task of the period (62,903 at a million records); from these rows it is a sum over
-- at most a few thousand rows. The four statuses follow from them: completed on time or late by the state; open
-- and undated or due today or later is in progress; open and due before today is overdue (TaskStatus).
create table task_tally (
    classification varchar(20) not null,
    period_day     date        not null,
    undated        boolean     not null,
    state          char(1)     not null, -- O open, T completed on time, L completed late
    tasks          bigint      not null,
    constraint uq_task_tally unique (classification, period_day, undated, state)
);

create table task_tally_change (
    classification varchar(20) not null,
    period_day     date        not null,
    undated        boolean     not null,
    state          char(1)     not null,
    tasks          bigint      not null
);

create function task_tally_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into task_tally_change
        select classification, coalesce(due_date, assigned_on), due_date is null,
               case when completed_on is null then 'O' when due_date is null or completed_on <= due_date then 'T'
                    else 'L' end, count(*)
        from new_rows where parent_id is null group by 1, 2, 3, 4;
    elsif tg_op = 'DELETE' then
        insert into task_tally_change
        select classification, coalesce(due_date, assigned_on), due_date is null,
               case when completed_on is null then 'O' when due_date is null or completed_on <= due_date then 'T'
                    else 'L' end, -count(*)
        from old_rows where parent_id is null group by 1, 2, 3, 4;
    else
        -- an update that leaves the key alone (most do) appends nothing
        insert into task_tally_change
        select classification, period_day, undated, state, sum(tasks) from (
            select classification, coalesce(due_date, assigned_on) as period_day, due_date is null as undated,
                   case when completed_on is null then 'O' when due_date is null or completed_on <= due_date then 'T'
                        else 'L' end as state, -1 as tasks
            from old_rows where parent_id is null
            union all
            select classification, coalesce(due_date, assigned_on), due_date is null,
                   case when completed_on is null then 'O' when due_date is null or completed_on <= due_date then 'T'
                        else 'L' end, 1
            from new_rows where parent_id is null) moved
        group by 1, 2, 3, 4 having sum(tasks) <> 0;
    end if;
    return null;
end $$;

create function task_tally_truncated() returns trigger language plpgsql as $$
begin
    delete from task_tally;
    delete from task_tally_change;
    return null;
end $$;

create trigger task_tally_insert after insert on task
    referencing new table as new_rows for each statement execute function task_tally_changed();
create trigger task_tally_update after update on task
    referencing old table as old_rows new table as new_rows for each statement execute function task_tally_changed();
create trigger task_tally_delete after delete on task
    referencing old table as old_rows for each statement execute function task_tally_changed();
create trigger task_tally_truncate after truncate on task
    for each statement execute function task_tally_truncated();

insert into task_tally
select classification, coalesce(due_date, assigned_on), due_date is null,
       case when completed_on is null then 'O' when due_date is null or completed_on <= due_date then 'T'
            else 'L' end, count(*)
from task where parent_id is null group by 1, 2, 3, 4;
