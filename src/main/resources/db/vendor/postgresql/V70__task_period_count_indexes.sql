-- A period's task statistics (the home page's chart, the statistics page) count the top-level tasks due in the
-- period and, apart, those without a due date assigned in it (TaskQueries.countsByOrganization). These indexes
-- hold every column those counts read, so each half is an index-only range: at 261,000 tasks the home page's
-- half-year went from 156 ms (the or'ed period, rows read from the table) to about 30 ms.
create index ix_task_period_due on task (due_date)
    include (classification, parent_id, completed_on, lead_organization_id, source_type);
create index ix_task_period_undated on task (assigned_on)
    include (due_date, classification, parent_id, completed_on, lead_organization_id, source_type) where due_date is null;
