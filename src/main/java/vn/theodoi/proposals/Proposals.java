package vn.theodoi.proposals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.proposals.ProposalCommands.AssignForm;
import vn.theodoi.proposals.ProposalCommands.DeadlineForm;
import vn.theodoi.proposals.ProposalCommands.DraftForm;
import vn.theodoi.proposals.ProposalCommands.ReturnForm;
import vn.theodoi.proposals.ProposalCommands.SendForm;
import vn.theodoi.proposals.ProposalCommands.StepForm;
import vn.theodoi.proposals.internal.DeadlineSettings;
import vn.theodoi.proposals.internal.ProposalReading;
import vn.theodoi.proposals.internal.ProposalWorkflow;

/**
 * Proposals and requests for opinion: the module's public face. Every method takes the person acting
 * and answers only within what the visibility policy lets them see; a proposal out of reach is "not
 * found", and the attempt is audited. Each use case lives in its own service in {@code internal}; this
 * class only names them.
 */
@Service
public class Proposals {

    private final ProposalReading reading;
    private final ProposalWorkflow workflow;
    private final DeadlineSettings deadlines;

    Proposals(ProposalReading reading, ProposalWorkflow workflow, DeadlineSettings deadlines) {
        this.reading = reading;
        this.workflow = workflow;
        this.deadlines = deadlines;
    }

    // ------------------------------------------------------------------ reading

    public Page<ProposalSummary> search(TheodoiUser user, ProposalFilter filter, Pageable pageable) {
        return reading.search(user, filter, pageable);
    }

    /**
     * The proposals and requests for opinion received in {@code from}..{@code to} the reader may see,
     * by the timeliness of their answer judged on {@code asOf}; every value present, zeros included.
     */
    public java.util.Map<Timeliness, Long> figures(TheodoiUser user, LocalDate from, LocalDate to, LocalDate asOf) {
        return reading.figures(user, from, to, asOf);
    }

    /** Every proposal the list shows for this filter, all pages, in its order, one at a time (exports). */
    public void forEachRow(TheodoiUser user, ProposalFilter filter, java.util.function.Consumer<ProposalSummary> each) {
        reading.forEachRow(user, filter, each);
    }

    public ProposalView view(TheodoiUser user, Long id) {
        return reading.view(user, id);
    }

    /** Unanswered proposals a person is reminded of: due on or before {@code until}, answered by one of {@code ownUnits} or drafted by them. */
    public List<ProposalDue> dueFor(TheodoiUser person, Collection<Long> ownUnits, LocalDate until, int limit) {
        return reading.dueFor(person, ownUnits, until, limit);
    }

    public boolean isVisibleTo(TheodoiUser person, Long id) {
        return reading.isVisibleTo(person, id);
    }

    public LocalDate today() {
        return reading.today();
    }

    /** The Commission's editors record what was received; a provincial officer submits a request for opinion. */
    public boolean mayCreate(TheodoiUser user) {
        return user.has(Role.LEADER) || user.has(Role.DEPARTMENT_HEAD) || user.has(Role.SPECIALIST)
                || user.has(Role.PROVINCIAL_OFFICER);
    }

    // ------------------------------------------------------------------ changing

    public Long create(TheodoiUser user, ProposalForm form) {
        return workflow.create(user, form);
    }

    public void assign(TheodoiUser user, Long id, AssignForm form) {
        workflow.assign(user, id, form);
    }

    public void draft(TheodoiUser user, Long id, DraftForm form) {
        workflow.draft(user, id, form);
    }

    public void check(TheodoiUser user, Long id, StepForm form) {
        workflow.check(user, id, form);
    }

    public void approve(TheodoiUser user, Long id, StepForm form) {
        workflow.approve(user, id, form);
    }

    public void sendBack(TheodoiUser user, Long id, ReturnForm form) {
        workflow.sendBack(user, id, form);
    }

    public void send(TheodoiUser user, Long id, SendForm form) {
        workflow.send(user, id, form);
    }

    // ------------------------------------------------------------------ reference data (administrators)

    public List<ProposalDeadline> deadlines() {
        return deadlines.all();
    }

    public ProposalDeadline changeDeadline(TheodoiUser admin, ProposalType type, DeadlineForm form) {
        return deadlines.change(admin, type, form);
    }
}
