-- H2 (the embedded default) has no PL/pgSQL; the trigger is a Java class of the audit module.
create trigger audit_entry_no_update before update, delete on audit_entry
    for each row call 'vn.theodoi.audit.AppendOnlyTrigger';
