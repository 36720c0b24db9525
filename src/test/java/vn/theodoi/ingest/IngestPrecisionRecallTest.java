package vn.theodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.theodoi.ingest.IngestFixtures.Expected;
import vn.theodoi.ingest.IngestFixtures.ExpectedTask;
import vn.theodoi.ingest.internal.engine.Dictionary;
import vn.theodoi.ingest.internal.engine.Reading;
import vn.theodoi.ingest.internal.engine.TextReader;
import vn.theodoi.shared.VietnameseText;

/**
 * The engine over the hand-annotated texts of src/test/resources/ingest (plain JUnit, no Spring): precision and
 * recall of what it proposes, per kind and in all, printed; the build fails if either falls below 0.8.
 * <p>
 * Counted items: each record link; each task (a proposed task is the expected one when its title contains the
 * expected phrase, without diacritics and case; each expected task is matched once); and, for each matched task,
 * its lead, its due date and its record: an expected one is found when proposed equal, a proposed one is right
 * when expected equal.
 */
class IngestPrecisionRecallTest {

    static final double FLOOR = 0.8;

    /** Counts of one kind of item: right proposals, all proposals, all expected. */
    static final class Tally {
        int right;
        int proposed;
        int expected;
        int found;

        double precision() {
            return proposed == 0 ? 1 : (double) right / proposed;
        }

        double recall() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        void add(Tally other) {
            right += other.right;
            proposed += other.proposed;
            expected += other.expected;
            found += other.found;
        }
    }

    @Test
    void precisionAndRecallOverTheAnnotatedTextsAreAtLeastEightyPercent() {
        Dictionary dictionary = IngestFixtures.dictionary();
        List<Expected> texts = IngestFixtures.texts();
        assertThat(texts).hasSizeGreaterThanOrEqualTo(20);

        List<String> misses = new ArrayList<>();
        Tally all = measure("all " + texts.size() + " annotated texts", texts, dictionary, misses);
        List<Expected> heldOut = texts.stream().filter(Expected::heldOut).toList();
        measure(heldOut.size() + " texts written after the rules (held out)", heldOut, dictionary, new ArrayList<>());
        System.out.println("Differences:");
        misses.forEach(m -> System.out.println("  - " + m));

        assertThat(all.precision()).as("precision").isGreaterThanOrEqualTo(FLOOR);
        assertThat(all.recall()).as("recall").isGreaterThanOrEqualTo(FLOOR);
    }

    private static Tally measure(String title, List<Expected> texts, Dictionary dictionary, List<String> misses) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String kind : List.of("records", "tasks", "leads", "due dates", "task records")) {
            tallies.put(kind, new Tally());
        }
        for (Expected expected : texts) {
            Reading reading = TextReader.read(expected.text(), dictionary, expected.reference());
            countRecords(expected, reading, tallies.get("records"), misses);
            countTasks(expected, reading, tallies, misses);
        }
        Tally all = new Tally();
        tallies.values().forEach(all::add);
        System.out.println("Reading engine over " + title + ":");
        tallies.forEach((kind, t) -> System.out.printf("  %-13s precision %.3f (%d/%d)  recall %.3f (%d/%d)%n", kind,
                t.precision(), t.right, t.proposed, t.recall(), t.found, t.expected));
        System.out.printf("  %-13s precision %.3f (%d/%d)  recall %.3f (%d/%d)%n", "all", all.precision(), all.right,
                all.proposed, all.recall(), all.found, all.expected);
        return all;
    }

    private static void countRecords(Expected expected, Reading reading, Tally tally, List<String> misses) {
        Set<Long> proposed = new HashSet<>();
        reading.records().forEach(r -> proposed.add(r.recordId()));
        Set<Long> wanted = new HashSet<>(expected.records());
        tally.proposed += proposed.size();
        tally.expected += wanted.size();
        for (Long id : proposed) {
            if (wanted.contains(id)) {
                tally.right++;
                tally.found++;
            } else {
                misses.add(expected.name() + ": record " + id + " proposed, not expected");
            }
        }
        wanted.stream().filter(id -> !proposed.contains(id))
                .forEach(id -> misses.add(expected.name() + ": record " + id + " not found"));
    }

    private static void countTasks(Expected expected, Reading reading, Map<String, Tally> tallies, List<String> misses) {
        List<Reading.TaskProposal> proposed = new ArrayList<>(reading.tasks());
        Tally tasks = tallies.get("tasks");
        tasks.proposed += proposed.size();
        tasks.expected += expected.tasks().size();
        for (ExpectedTask want : expected.tasks()) {
            String phrase = VietnameseText.fold(want.phrase());
            Reading.TaskProposal match = proposed.stream()
                    .filter(p -> VietnameseText.fold(p.title()).contains(phrase)).findFirst().orElse(null);
            if (match == null) {
                misses.add(expected.name() + ": task \"" + want.phrase() + "\" not found");
                continue;
            }
            proposed.remove(match);
            tasks.right++;
            tasks.found++;
            compare(expected.name(), "lead", want.lead(), match.leadCode(), tallies.get("leads"), misses);
            compare(expected.name(), "due", want.due(), match.due(), tallies.get("due dates"), misses);
            compare(expected.name(), "record", want.record(), match.recordId(), tallies.get("task records"), misses);
        }
        proposed.forEach(p -> misses.add(expected.name() + ": task \"" + p.title() + "\" proposed, not expected"));
    }

    private static void compare(String text, String what, Object want, Object got, Tally tally, List<String> misses) {
        if (want != null) {
            tally.expected++;
            if (want.equals(got)) {
                tally.found++;
            }
        }
        if (got != null) {
            tally.proposed++;
            if (got.equals(want)) {
                tally.right++;
            }
        }
        if (!Objects.equals(want, got)) {
            misses.add(text + ": " + what + " " + got + ", expected " + want);
        }
    }
}
