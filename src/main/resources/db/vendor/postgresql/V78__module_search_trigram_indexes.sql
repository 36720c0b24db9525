-- Free text over tasks, proposals, hot spots, inspections and meetings searched their folded search key by
-- reading every row (at a million records' proportions: tasks 147 ms, proposals 92 ms, hot spots 66 ms for
-- "dau thau"). The same trigram index as the records' (V5_1) answers "contains" from the index.
create extension if not exists pg_trgm;
create index ix_task_search_trgm on task using gin (search_text gin_trgm_ops);
create index ix_proposal_search_trgm on proposal using gin (search_text gin_trgm_ops);
create index ix_situation_search_trgm on situation using gin (search_text gin_trgm_ops);
create index ix_inspection_search_trgm on inspection using gin (search_text gin_trgm_ops);
create index ix_meeting_search_trgm on meeting using gin (search_text gin_trgm_ops);
