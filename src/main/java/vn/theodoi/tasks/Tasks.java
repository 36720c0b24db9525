package vn.theodoi.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.tasks.TaskCommands.CompletionForm;
import vn.theodoi.tasks.TaskCommands.DueDateForm;
import vn.theodoi.tasks.TaskCommands.ProgressForm;
import vn.theodoi.tasks.TaskCommands.ReassignForm;
import vn.theodoi.tasks.TaskCommands.UrgeForm;
import vn.theodoi.tasks.internal.TaskDescribing;
import vn.theodoi.tasks.internal.TaskOpening;
import vn.theodoi.tasks.internal.TaskProgressing;
import vn.theodoi.tasks.internal.TaskReading;

/**
 * Tasks: the module's public face. Every method takes the person acting and answers only within
 * what the visibility policy lets them see; a task out of reach is "not found", and the attempt is
 * audited. Each use case lives in its own service in {@code internal}; this class only names them.
 */
@Service
public class Tasks {

    private final TaskReading reading;
    private final TaskOpening opening;
    private final TaskProgressing progressing;
    private final TaskDescribing describing;

    Tasks(TaskReading reading, TaskOpening opening, TaskProgressing progressing, TaskDescribing describing) {
        this.reading = reading;
        this.opening = opening;
        this.progressing = progressing;
        this.describing = describing;
    }

    // ------------------------------------------------------------------ reading

    public Page<TaskSummary> search(TheodoiUser user, TaskFilter filter, Pageable pageable) {
        return reading.search(user, filter, pageable);
    }

    /** Every task the list shows for this filter, all pages, in its order, one at a time (exports). */
    public void forEachRow(TheodoiUser user, TaskFilter filter, java.util.function.Consumer<TaskSummary> each) {
        reading.forEachRow(user, filter, each);
    }

    /** Names of the coordinating organizations of the listed tasks, in one query. */
    public Map<Long, List<String>> coordinatorsOf(List<TaskSummary> rows) {
        return reading.coordinatorsOf(rows);
    }

    public TaskView view(TheodoiUser user, Long id) {
        return reading.view(user, id);
    }

    public TaskStats stats(TheodoiUser user, LocalDate from, LocalDate to, String organizationCode) {
        return reading.stats(user, from, to, organizationCode);
    }

    /** The total of {@link #stats} over every source and unit (the home page's chart). */
    public TaskStats.Counts totals(TheodoiUser user, LocalDate from, LocalDate to) {
        return reading.totals(user, from, to);
    }

    /** {@link #stats} for the tasks of one source only (an inspection's recommendations: {@code INSPECTION}). */
    public TaskStats stats(TheodoiUser user, LocalDate from, LocalDate to, String organizationCode,
            TaskSourceType source) {
        return reading.stats(user, from, to, organizationCode, source);
    }

    public TaskChanges changesSince(TheodoiUser user, LocalDate since, int listSize) {
        return reading.changesSince(user, since, listSize);
    }

    public Workload workload(TheodoiUser user, int limit) {
        return reading.workload(user, limit);
    }

    /** Open tasks a person is reminded of: due on or before {@code until}, led by one of {@code ownUnits} or followed by them. */
    public List<TaskSummary> dueFor(TheodoiUser person, java.util.Collection<Long> ownUnits, LocalDate until, int limit) {
        return reading.dueFor(person, ownUnits, until, limit);
    }

    /** Whether the person may see the task (for delivering what concerns it). */
    public boolean isVisibleTo(TheodoiUser person, Long id) {
        return reading.isVisibleTo(person, id);
    }

    public LocalDate today() {
        return reading.today();
    }

    /** The tasks among {@code ids} the person may see, with their computed status, in one query (for a source's page). */
    public List<TaskSummary> visibleAmong(TheodoiUser user, java.util.Collection<Long> ids) {
        return reading.visibleAmong(user, ids);
    }

    /** For an import: the tasks the person may see with one of these titles (exact), to find duplicates. */
    public List<TaskSummary> visibleWithTitles(TheodoiUser user, java.util.Collection<String> titles) {
        return reading.visibleWithTitles(user, titles);
    }

    public boolean mayCreate(TheodoiUser user) {
        return Visibility.edits(user.roles());
    }

    // ------------------------------------------------------------------ changing

    public Long create(TheodoiUser user, TaskForm form) {
        return opening.create(user, form);
    }

    /** The tasks of a conclusion's requirements, created in the caller's transaction; returns their ids in order. */
    public List<Long> createForConclusion(TheodoiUser user, List<TaskForm> forms, LocalDate assignedOn) {
        return opening.createForConclusion(user, forms, assignedOn);
    }

    /**
     * The task of an inspection's recommendation, created in the caller's transaction: the caller
     * (who may change the inspection) gives it to the organization the recommendation names.
     */
    public Long createForInspection(TheodoiUser user, TaskForm form) {
        return opening.createForInspection(user, form);
    }

    public void reportProgress(TheodoiUser user, Long id, ProgressForm form) {
        progressing.reportProgress(user, id, form);
    }

    public void complete(TheodoiUser user, Long id, CompletionForm form) {
        progressing.complete(user, id, form);
    }

    public void urge(TheodoiUser user, Long id, UrgeForm form) {
        progressing.urge(user, id, form);
    }

    public void changeDueDate(TheodoiUser user, Long id, DueDateForm form) {
        describing.changeDueDate(user, id, form);
    }

    public int reassign(TheodoiUser user, ReassignForm form) {
        return describing.reassign(user, form);
    }
}
