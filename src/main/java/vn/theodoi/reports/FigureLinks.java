package vn.theodoi.reports;

import java.time.LocalDate;

import org.springframework.web.util.UriComponentsBuilder;

import vn.theodoi.deadline.Stage;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.situations.SituationType;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.TaskStatus;

/**
 * Where each figure of a period leads: the list of the items it counts, with the same filters, so
 * that the list's total is the figure. Pages call it as {@code ${links.tasks('OVERDUE', null)}}.
 */
public record FigureLinks(LocalDate from, LocalDate to, LocalDate asOf) {

    /** A records' figure (INITIATED, CHARGED_PERSONS, DAMAGE, DEADLINES_MISSED…) of the period. */
    public String records(String figure) {
        return build("/records").queryParam("figure", figure).queryParam("figureFrom", from)
                .queryParam("figureTo", to).encode().toUriString();
    }

    /** A level's figure (LEVEL_AT_END, LEVEL_ADDED, LEVEL_REMOVED) for level 1, 2 or 3. */
    public String level(String figure, int level) {
        return build("/records").queryParam("figure", figure).queryParam("figureLevel", level)
                .queryParam("figureFrom", from).queryParam("figureTo", to).encode().toUriString();
    }

    /** Records now at a stage (and a level when given): what the dashboard counts, not the period. */
    public static String recordsAt(Integer level, Stage stage) {
        UriComponentsBuilder b = build("/records");
        if (level != null) {
            b.queryParam("level", level);
        }
        if (stage != null) {
            b.queryParam("stage", stage);
        }
        return b.encode().toUriString();
    }

    /** Tasks of the period (as the statistics count them) in a status (or any, null) led by an organization (or any). */
    public String tasks(TaskStatus status, String lead) {
        UriComponentsBuilder b = build("/tasks");
        if (status != null) {
            b.queryParam("status", status);
        }
        if (lead != null) {
            b.queryParam("lead", lead);
        }
        return b.queryParam("periodFrom", from).queryParam("periodTo", to).encode().toUriString();
    }

    /** The inspections' recommendations of the period (their tasks) in a status. */
    public String recommendations(TaskStatus status) {
        UriComponentsBuilder b = build("/tasks").queryParam("source", TaskSourceType.INSPECTION);
        if (status != null) {
            b.queryParam("status", status);
        }
        return b.queryParam("periodFrom", from).queryParam("periodTo", to).encode().toUriString();
    }

    /** Proposals received in the period, by timeliness judged on the period's as-of day. */
    public String proposals(Timeliness timeliness) {
        UriComponentsBuilder b = build("/proposals");
        if (timeliness != null) {
            b.queryParam("timeliness", timeliness);
        }
        return b.queryParam("receivedFrom", from).queryParam("receivedTo", to).queryParam("asOf", asOf).encode()
                .toUriString();
    }

    public String inspectionsConcluded() {
        return build("/inspections").queryParam("concludedFrom", from).queryParam("concludedTo", to).encode()
                .toUriString();
    }

    public String inspectionsInProgress() {
        return build("/inspections").queryParam("activeOn", asOf).encode().toUriString();
    }

    /** Hot spots that occurred in the period, in a province and of a type (either or both may be null). */
    public String hotSpots(String province, SituationType type) {
        UriComponentsBuilder b = build("/situations");
        if (province != null) {
            b.queryParam("province", province);
        }
        if (type != null) {
            b.queryParam("type", type);
        }
        return b.queryParam("from", from).queryParam("to", to).encode().toUriString();
    }

    private static UriComponentsBuilder build(String path) {
        return UriComponentsBuilder.fromPath(path);
    }
}
