-- The audit log is append-only in the database itself, whoever connects.
create or replace function audit_entry_is_append_only() returns trigger as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$ language plpgsql;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
