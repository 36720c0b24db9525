package vn.theodoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** Issue 7, failure 5: "kind": 1 (an ordinal) and "oversightLevel": 2.5 were accepted. */
class StrictJsonTest {

    enum Kind { CASE, MATTER }

    record Body(Kind kind, Integer level, Integer count, Boolean flag, String title, List<String> readers) {
    }

    private final JsonMapper json = build();

    private static JsonMapper build() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJson().strictJsonInput().customize(builder);
        return builder.build();
    }

    private Body read(String body) {
        return json.readValue(body, Body.class);
    }

    @Test
    void wellFormedInputIsRead() {
        Body body = read("{\"kind\":\"MATTER\",\"level\":2,\"count\":3,\"flag\":true,\"title\":\"Vụ việc\","
                + "\"readers\":[\"a\",\"b\"]}");

        assertThat(body).isEqualTo(new Body(Kind.MATTER, 2, 3, true, "Vụ việc", List.of("a", "b")));
    }

    @Test
    void enumsAreReadByNameOnly() {
        assertThatThrownBy(() -> read("{\"kind\":1}")).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> read("{\"kind\":\"1\"}")).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> read("{\"kind\":\"ANYTHING\"}")).isInstanceOf(DatabindException.class);
    }

    @Test
    void integersAreStrict() {
        assertThatThrownBy(() -> read("{\"level\":2.5}")).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> read("{\"level\":2.0}")).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> read("{\"level\":\"2\"}")).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> read("{\"count\":1e3}")).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> read("{\"flag\":1}")).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> read("{\"title\":12}")).isInstanceOf(DatabindException.class);
    }

    @Test
    void stringsAreCheckedAndNormalizedEverywhere() {
        assertThatThrownBy(() -> read("{\"title\":\"a\\u0000b\"}")).isInstanceOf(StrictJson.RefusedTextException.class);
        assertThatThrownBy(() -> read("{\"title\":\"a\\u001bb\"}")).isInstanceOf(StrictJson.RefusedTextException.class);
        assertThatThrownBy(() -> read("{\"title\":\"a\\ud800b\"}")).isInstanceOf(StrictJson.RefusedTextException.class);
        assertThatThrownBy(() -> read("{\"readers\":[\"ok\",\"\\u0085\"]}"))
                .isInstanceOfSatisfying(StrictJson.RefusedTextException.class,
                        e -> assertThat(ApiProblemsPaths.of(e)).isEqualTo("readers[1]"));
        assertThat(read("{\"title\":\"Na\\u0306\\u0303ng\"}").title()).isEqualTo("Nẵng");
    }

    @Test
    void unknownFieldsAndTrailingTokensAreRefused() {
        assertThatThrownBy(() -> read("{\"classificaton\":\"SECRET\"}")).isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> read("{\"level\":1} {}")).isInstanceOf(DatabindException.class);
    }

    /** The field path the API reports. */
    static final class ApiProblemsPaths {
        static String of(DatabindException e) {
            return ApiProblems.path(e);
        }
    }
}
