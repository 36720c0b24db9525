package vn.theodoi.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal of a text, as the review page and the API show it. A record the reader may no longer see is never
 * shown: such a record link is left out, such a task shows no record. {@code evidence}: the words it rests on;
 * {@code context}: its sentence. After the decision, {@code decision} and, for an accepted task, {@code taskId}.
 */
public record IngestProposalView(Long id, ProposalKind kind, Long recordId, String recordCode, String recordTitle,
        String via, String title, String leadOrganizationCode, String leadOrganizationName,
        List<String> coordinatingOrganizationCodes, LocalDate dueDate, String dueText, List<TextSpan> evidence,
        TextSpan context, Decision decision, Long taskId, boolean edited) {
}
