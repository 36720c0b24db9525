package vn.theodoi.reports;

import vn.theodoi.access.Clearance;

/** What was written: the file's name, its secrecy mark, and whether the PDF carries the generator's signature. */
public record GeneratedDocument(String fileName, DocumentFormat format, Clearance secrecy, boolean signed) {
}
