package vn.theodoi.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.ingest.internal.IngestDeciding;
import vn.theodoi.ingest.internal.IngestReading;

/**
 * Reading texts: the module's public face. Every method takes the person acting; a text read is its reader's
 * alone (another's is "not found", and the attempt is audited). Reading writes only the batch; accepting writes
 * the tasks and record notes, once.
 */
@Service
public class Ingest {

    private final IngestReading reading;
    private final IngestDeciding deciding;

    Ingest(IngestReading reading, IngestDeciding deciding) {
        this.reading = reading;
        this.deciding = deciding;
    }

    /** Whether the person may read texts: those who give tasks. */
    public boolean mayRead(TheodoiUser user) {
        return Visibility.edits(user.roles());
    }

    /** Reads a text and keeps what the engine proposes; returns the batch's id. */
    public Long read(TheodoiUser user, ReadForm form) {
        return reading.read(user, form);
    }

    /** Reads an uploaded .txt, .docx or .pdf; {@code readOn} may be null (today). */
    public Long readFile(TheodoiUser user, String fileName, InputStream bytes, LocalDate readOn) {
        return reading.readFile(user, fileName, bytes, readOn);
    }

    public IngestBatchView view(TheodoiUser user, Long id) {
        return reading.view(user, id);
    }

    /** The person's texts, the latest first. */
    public List<IngestBatchSummary> recent(TheodoiUser user, int limit) {
        return reading.recent(user, limit);
    }

    /** Accepts the listed proposals (with the changes given) and rejects the others, once. */
    public void accept(TheodoiUser user, Long id, AcceptForm form) {
        deciding.accept(user, id, form);
    }
}
