package vn.theodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.theodoi.ingest.internal.engine.Dictionary;
import vn.theodoi.ingest.internal.engine.Reading;
import vn.theodoi.ingest.internal.engine.TextReader;

/** The longest text accepted (100,000 characters) is read in well under a request's patience. */
class LongTextTest {

    @Test
    void aHundredThousandCharactersAreReadInSeconds() {
        Dictionary dictionary = IngestFixtures.dictionary();
        StringBuilder text = new StringBuilder();
        while (text.length() < 100_000) {
            for (IngestFixtures.Expected e : IngestFixtures.texts()) {
                text.append(e.text()).append("\n\n");
            }
        }
        String longest = text.substring(0, 100_000);

        Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            long started = System.nanoTime();
            Reading r = TextReader.read(longest, dictionary, LocalDate.of(2026, 7, 20));
            TextReader.candidates(longest, dictionary, 60);
            System.out.printf("100,000 characters read in %d ms: %d tasks, %d records, %d mentions%n",
                    (System.nanoTime() - started) / 1_000_000, r.tasks().size(), r.records().size(), r.mentions().size());
            return r;
        });
        assertThat(reading.tasks()).hasSizeGreaterThan(100);
    }
}
