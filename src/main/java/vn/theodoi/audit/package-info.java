/**
 * The audit log (nhật ký kiểm toán): who did what, when, to which target, with what outcome and
 * from which address. Append-only: the module has no code path that updates or deletes an entry,
 * and the database refuses it too. Other modules write through {@link vn.theodoi.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.theodoi.audit;
