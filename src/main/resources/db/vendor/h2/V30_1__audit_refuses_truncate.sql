-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table that a foreign key references:
-- the chain head names the last entry, so TRUNCATE audit_entry is refused on H2 as it is on
-- PostgreSQL (where a statement trigger refuses it and this key would only change the message).
alter table audit_chain_head add constraint audit_entry_append_only_head
    foreign key (last_entry_id) references audit_entry (id);
