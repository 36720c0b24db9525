/**
 * Reading a text (đọc văn bản, tiếp nhận văn bản): a person pastes a conclusion, a notice, minutes or a news
 * report, or uploads it as .txt, .docx or .pdf; a rule-based engine that fetches nothing reads it against the
 * organization tree, the provinces and the records the person may see, and proposes links to the records it
 * names and the tasks its directing sentences give (title, lead organization, due date, record). The person
 * accepts, edits or rejects each; only then, in one transaction, are the tasks created through the tasks
 * module and the records noted through the records module. Each text, its proposals and the decision are kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest")
package vn.theodoi.ingest;
