package vn.theodoi.inspections.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.inspections.InspectionFilter;
import vn.theodoi.inspections.InspectionStatus;
import vn.theodoi.inspections.InspectionSummary;
import vn.theodoi.inspections.InspectionView;
import vn.theodoi.inspections.Inspections;
import vn.theodoi.support.EmbeddedTest;

/** On the embedded database: the demo inspections in every state, their pages in Vietnamese and English. */
@EmbeddedTest
class InspectionsWebTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Inspections inspections;

    TheodoiUser as(String username) {
        return users.loadUserByUsername(username);
    }

    String page(String who, String path, String language) throws Exception {
        return mvc.perform(get(path).with(user(as(who))).param("lang", language)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theDemoHasInspectionsInEveryStateWhoseRecommendationsAreInspectionTasks() {
        var rows = inspections.list(as("leader"), InspectionFilter.none(), PageRequest.of(0, 200)).getContent();
        Map<InspectionStatus, Long> byStatus = rows.stream()
                .collect(Collectors.groupingBy(InspectionSummary::status, Collectors.counting()));
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(InspectionStatus.values());
        InspectionSummary concluded = rows.stream().filter(r -> r.status() == InspectionStatus.CONCLUDED
                && r.recommendations() > 0).findFirst().orElseThrow();
        InspectionView view = inspections.view(as("leader"), concluded.id());
        assertThat(view.findings()).isNotBlank();
        assertThat(view.recommendations()).allSatisfy(r -> {
            assertThat(r.taskId()).isNotNull();
            assertThat(r.taskStatus()).isNotNull();
        });
    }

    @Test
    void theListAndThePageSpeakVietnameseAndEnglishWithoutRawKeys() throws Exception {
        var rows = inspections.list(as("leader"), new InspectionFilter(InspectionStatus.CONCLUDED, null, null, null, null, null, null),
                PageRequest.of(0, 1)).getContent();
        Long id = rows.get(0).id();
        String vi = page("leader", "/inspections", "vi");
        assertThat(vi).contains("Kiểm tra, giám sát").contains("Đã kết luận").doesNotContain("??");
        String en = page("leader", "/inspections?status=CONCLUDED", "en");
        assertThat(en).contains("Inspections and supervision").contains("Concluded").doesNotContain("??");
        String one = page("leader", "/inspections/" + id, "en");
        assertThat(one).contains("Recommendations and their tasks").contains("Findings").doesNotContain("??");
        assertThat(page("leader", "/inspections/new", "vi")).contains("Lập kế hoạch kiểm tra, giám sát")
                .doesNotContain("??");
    }

    @Test
    void anInspectionOutsideTheReadersScopeIsNotFoundOnThePage() throws Exception {
        // the demo's inspection of Hà Nội is conducted by the anti-corruption department, not the specialist's
        var hanoi = inspections.list(as("leader"), new InspectionFilter(null, null, "BCD-01", null, null, null, null),
                PageRequest.of(0, 1)).getContent().get(0);
        int status = mvc.perform(get("/inspections/" + hanoi.id()).with(user(as("specialist")))).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(404);
        assertThat(inspections.list(as("specialist"), new InspectionFilter(null, null, "BCD-01", null, null, null, null),
                PageRequest.of(0, 10)).getContent()).isEmpty();
    }
}
