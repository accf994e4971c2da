-- The network figures' read model: one row per patient journey (a referral, or a panel case or a C-CAT test
-- without one), filled only from other modules' events, so figures never read those modules' tables. It holds
-- hospital ids, dates per stage and yes/no facts, never a patient identity. A journey is found by whichever
-- key the event carries; MariaDB and MySQL allow any number of NULLs under a unique key.
CREATE TABLE insight_fact (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    referral_id           BIGINT,
    panel_case_id         BIGINT,
    test_id               BIGINT,
    referring_hospital_id BIGINT      NOT NULL,
    testing_hospital_id   BIGINT,
    panel_hospital_id     BIGINT,
    referred_on           DATE,
    test_ordered_on       DATE,
    specimen_shipped_on   DATE,
    lab_result_on         DATE,
    ccat_report_on        DATE,
    panel_on              DATE,
    reported_on           DATE,
    explained_on          DATE,
    -- referral.StandardTreatmentStatus when the test was ordered; NULL when nobody said
    standard_treatment    VARCHAR(30),
    therapy_recommended   BOOLEAN,
    therapy_given         BOOLEAN,
    updated_at            DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_fact_referral UNIQUE (referral_id),
    CONSTRAINT uk_fact_panel_case UNIQUE (panel_case_id),
    CONSTRAINT uk_fact_test UNIQUE (test_id),
    INDEX ix_fact_referring (referring_hospital_id, referred_on),
    INDEX ix_fact_testing (testing_hospital_id, referred_on),
    INDEX ix_fact_panel (panel_hospital_id, panel_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
