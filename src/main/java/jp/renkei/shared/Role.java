package jp.renkei.shared;

/**
 * What a person may do at one hospital. A membership is user × hospital × role;
 * {@link #NETWORK_ADMIN} is the only role not tied to a hospital (and so to no patient data).
 */
public enum Role {
    LIAISON_CLINICIAN,
    CORE_COORDINATOR,
    GENETIC_COUNSELOR,
    PANEL_MEMBER,
    HOSPITAL_ADMIN,
    NETWORK_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isHospitalBound() {
        return this != NETWORK_ADMIN;
    }

    /** Constants for {@code @RolesAllowed} and {@code @PreAuthorize}, which need compile-time strings. */
    public static final class Names {
        public static final String LIAISON_CLINICIAN = "LIAISON_CLINICIAN";
        public static final String CORE_COORDINATOR = "CORE_COORDINATOR";
        public static final String GENETIC_COUNSELOR = "GENETIC_COUNSELOR";
        public static final String PANEL_MEMBER = "PANEL_MEMBER";
        public static final String HOSPITAL_ADMIN = "HOSPITAL_ADMIN";
        public static final String NETWORK_ADMIN = "NETWORK_ADMIN";

        private Names() {
        }
    }
}
