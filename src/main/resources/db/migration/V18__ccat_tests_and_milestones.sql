-- A genomic (gene-panel) test and its C-CAT milestones. The test is shared like a referral: the referring hospital
-- (origin) and the testing hospital (partner, the referral's receiving hospital); for a hospital's own patient both
-- are that hospital. No foreign keys into other modules' tables (referral, panel case), as panel_case does: the
-- module keeps its own rows and learns of the others by their events.
CREATE TABLE ccat_test (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT       NOT NULL,
    partner_hospital_id BIGINT       NOT NULL,
    referral_id         BIGINT,
    panel_case_id       BIGINT,
    -- the test as the order named it; catalogue_test_id once it is matched or chosen (null: still to be chosen)
    ordered_test_name   VARCHAR(200) NOT NULL,
    catalogue_test_id   VARCHAR(40),
    sample_type         VARCHAR(30),
    purpose             VARCHAR(30)  NOT NULL,
    coverage            VARCHAR(20)  NOT NULL,
    ordered_on          DATE         NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_ccat_test_referral UNIQUE (referral_id),
    CONSTRAINT uk_ccat_test_panel_case UNIQUE (panel_case_id),
    CONSTRAINT fk_ccat_test_origin FOREIGN KEY (origin_hospital_id) REFERENCES hospital (id),
    CONSTRAINT fk_ccat_test_partner FOREIGN KEY (partner_hospital_id) REFERENCES hospital (id),
    CONSTRAINT ck_ccat_test_sample_type
        CHECK (sample_type IS NULL OR sample_type IN ('TISSUE', 'BLOOD', 'TISSUE_WITH_MATCHED_BLOOD')),
    CONSTRAINT ck_ccat_test_purpose CHECK (purpose IN ('PROFILING', 'COMPANION_DIAGNOSTIC_FIRST')),
    CONSTRAINT ck_ccat_test_coverage CHECK (coverage IN ('INSURED', 'ADVANCED_MEDICAL', 'SELF_PAID')),
    INDEX ix_ccat_test_partner (partner_hospital_id, ordered_on),
    INDEX ix_ccat_test_origin (origin_hospital_id, ordered_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per step of a test (follow-ups numbered 1, 2, ...). due_on is stored, re-planned on every change to the
-- test, so the worklist is one indexed query over open rows. The hospitals are copied from the test so the tenant
-- filter applies to the rows themselves. overdue_notice_for_due is the due date an overdue notice was sent for:
-- one notice per spell, and a re-planned due date starts a new spell.
CREATE TABLE ccat_milestone (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    test_id                BIGINT       NOT NULL,
    origin_hospital_id     BIGINT       NOT NULL,
    partner_hospital_id    BIGINT       NOT NULL,
    step                   VARCHAR(30)  NOT NULL,
    follow_up_number       INT          NOT NULL,
    due_on                 DATE         NOT NULL,
    reached_on             DATE,
    owner_user_id          BIGINT,
    recorded_by            BIGINT,
    recorded_by_name       VARCHAR(100),
    recorded_at            DATETIME(6),
    overdue_notice_for_due DATE,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_ccat_milestone_step UNIQUE (test_id, step, follow_up_number),
    CONSTRAINT fk_ccat_milestone_test FOREIGN KEY (test_id) REFERENCES ccat_test (id),
    CONSTRAINT fk_ccat_milestone_owner FOREIGN KEY (owner_user_id) REFERENCES user_account (id),
    CONSTRAINT ck_ccat_milestone_step CHECK (step IN ('CONSENT', 'SPECIMEN_SHIPPED', 'LAB_RESULT_UPLOADED',
        'CLINICAL_DATA_ENTERED', 'CCAT_REPORT_RECEIVED', 'PANEL_HELD', 'RESULT_EXPLAINED', 'FOLLOW_UP')),
    CONSTRAINT ck_ccat_milestone_follow_up CHECK ((step = 'FOLLOW_UP') = (follow_up_number > 0)),
    INDEX ix_ccat_milestone_open_partner (partner_hospital_id, reached_on, due_on),
    INDEX ix_ccat_milestone_open_origin (origin_hospital_id, reached_on, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
