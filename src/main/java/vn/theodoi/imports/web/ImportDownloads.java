package vn.theodoi.imports.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.imports.Imports;
import vn.theodoi.shared.web.DownloadResponses;

/** The report and the sample sheet as downloads, streamed (pages and API alike). */
final class ImportDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportDownloads() {
    }

    static ResponseEntity<StreamingResponseBody> report(Imports imports, TheodoiUser user, Long id, String format,
            Locale locale) {
        boolean csv = "csv".equalsIgnoreCase(format);
        imports.summary(user, id); // 404 before the stream starts
        return DownloadResponses.attachment("import-" + id + (csv ? ".csv" : ".xlsx"),
                csv ? "text/csv;charset=UTF-8" : XLSX, null, null,
                out -> imports.writeReport(user, id, csv, locale, out));
    }

    static ResponseEntity<StreamingResponseBody> sample(Imports imports) {
        return DownloadResponses.attachment("mau-nhap-vu-an.xlsx", XLSX, null, null, imports::writeSample);
    }
}
