-- The digest of the law (rule table and calendar) the stored due dates were last counted with: when the
-- application starts under another one (an upgrade corrected a rule, another node changed the calendar),
-- every record is counted again.
create table deadline_recount_state (
    id              integer      primary key,
    law_fingerprint varchar(64)  not null,
    recounted_at    timestamp with time zone not null
);
