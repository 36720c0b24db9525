package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.theodoi.records.RecordSort;
import vn.theodoi.reports.DocumentFormat;
import vn.theodoi.tasks.TaskSort;

/** A value found by the name links and forms write it by; the lists' defaults where none is named. */
class NamedValuesTest {

    @Test
    void aNameIsFoundInAnyCaseWithItsSpacesIgnored() {
        assertThat(DocumentFormat.parse(" PDF ")).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.parse("docx")).isEqualTo(DocumentFormat.DOCX);
        assertThat(RecordSort.of("Due")).isEqualTo(RecordSort.DUE);
        assertThat(TaskSort.of(" updated")).isEqualTo(TaskSort.UPDATED);
    }

    @Test
    void nothingOrAnUnknownNameIsEmptyAndEachListKeepsItsDefault() {
        assertThat(NamedValues.byName(DocumentFormat.values(), DocumentFormat::extension, null)).isEmpty();
        assertThat(DocumentFormat.parse("odt")).isNull();
        assertThat(DocumentFormat.parse("")).isNull();
        assertThat(RecordSort.of(null)).isEqualTo(RecordSort.UPDATED);
        assertThat(RecordSort.of("password_hash")).isEqualTo(RecordSort.UPDATED);
        assertThat(TaskSort.of("")).isEqualTo(TaskSort.DUE);
    }
}
