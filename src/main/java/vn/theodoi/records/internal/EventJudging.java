package vn.theodoi.records.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.EventPreview;
import vn.theodoi.records.MilestoneEvents;
import vn.theodoi.records.RecordView;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.timelimits.ProcedureAssessor;
import vn.theodoi.timelimits.ProcedureClock;

/**
 * Asks the law about an event before it is entered, saving nothing: which events the history allows next, and
 * what one event would do (the refusal, or the limits it starts, moves or ends).
 */
@Service
@Transactional(readOnly = true)
public class EventJudging {

    /**
     * Refusals that depend on the date, the amount or the granting body typed, not on the stage: an event refused
     * only for one of these is still offered (the person may type another date, amount or body).
     */
    private static final Set<String> REFUSALS_OF_WHAT_IS_TYPED = Set.of("deadline.extension.afterLimitEnded",
            "deadline.extension.tooLong", "deadline.extension.beyondProlongation",
            "deadline.extension.grantorRequired", "deadline.extension.wrongGrantor",
            "deadline.appeal.courtLevelNotInForce", "deadline.extension.ambiguousAmount");

    private final RecordAccess access;
    private final ProcedureClock clock;
    private final vn.theodoi.organization.Organizations organizations;

    EventJudging(RecordAccess access, ProcedureClock clock, vn.theodoi.organization.Organizations organizations) {
        this.access = access;
        this.clock = clock;
        this.organizations = organizations;
    }

    /**
     * The event types the law allows next in this history, each tried after the last event (on its date, or
     * today for a record without events). A split is made by its own action, so never offered here.
     */
    public List<EventType> lawfulNext(RecordView view) {
        List<ProcedureEvent> history = view.events().stream().filter(RecordView.Event::isCurrent)
                .map(EventJudging::procedureEvent).toList();
        LocalDate after = history.stream().map(ProcedureEvent::date).max(LocalDate::compareTo).orElse(clock.today());
        ProcedureAssessor law = clock.readingAssessor();
        List<EventType> lawful = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (type != EventType.SPLIT && allowsSome(law, view.severity(), history, type, after)) {
                lawful.add(type);
            }
        }
        return lawful;
    }

    private static boolean allowsSome(ProcedureAssessor law, Severity severity, List<ProcedureEvent> history,
            EventType type, LocalDate on) {
        List<ProcedureEvent> tries = new ArrayList<>();
        if (type == EventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION) {
            for (ReturnedBy by : ReturnedBy.values()) {
                tries.add(ProcedureEvent.returned(on, by));
            }
        } else if (type == EventType.APPEAL_FILE_RECEIVED) {
            for (CourtLevel level : CourtLevel.values()) {
                tries.add(ProcedureEvent.appealFileReceived(on, level));
            }
        } else {
            tries.add(ProcedureEvent.of(type, on));
        }
        for (ProcedureEvent candidate : tries) {
            List<ProcedureEvent> all = new ArrayList<>(history);
            all.add(candidate);
            try {
                law.assess(severity, all);
                return true;
            } catch (DomainRuleViolation refused) {
                if (REFUSALS_OF_WHAT_IS_TYPED.contains(refused.messageKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the event would do, or why the law refuses it; nothing is saved, nothing audited but a refusal of access. */
    public EventPreview preview(TheodoiUser user, Long id, EventInput input) {
        OversightRecord record = access.reportable(access.reader(user), id);
        ProcedureAssessor law = clock.assessor();
        List<ProcedureEvent> history = record.procedureEvents();
        ProcedureAssessment before;
        try {
            before = law.assess(record.getSeverity(), history);
        } catch (DomainRuleViolation unlawfulAlready) {
            before = new ProcedureAssessment(record.getCurrentStage(), List.of());
        }
        List<RecordView.Milestone> milestones = record.milestones().stream()
                .filter(m -> m.achievedOn == null && input.type() != null
                        && MilestoneEvents.fulfilledBy(m.description).contains(input.type()))
                .map(m -> new RecordView.Milestone(m.id, m.description, m.targetDate, m.directedBy, m.achievedOn,
                        m.version))
                .toList();
        ProcedureAssessment after;
        try {
            ProcedureRecording.requireGrantor(organizations, input);
            List<ProcedureEvent> all = new ArrayList<>(history);
            all.add(procedureEvent(input));
            after = law.assess(record.getSeverity(), all);
        } catch (DomainRuleViolation refused) {
            return new EventPreview(refused.messageKey(), List.of(refused.arguments()), before.currentStage(), null,
                    List.of(), milestones);
        }
        return new EventPreview(null, List.of(), before.currentStage(), after.currentStage(),
                changes(before.timeLimits(), after.timeLimits()), milestones);
    }

    /**
     * Whether the law allows this history for a record not yet saved (an import's new record): the refusal, or
     * the stage it leads to. Nothing is saved.
     */
    public EventPreview previewNew(Severity severity, List<EventInput> inputs) {
        try {
            List<ProcedureEvent> all = new ArrayList<>();
            for (EventInput input : inputs) {
                ProcedureRecording.requireGrantor(organizations, input);
                all.add(procedureEvent(input));
            }
            // judging only, nothing stored: the law held in memory (storing counts with the database's)
            ProcedureAssessment after = clock.readingAssessor().assess(severity, all);
            return new EventPreview(null, List.of(), null, after.currentStage(), List.of(), List.of());
        } catch (DomainRuleViolation refused) {
            return new EventPreview(refused.messageKey(), List.of(refused.arguments()), null, null, List.of(),
                    List.of());
        }
    }

    /** The limits started, moved or ended, matched by stage and first day counted. */
    private static List<EventPreview.LimitChange> changes(List<TimeLimit> before, List<TimeLimit> after) {
        List<EventPreview.LimitChange> changes = new ArrayList<>();
        for (TimeLimit now : after) {
            TimeLimit was = before.stream().filter(b -> b.stage() == now.stage()
                    && Objects.equals(b.startDate(), now.startDate())).findFirst().orElse(null);
            if (was == null) {
                changes.add(new EventPreview.LimitChange(EventPreview.Kind.STARTED, now.stage(), null, now.dueDate(),
                        now.lastDayToRequestExtension(), now.status()));
            } else if (was.isOpen() && !now.isOpen()) {
                changes.add(new EventPreview.LimitChange(EventPreview.Kind.ENDED, now.stage(), was.dueDate(),
                        now.dueDate(), null, now.status()));
            } else if (!Objects.equals(was.dueDate(), now.dueDate())) {
                changes.add(new EventPreview.LimitChange(EventPreview.Kind.MOVED, now.stage(), was.dueDate(),
                        now.dueDate(), now.lastDayToRequestExtension(), now.status()));
            }
        }
        return changes;
    }

    static ProcedureEvent procedureEvent(EventInput e) {
        return new ProcedureEvent(e.type(), e.date(), e.extensionDays(), e.extensionMonths(), e.returnedBy(),
                e.courtLevel(), e.fileReceivedDate(), e.grantedBy());
    }

    private static ProcedureEvent procedureEvent(RecordView.Event e) {
        return new ProcedureEvent(e.type(), e.date(), e.extensionDays(), e.extensionMonths(), e.returnedBy(),
                e.courtLevel(), e.fileReceivedDate(), e.grantedBy());
    }
}
