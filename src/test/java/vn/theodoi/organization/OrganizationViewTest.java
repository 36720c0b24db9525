package vn.theodoi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which province's officers reach what an organization owns or leads: its committee's or standing agency's only. */
class OrganizationViewTest {

    static OrganizationView of(OrganizationType type, String provinceCode) {
        return new OrganizationView(1L, "X", "Hư cấu", null, type, null, null, null, null, provinceCode, true, null, 0, 0);
    }

    @Test
    void aProvincialCommitteeOrStandingAgencyIsItsProvincesAnyOtherNone() {
        assertThat(of(OrganizationType.PROVINCIAL_STEERING_COMMITTEE, "VN-48").committeeProvince()).isEqualTo("VN-48");
        assertThat(of(OrganizationType.PROVINCIAL_STANDING_AGENCY, "VN-01").committeeProvince()).isEqualTo("VN-01");
        assertThat(of(OrganizationType.DEPARTMENT, "VN-48").committeeProvince()).isNull();
        assertThat(of(OrganizationType.STEERING_COMMITTEE, null).committeeProvince()).isNull();
    }
}
