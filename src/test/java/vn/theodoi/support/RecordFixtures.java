package vn.theodoi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;


/** Builds records through the API, as an integrating system would. */
public final class RecordFixtures {

    private RecordFixtures() {
    }

    public static Map<String, Object> record(String title, String owner, String department, List<String> provinces,
            List<String> agencies, String classification, List<String> readers) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CASE");
        body.put("title", title);
        body.put("oversightLevel", 2);
        body.put("severity", "VERY_SERIOUS");
        body.put("classification", classification);
        body.put("ownerOrganizationCode", owner);
        if (department != null) {
            body.put("ownerDepartmentCode", department);
        }
        body.put("provinceCodes", provinces);
        body.put("agencyCodes", agencies);
        body.put("readers", readers);
        body.put("crimeArticles", List.of("353"));
        return body;
    }

    public static JsonNode create(Api api, Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/records", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body();
    }

    public static JsonNode addEvent(Api api, long id, Map<String, Object> event) {
        Api.Response added = api.post("/api/v1/records/" + id + "/events", event);
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        return added.body();
    }
}
