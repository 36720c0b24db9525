-- Tamper-evident audit log (module: audit). Each entry carries its place in the chain, the hash of
-- the entry before it and its own hash over its content and that previous hash (the canonical
-- content is defined in vn.theodoi.audit.AuditChain and docs/architecture.md). Entries written
-- before this migration have no place in the chain; the first chained entry counts them.
alter table audit_entry add column chain_position bigint;
alter table audit_entry add column previous_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
create unique index ux_audit_chain_position on audit_entry (chain_position);

-- The head of the chain: one row, locked by every append so that concurrent writers (threads or
-- application nodes) never fork the chain.
create table audit_chain_head (
    id             integer     primary key,
    last_position  bigint      not null,
    last_hash      varchar(64) not null,
    last_entry_id  bigint
);
insert into audit_chain_head (id, last_position, last_hash, last_entry_id)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', null);
