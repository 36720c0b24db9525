/**
 * Files prepared in the background (tệp xuất): XLSX exports of the lists (records, tasks, proposals,
 * inspections, hot spots, the audit log) and, later, the reports' documents. A person asks for a file
 * ({@link vn.theodoi.exports.Exports#start}); a row of {@code prepared_file} records the job and a
 * db-scheduler one-time execution runs it on whichever node picks it, after a restart too (a job cut
 * short by a crash is revived by db-scheduler's dead-execution detection and written again from the
 * start). The job reads with the owner's access as of the time it runs; its progress is written to the
 * row in short transactions, so any node's progress page sees it; the file is kept in the database
 * for {@code theodoi.exports.keep-days} (7) and then removed by a daily cleanup. A finished file waits
 * in the owner's notification inbox. Only the owner can see or download it; every start, completion,
 * download and denial is audited.
 *
 * <p><b>Producers.</b> A file kind is a Spring bean implementing {@link vn.theodoi.exports.FileJob}:
 * the producing module depends on this one, never the reverse (the dependency direction of
 * {@link vn.theodoi.attachments.AttachmentOwner}). The six list exports live in this module's
 * {@code internal} package, calling each list's facade ({@code forEachRow}), so that the listing
 * modules carry no spreadsheet code; the reports module can implement {@code FileJob} itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exports")
package vn.theodoi.exports;
