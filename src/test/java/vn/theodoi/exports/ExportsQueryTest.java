package vn.theodoi.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExportsQueryTest {

    @Test
    void aListsQueryStringGivesItsFiltersWithoutPagingOrBlanks() {
        assertThat(Exports.parseQuery("stage=INVESTIGATION&q=tham+%C3%B4&page=3&level=&mine=true&q=second"))
                .containsExactly(Map.entry("stage", "INVESTIGATION"), Map.entry("q", "tham ô"),
                        Map.entry("mine", "true"));
        assertThat(Exports.parseQuery(null)).isEmpty();
        assertThat(Exports.parseQuery("")).isEmpty();
    }

    @Test
    void filtersRoundTripThroughTheStoredQueryString() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", "Nguyễn Văn A & B");
        params.put("province", "79");
        assertThat(Exports.parseQuery(Exports.toQuery(params))).isEqualTo(params);
    }

    @Test
    void refusedTextIsAnInvalidRequest() {
        assertThatThrownBy(() -> Exports.parseQuery("q=%00")).isInstanceOf(InvalidExportRequest.class);
        assertThatThrownBy(() -> Exports.parseQuery("q=%zz")).isInstanceOf(InvalidExportRequest.class);
    }
}
