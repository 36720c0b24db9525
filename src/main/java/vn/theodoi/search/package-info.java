/**
 * One search (tìm kiếm): a box in the header finds records, the persons of records, tasks, meetings and their
 * conclusions, proposals, inspections, hot spots, notes and the text of attachments by a word of them, with or
 * without diacritics, whole words only ("an" is not found inside "nhân"); results are ranked (an exact code
 * first), grouped by kind and highlighted.
 *
 * <p><b>Sources.</b> This module knows no other module's tables: each module that holds searchable things
 * implements {@link vn.theodoi.search.SearchSource} as a Spring bean in its {@code internal} package, and answers
 * from its own search keys ({@link vn.theodoi.shared.VietnameseText#searchKey}) with its own visibility policy in
 * the same SQL statement ({@link vn.theodoi.search.SearchQuery#narrow}), so that no result, count or highlight
 * shows what the reader may not see. The module depends on the sources' interface only, never on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package vn.theodoi.search;
