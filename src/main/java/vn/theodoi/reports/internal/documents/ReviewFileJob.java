package vn.theodoi.reports.internal.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.exports.FileJob;
import vn.theodoi.exports.InvalidExportRequest;
import vn.theodoi.reports.DocumentFormat;
import vn.theodoi.reports.ReviewRequest;

/**
 * The review documents as background work (kind {@value #KIND}): the reports page queues them, so a long
 * report shows its progress and waits in the person's inbox. Parameters: {@code format} (docx or pdf) and
 * either {@code from} and {@code to} (a review over a period) or {@code number} (since session N).
 */
@Component
class ReviewFileJob implements FileJob {

    static final String KIND = "report";

    private final ReviewGeneration generation;

    ReviewFileJob(ReviewGeneration generation) {
        this.generation = generation;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean countsRows() {
        return false;
    }

    @Override
    public void check(TheodoiUser user, Map<String, String> params) {
        generation.check(user, request(params), format(params));
    }

    @Override
    public String fileName(Map<String, String> params, Locale locale) {
        ReviewRequest request = request(params);
        return ReviewGeneration.fileName(request, new ReviewGeneration.Period(request.from(), request.to(), null),
                format(params));
    }

    @Override
    public String contentType(Map<String, String> params) {
        return format(params).contentType();
    }

    @Override
    public void write(TheodoiUser user, Map<String, String> params, Locale locale, Progress progress,
            OutputStream out) throws IOException {
        progress.total(100);
        generation.write(user, request(params), format(params), out, progress::done);
    }

    /** The same bounds as the page's and the API's query: from the year 2000, in order, at most five years. */
    static ReviewRequest request(Map<String, String> params) {
        String number = params.get("number");
        if (number != null) {
            try {
                int n = Integer.parseInt(number.strip());
                if (n > 0) {
                    return ReviewRequest.sinceSession(n);
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new InvalidExportRequest("report.invalid.session");
        }
        try {
            LocalDate from = LocalDate.parse(params.getOrDefault("from", ""));
            LocalDate to = LocalDate.parse(params.getOrDefault("to", ""));
            if (from.getYear() >= 2000 && !from.isAfter(to) && ChronoUnit.DAYS.between(from, to) <= 5 * 366) {
                return ReviewRequest.period(from, to);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new InvalidExportRequest("report.invalid.period");
    }

    static DocumentFormat format(Map<String, String> params) {
        DocumentFormat format = DocumentFormat.parse(params.get("format"));
        if (format == null) {
            throw new InvalidExportRequest("report.invalid.format");
        }
        return format;
    }
}
