package vn.theodoi.inspections;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.inspections.InspectionCommands.ConclusionForm;
import vn.theodoi.inspections.InspectionCommands.FindingsForm;
import vn.theodoi.inspections.InspectionCommands.RecommendationForm;
import vn.theodoi.inspections.InspectionCommands.StartForm;
import vn.theodoi.inspections.internal.InspectionReading;
import vn.theodoi.inspections.internal.InspectionWriting;

/**
 * Inspections and supervision (kiểm tra, giám sát): the module's public face. Every method takes
 * the person acting and answers only within what the visibility policy lets them see; an
 * inspection out of reach is "not found", and the attempt is audited.
 */
@Service
public class Inspections {

    private final InspectionReading reading;
    private final InspectionWriting writing;

    Inspections(InspectionReading reading, InspectionWriting writing) {
        this.reading = reading;
        this.writing = writing;
    }

    public Page<InspectionSummary> list(TheodoiUser user, InspectionFilter filter, Pageable pageable) {
        return reading.list(user, filter == null ? InspectionFilter.none() : filter, pageable);
    }

    /**
     * The inspections of {@code from}..{@code to} the reader may see: concluded in the period, under
     * way on {@code asOf}, and the follow-up of the recommendations (their tasks) by status.
     */
    public InspectionCounts figures(TheodoiUser user, java.time.LocalDate from, java.time.LocalDate to,
            java.time.LocalDate asOf) {
        return reading.figures(user, from, to, asOf);
    }

    /** Every inspection the list shows for this filter, all pages, in its order, one at a time (exports). */
    public void forEachRow(TheodoiUser user, InspectionFilter filter,
            java.util.function.Consumer<InspectionSummary> each) {
        reading.forEachRow(user, filter == null ? InspectionFilter.none() : filter, each);
    }

    public InspectionView view(TheodoiUser user, Long id) {
        return reading.view(user, id);
    }

    public boolean mayCreate(TheodoiUser user) {
        return Visibility.edits(user.roles());
    }

    public Long create(TheodoiUser user, InspectionForm form) {
        return writing.create(user, form);
    }

    public void start(TheodoiUser user, Long id, StartForm form) {
        writing.start(user, id, form);
    }

    public void recordFindings(TheodoiUser user, Long id, FindingsForm form) {
        writing.recordFindings(user, id, form);
    }

    public void conclude(TheodoiUser user, Long id, ConclusionForm form) {
        writing.conclude(user, id, form);
    }

    /** Records a recommendation; it becomes a task of its lead organization, whose id is returned. */
    public Long recommend(TheodoiUser user, Long id, RecommendationForm form) {
        return writing.recommend(user, id, form);
    }
}
