package vn.theodoi.situations;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.situations.SituationCommands.LinkForm;
import vn.theodoi.situations.SituationCommands.UpdateForm;
import vn.theodoi.situations.internal.SituationReading;
import vn.theodoi.situations.internal.SituationWriting;

/**
 * Hot spots: the module's public face. Every method takes the person acting and answers only within
 * what the visibility policy lets them see; a hot spot out of reach is "not found", and the attempt is
 * audited. Each use case lives in its own service in {@code internal}; this class only names them.
 */
@Service
public class Situations {

    private final SituationReading reading;
    private final SituationWriting writing;
    private final WorkingDayCalendar calendar;

    Situations(SituationReading reading, SituationWriting writing, WorkingDayCalendar calendar) {
        this.reading = reading;
        this.writing = writing;
        this.calendar = calendar;
    }

    // ------------------------------------------------------------------ reading

    /** The feed, newest first. */
    public Page<SituationSummary> search(TheodoiUser user, SituationFilter filter, Pageable pageable) {
        return reading.search(user, filter, pageable);
    }

    /** Every hot spot the feed shows for this filter, all pages, in its order, one at a time (exports). */
    public void forEachRow(TheodoiUser user, SituationFilter filter, java.util.function.Consumer<SituationSummary> each) {
        reading.forEachRow(user, filter, each);
    }

    /** Every current province with its open hot spots (count, highest severity) and its tile on the map. */
    public List<ProvinceSituation> byProvince(TheodoiUser user, SituationFilter filter) {
        return reading.byProvince(user, filter);
    }

    /** The hot spots that occurred in {@code from}..{@code to} the reader may see, by province and by type. */
    public SituationCounts figures(TheodoiUser user, LocalDate from, LocalDate to) {
        return reading.figures(user, from, to);
    }

    public SituationView view(TheodoiUser user, Long id) {
        return reading.view(user, id);
    }

    public boolean mayReport(TheodoiUser user) {
        return Visibility.edits(user.roles());
    }

    public LocalDate today() {
        return calendar.today();
    }

    // ------------------------------------------------------------------ changing

    public Long report(TheodoiUser user, SituationForm form) {
        return writing.report(user, form);
    }

    public void addUpdate(TheodoiUser user, Long id, UpdateForm form) {
        writing.addUpdate(user, id, form);
    }

    public void link(TheodoiUser user, Long id, LinkForm form) {
        writing.link(user, id, form);
    }
}
