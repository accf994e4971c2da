package jp.renkei.insight;

/** The columns of {@code insight_fact} an event may set; the only names that reach the SQL. */
enum FactColumn {
    TESTING_HOSPITAL("testing_hospital_id"),
    PANEL_HOSPITAL("panel_hospital_id"),
    PANEL_CASE("panel_case_id"),
    TEST("test_id"),
    REFERRED_ON("referred_on"),
    TEST_ORDERED_ON("test_ordered_on"),
    SPECIMEN_SHIPPED_ON("specimen_shipped_on"),
    LAB_RESULT_ON("lab_result_on"),
    CCAT_REPORT_ON("ccat_report_on"),
    PANEL_ON("panel_on"),
    REPORTED_ON("reported_on"),
    EXPLAINED_ON("explained_on"),
    STANDARD_TREATMENT("standard_treatment"),
    THERAPY_RECOMMENDED("therapy_recommended"),
    THERAPY_GIVEN("therapy_given");

    private final String sql;

    FactColumn(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
