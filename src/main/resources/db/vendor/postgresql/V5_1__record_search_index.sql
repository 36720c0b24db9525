-- Free-text search over the folded search key stays fast at hundreds of thousands of records.
-- pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index ix_record_search_trgm on oversight_record using gin (search_text gin_trgm_ops);
