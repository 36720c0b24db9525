/**
 * Attachments (tệp đính kèm): the incoming letter, the signed answer, the decision, indictment or
 * judgment attached to a record's event, the documents of a task. PDF, DOCX, PNG, JPEG, WebP and
 * TIFF files, at most {@code theodoi.attachments.max-size} (50 MB) each; the type is read from the
 * bytes (magic numbers; for DOCX the zip's {@code [Content_Types].xml} must declare a Word main
 * part) and a file whose content does not match its name's type is refused. Files are kept under a
 * random key, never under the name a person gave, by one of two stores chosen by
 * {@code theodoi.attachments.store}: {@code filesystem} (the default, under the data directory) or
 * {@code database} (chunks in a table, the production profile's choice). Every upload, download,
 * deletion and refusal is audited.
 *
 * <p><b>Text.</b> The text of a PDF or Word file is read when it is kept ({@link vn.theodoi.shared.DocumentTexts},
 * at most 200,000 characters, a longer text cut) and stored with its search key, so that the one search finds
 * the file by its words ({@code SearchKind.ATTACHMENT}); a file whose text cannot be read (a scanned PDF, a broken
 * file) is kept all the same, without text. Only attachments whose owner the reader may read are found
 * ({@link vn.theodoi.attachments.AttachmentOwner#readableAmong}).
 *
 * <p><b>Owners.</b> This module knows no other module's things: each owning module implements
 * {@link vn.theodoi.attachments.AttachmentOwner} as a Spring bean that names its kind and decides
 * who may read and attach (records: {@code RECORD_EVENT}; tasks: {@code TASK}; proposals:
 * {@code PROPOSAL}). The facade asks the
 * owner before any byte is read or written, so the owner's visibility policy (in its SQL) decides.
 *
 * <p><b>Plugging in a new owner</b> (as proposals did: {@code proposals.internal.ProposalAttachments}):
 * <ol>
 * <li>a {@code @Component} in the owner's {@code internal} package implementing
 * {@link vn.theodoi.attachments.AttachmentOwner}: {@code kind()} returns {@code "PROPOSAL"},
 * {@code mayRead}/{@code mayAttach} use the owner's access policy, {@code pagePath} names the
 * owner's page (where the page upload form returns to);</li>
 * <li>on the owner's page: {@code model.addAttribute("attachments", attachments.list(user, "PROPOSAL", id))}
 * and {@code model.addAttribute("canAttach", attachments.mayAttach(user, "PROPOSAL", id))}, and in
 * the template {@code <div th:replace="~{attachments/fragments :: files(${attachments}, 'PROPOSAL', ${p.id}, ${canAttach})}"></div>};
 * uploads post to {@code /attachments/PROPOSAL/{id}}, downloads are {@code /attachments/{id}};</li>
 * <li>for the API (optional, since {@code POST /api/v1/attachments/PROPOSAL/{id}} and
 * {@code GET /api/v1/attachments?ownerKind=PROPOSAL&ownerId=} already work): a thin
 * {@code POST /api/v1/proposals/{id}/attachments} calling
 * {@link vn.theodoi.attachments.Attachments#store}.</li>
 * </ol>
 * The owner module depends on this one, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package vn.theodoi.attachments;
