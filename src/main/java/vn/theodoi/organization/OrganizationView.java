package vn.theodoi.organization;

/** An organization as lists and the API show it: flat, with its parent and successor by code. */
public record OrganizationView(Long id, String code, String name, String shortName, OrganizationType type,
        AgencyKind agencyKind, String courtLevel, Long parentId, String parentCode, String provinceCode,
        boolean active, String successorCode, int sortOrder, long version) {

    public String displayName() {
        return shortName != null ? shortName : name;
    }

    /**
     * The province whose steering committee or standing agency this is; null for any other organization. What it
     * owns or leads is within that province's officers' reach.
     */
    public String committeeProvince() {
        return type == OrganizationType.PROVINCIAL_STEERING_COMMITTEE
                || type == OrganizationType.PROVINCIAL_STANDING_AGENCY ? provinceCode : null;
    }
}
