package vn.theodoi.records;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.records.RecordPartForms.AchievementForm;
import vn.theodoi.records.RecordPartForms.ConversionForm;
import vn.theodoi.records.RecordPartForms.CorrectionForm;
import vn.theodoi.records.RecordPartForms.LevelForm;
import vn.theodoi.records.RecordPartForms.MilestoneForm;
import vn.theodoi.records.RecordPartForms.MoneyForm;
import vn.theodoi.records.RecordPartForms.NoteForm;
import vn.theodoi.records.RecordPartForms.ObstacleForm;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.records.RecordPartForms.ResolutionForm;
import vn.theodoi.records.RecordPartForms.SplitForm;
import vn.theodoi.deadline.EventType;
import vn.theodoi.records.internal.EventJudging;
import vn.theodoi.records.internal.OversightRecords;
import vn.theodoi.records.internal.PartsRecording;
import vn.theodoi.records.internal.ProcedureRecording;
import vn.theodoi.records.internal.RecordDescribing;
import vn.theodoi.records.internal.RecordFollowUp;
import vn.theodoi.records.internal.RecordOpening;
import vn.theodoi.records.internal.RecordReading;
import vn.theodoi.records.internal.SavedFilters;
import vn.theodoi.timelimits.ProcedureClock;

/**
 * Records under oversight: the module's public face. Every method takes the person acting and
 * answers only within what the visibility policy (DOMAIN.md section 9) lets them see; a record
 * out of reach is "not found", and the attempt is audited. Each use case lives in its own service
 * in {@code internal}; this class only names them.
 */
@Service
public class Records {

    /**
     * Lists count up to this many matches: past it a list says "more than 10,000", and a count
     * costs at most this many index entries whatever the table's size.
     */
    public static final int COUNT_CAP = 10_000;

    /**
     * A free-text search counts up to this many: each candidate of the trigram index is checked again on its
     * row, and at a million records counting ten thousand matches of a common phrase took 150 ms, against
     * 3 ms for the page itself. Past it the list says "more than 500".
     */
    public static final int TEXT_COUNT_CAP = 500;

    /** How far a list with this filter counts its matches. */
    public static int countCap(RecordFilter filter) {
        return filter.searchText().isEmpty() ? COUNT_CAP : TEXT_COUNT_CAP;
    }

    private final RecordReading reading;
    private final RecordOpening opening;
    private final RecordDescribing describing;
    private final ProcedureRecording procedure;
    private final PartsRecording parts;
    private final OversightRecords records;
    private final ProcedureClock clock;
    private final EventJudging judging;
    private final SavedFilters savedFilters;
    private final RecordFollowUp followUp;

    Records(RecordReading reading, RecordOpening opening, RecordDescribing describing, ProcedureRecording procedure,
            PartsRecording parts, OversightRecords records, ProcedureClock clock, EventJudging judging,
            SavedFilters savedFilters, RecordFollowUp followUp) {
        this.judging = judging;
        this.savedFilters = savedFilters;
        this.followUp = followUp;
        this.reading = reading;
        this.opening = opening;
        this.describing = describing;
        this.procedure = procedure;
        this.parts = parts;
        this.records = records;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    public Page<RecordSummary> search(TheodoiUser user, RecordFilter filter, Pageable pageable) {
        return reading.search(user, filter, pageable);
    }

    /**
     * The rows of a list just after a cursor (a deep page, read through the index from where the last page
     * ended), at most {@code size}, and whether more follow. The cursor's order is the filter's.
     */
    public Slice<RecordSummary> searchAfter(TheodoiUser user, RecordFilter filter, RecordCursor cursor, int size) {
        return reading.searchAfter(user, filter, cursor, size);
    }

    /**
     * Every record the list shows for this filter, all pages, in its order, handed over one at a time as the
     * database sends them (exports: 200,000 rows in bounded memory). Runs the list's own query; {@code total}
     * first hears how many there are (uncounted past the list's cap, so a progress bar can say how far it got).
     */
    public void forEachRow(TheodoiUser user, RecordFilter filter, java.util.function.LongConsumer total,
            java.util.function.Consumer<RecordSummary> each) {
        reading.forEachRow(user, filter, total, each);
    }

    /** Province names of the listed records, in one query. */
    public Map<Long, List<String>> provincesOf(List<RecordSummary> rows) {
        return reading.provincesOf(rows);
    }

    /**
     * The records' figures for a report over {@code from}..{@code to} (both included), within the
     * reader's visibility, counted in the database (definitions: {@code records.internal.RecordFigureQueries}).
     * Each figure's records are listed by {@link #search} with {@link RecordFilter#ofFigure}; a figure's case
     * count is that list's count (deadlines met and missed count records too, from each record's limits' history).
     */
    public RecordFigures figures(TheodoiUser user, LocalDate from, LocalDate to) {
        return reading.figures(user, from, to);
    }

    /**
     * The records a report over {@code from}..{@code to} draws on within the reader's organizational scope,
     * seen or not: their classifications and how many the reader may not see (a report summarizing
     * them is refused then).
     */
    public ReportSecrecy reportSecrecy(TheodoiUser user, LocalDate from, LocalDate to) {
        return reading.reportSecrecy(user, from, to);
    }

    public Dashboard dashboard(TheodoiUser user, int listSize) {
        return reading.dashboard(user, listSize);
    }

    /** The whole record for its page or the API; reading a classified record is audited. */
    public RecordView view(TheodoiUser user, Long id) {
        return reading.view(user, id);
    }

    /** The whole record without its audit trail (the API); reading a classified record is audited. */
    public RecordView data(TheodoiUser user, Long id) {
        return reading.view(user, id, false);
    }

    /** What falls due in a month (limits, last days to request an extension, directed milestones) within the reader's sight. */
    public List<CalendarEntry> dueIn(TheodoiUser user, java.time.YearMonth month) {
        return reading.dueIn(user, month);
    }

    /** The event types the record's history allows next (a split has its own action). */
    public List<EventType> lawfulNextEvents(RecordView view) {
        return judging.lawfulNext(view);
    }

    /**
     * What an event would do if saved now, judged with the whole history; nothing is saved. Only those who may
     * add events to the record may ask.
     */
    public EventPreview preview(TheodoiUser user, Long id, EventInput event) {
        return judging.preview(user, id, event);
    }

    /** What a history of events would do to a record not yet saved (an import's new record); nothing is saved. */
    public EventPreview previewNew(vn.theodoi.deadline.Severity severity, List<EventInput> events) {
        return judging.previewNew(severity, events);
    }

    /** The person's saved list filters. */
    public List<SavedFilter> savedFilters(TheodoiUser user) {
        return savedFilters.of(user);
    }

    /** Saves a list filter (its query string) under a name; the same name replaces it. */
    public void saveFilter(TheodoiUser user, String name, String query) {
        savedFilters.save(user, name, query);
    }

    public void deleteFilter(TheodoiUser user, Long id) {
        savedFilters.delete(user, id);
    }

    /** The person's role lets them create and change records (within what they may see). */
    public boolean mayEdit(TheodoiUser user) {
        return Visibility.edits(user.roles());
    }

    /** The person's role lets them add events and notes (within what they may see). */
    public boolean mayReportProgress(TheodoiUser user) {
        return Visibility.reportsProgress(user.roles());
    }

    /** Today in Vietnam, the day every limit's status is counted for. */
    public LocalDate today() {
        return clock.today();
    }

    /** Whether no record exists at all (a fresh installation). */
    public boolean noneYet() {
        return records.count() == 0;
    }

    // ------------------------------------------------------------------ changing

    /** Puts a case, matter or crime report under monitoring; returns its id. */
    public Long create(TheodoiUser user, RecordForm form) {
        return opening.create(user, form);
    }

    /**
     * Opens many records, each with the events already taken on it (an import), in the caller's transaction: the
     * same checks, law and audit as {@link #create} and then {@link #addEvent} for each event, written at once.
     * A record refused refuses all, named by its place ({@link NewRecord.Refused}). Returns the ids in order.
     */
    public List<Long> createAll(TheodoiUser user, List<NewRecord> records) {
        return opening.createAll(user, records);
    }

    public void update(TheodoiUser user, Long id, RecordForm form) {
        describing.update(user, id, form);
    }

    public void changeLevel(TheodoiUser user, Long id, LevelForm form) {
        describing.changeLevel(user, id, form);
    }

    public void convert(TheodoiUser user, Long id, ConversionForm form) {
        describing.convert(user, id, form);
    }

    /** Splits off phase II (giai đoạn II); returns the new record's id. */
    public Long split(TheodoiUser user, Long id, SplitForm form) {
        return opening.split(user, id, form);
    }

    /** Adds a procedure event the law allows; an event it does not is refused with the reason. */
    public void addEvent(TheodoiUser user, Long id, EventInput event) {
        procedure.addEvent(user, id, event);
    }

    /** Adds an event and marks the directed milestones it fulfils achieved on its date, in one change. */
    public void addEvent(TheodoiUser user, Long id, EventInput event, java.util.Collection<Long> milestonesReached) {
        procedure.addEvent(user, id, event, milestonesReached);
    }

    public void correctEvent(TheodoiUser user, Long id, Long eventId, CorrectionForm form) {
        procedure.correctEvent(user, id, eventId, form);
    }

    public void addPerson(TheodoiUser user, Long id, PersonForm form) {
        parts.addPerson(user, id, form);
    }

    public void updatePerson(TheodoiUser user, Long id, Long personId, PersonForm form) {
        parts.updatePerson(user, id, personId, form);
    }

    public void addMoney(TheodoiUser user, Long id, MoneyForm form) {
        parts.addMoney(user, id, form);
    }

    public void addMilestone(TheodoiUser user, Long id, MilestoneForm form) {
        parts.addMilestone(user, id, form);
    }

    public void achieveMilestone(TheodoiUser user, Long id, Long milestoneId, AchievementForm form) {
        parts.achieveMilestone(user, id, milestoneId, form);
    }

    public void addObstacle(TheodoiUser user, Long id, ObstacleForm form) {
        parts.addObstacle(user, id, form);
    }

    public void resolveObstacle(TheodoiUser user, Long id, Long obstacleId, ResolutionForm form) {
        parts.resolveObstacle(user, id, obstacleId, form);
    }

    public void addNote(TheodoiUser user, Long id, NoteForm form) {
        parts.addNote(user, id, form);
    }

    // ------------------------------------------------------------------ for the modules that follow records

    /**
     * Which of these records the person may see, with their codes and titles (for a task or an
     * agenda item that links them): the others are left out, never named.
     */
    public List<RecordSummary> visibleAmong(TheodoiUser user, Collection<Long> ids) {
        return followUp.visibleAmong(user, ids);
    }

    /**
     * The records a text may name, among those the person may see (for reading a text, module ingest): those whose
     * code is one of {@code codes}, and those whose code, title, summary or persons hold one of {@code phrases}
     * (compared as the list's free-text search does, without diacritics). A phrase that more than
     * {@code perPhrase} records hold names none of them in particular and is left out.
     */
    public List<NamedRecord> namedIn(TheodoiUser user, Collection<String> codes, Collection<String> phrases, int perPhrase) {
        return followUp.namedIn(user, codes, phrases, perPhrase);
    }

    /**
     * The running limits a person is reminded of: of the records one of {@code ownUnits} owns (or
     * that they follow) and that they may see, those due, or whose last day to request an extension
     * falls, on or before {@code until}; most urgent first, at most {@code limit}.
     */
    public List<RecordSummary> deadlinesOf(TheodoiUser person, Collection<Long> ownUnits, LocalDate until, int limit) {
        return followUp.deadlinesOf(person, ownUnits, until, limit);
    }

    /** What happened to the records a person may see since a day (a session's date): events by type, records changed. */
    public RecordChanges changesSince(TheodoiUser user, LocalDate since, int listSize) {
        return followUp.changesSince(user, since, listSize);
    }

    /** For a department head: the records of their units that wait with a follower, by follower, longest first. */
    public List<WaitingRecord> waitingWithFollowers(TheodoiUser head, int limit) {
        return followUp.waiting(head, limit);
    }

    /**
     * For an import: the records the person may see with one of these codes or titles (exact), with their
     * provinces; nothing about the others.
     */
    public List<RecordMatch> matching(TheodoiUser user, Collection<String> codes, Collection<String> titles) {
        return followUp.matching(user, codes, titles);
    }

    /** Which of these codes are taken, whoever may see the record (a new record cannot take one). */
    public java.util.Set<String> codesTaken(Collection<String> codes) {
        return followUp.codesTaken(codes);
    }

    /** Hands many records to another follower at once (someone is away): all or none. */
    public int reassign(TheodoiUser user, List<Long> ids, String toUsername) {
        return followUp.reassign(user, ids, toUsername);
    }
}
