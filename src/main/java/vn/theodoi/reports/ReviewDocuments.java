package vn.theodoi.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.meetings.MeetingSummary;
import vn.theodoi.meetings.Meetings;
import vn.theodoi.reports.internal.documents.ReviewGeneration;

/**
 * The review documents (báo cáo sơ kết, tổng kết, báo cáo từ sau Phiên họp thứ N): the reports
 * module's public face for them. A document summarizes what its reader sees; a reader who may not
 * see a record it draws on is refused ({@link vn.theodoi.shared.ForbiddenException}), and every
 * generation and refusal is audited.
 */
@Service
public class ReviewDocuments {

    private final ReviewGeneration generation;
    private final Meetings meetings;

    ReviewDocuments(ReviewGeneration generation, Meetings meetings) {
        this.generation = generation;
        this.meetings = meetings;
    }

    /**
     * Writes the document to {@code out} (not closed), calling {@code percent} as it goes (0..100), for
     * a background job; the PDF is signed with the person's key where the installation has one.
     */
    public GeneratedDocument write(TheodoiUser user, ReviewRequest request, DocumentFormat format, OutputStream out,
            IntConsumer percent) {
        return generation.write(user, request, format, out, percent);
    }

    /** The whole document in memory, with its name. */
    public Document generate(TheodoiUser user, ReviewRequest request, DocumentFormat format) {
        ReviewGeneration.Written written = generation.bytes(user, request, format);
        return new Document(written.document(), written.content());
    }

    public record Document(GeneratedDocument generated, byte[] content) {
    }

    /** The sessions a "since session N" report can start from, latest first. */
    public List<MeetingSummary> sessions(TheodoiUser user) {
        return meetings.sessions(user).stream().filter(m -> m.number() != null).toList();
    }

    /** The day reports count "today" from (the procedure clock). */
    public LocalDate today() {
        return generation.today();
    }
}
