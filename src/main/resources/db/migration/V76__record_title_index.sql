-- An import looks for records with the same title (a duplicate sent again under another code).
create index ix_oversight_record_title on oversight_record (title);
