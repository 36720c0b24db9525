package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.theodoi.organization.Organizations;
import vn.theodoi.support.IntegrationTest;

/** DOMAIN.md section 9: each role's organizational scope. */
@IntegrationTest
class AccessScopeIT {

    @Autowired
    Users users;

    @Autowired
    AccessScopes scopes;

    @Autowired
    Organizations organizations;

    private Scope scopeOf(String username) {
        return scopes.of(users.loadUserByUsername(username));
    }

    private Long id(String code) {
        return organizations.byCode(code).orElseThrow().id();
    }

    @Test
    void leadersSeeEverything() {
        assertThat(scopeOf("leader").kind()).isEqualTo(Scope.Kind.ALL);
    }

    @Test
    void departmentStaffSeeTheirDepartmentAndWhatIsBelowItOnly() {
        Scope head = scopeOf("department_head");
        Scope specialist = scopeOf("specialist");

        assertThat(head.kind()).isEqualTo(Scope.Kind.ORGANIZATIONS);
        assertThat(head.organizationIds()).contains(id("BNCTW-VAVV"))
                .doesNotContain(id("BNCTW"), id("BNCTW-PCTN"), id("BNC-48"));
        assertThat(specialist.organizationIds()).isEqualTo(head.organizationIds());
    }

    @Test
    void provincialOfficersSeeTheirProvince() {
        Scope scope = scopeOf("provincial_officer");

        assertThat(scope.kind()).isEqualTo(Scope.Kind.PROVINCE);
        assertThat(scope.provinceCodes()).contains("VN-48")
                .as("the earlier Quảng Nam, merged into Đà Nẵng, and the earlier Đà Nẵng")
                .hasSize(3)
                .doesNotContain("VN-01");
    }

    @Test
    void agencyLiaisonsSeeTheirAgencysRecords() {
        Scope scope = scopeOf("agency_liaison");

        assertThat(scope.kind()).isEqualTo(Scope.Kind.AGENCIES);
        assertThat(scope.organizationIds()).containsExactly(id("BCA-C03"));
    }

    @Test
    void administratorsAndAuditorsSeeNoCaseContent() {
        assertThat(scopeOf("admin").kind()).isEqualTo(Scope.Kind.NONE);
        assertThat(scopeOf("auditor").kind()).isEqualTo(Scope.Kind.NONE);
    }
}
