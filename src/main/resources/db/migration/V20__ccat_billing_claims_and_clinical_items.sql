-- What the billing office claimed for a test, one row per fee-schedule item (D006-19, B011-5, D004-2), with the day
-- it was claimed and its points: a claimed item stops showing as claimable, and the points of a D004-2 claim (the
-- companion diagnostic) are deducted from D006-19. Shared by the test's two hospitals like the test itself.
CREATE TABLE ccat_billing_claim (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    test_id             BIGINT       NOT NULL,
    origin_hospital_id  BIGINT       NOT NULL,
    partner_hospital_id BIGINT       NOT NULL,
    item                VARCHAR(10)  NOT NULL,
    points              INT          NOT NULL,
    claimed_on          DATE         NOT NULL,
    recorded_by         BIGINT       NOT NULL,
    recorded_by_name    VARCHAR(100) NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ccat_billing_claim UNIQUE (test_id, item),
    CONSTRAINT fk_ccat_billing_claim_test FOREIGN KEY (test_id) REFERENCES ccat_test (id),
    CONSTRAINT ck_ccat_billing_claim_item CHECK (item IN ('D006_19', 'B011_5', 'D004_2')),
    CONSTRAINT ck_ccat_billing_claim_points CHECK (points >= 0),
    INDEX ix_ccat_billing_claim_partner (partner_hospital_id, claimed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The patient transferred to another hospital or died: before the result was explained this puts B011-5 at risk.
-- At most one per test (the first departure is the one that matters for billing).
CREATE TABLE ccat_patient_departure (
    test_id             BIGINT       NOT NULL,
    origin_hospital_id  BIGINT       NOT NULL,
    partner_hospital_id BIGINT       NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    departed_on         DATE         NOT NULL,
    recorded_by         BIGINT       NOT NULL,
    recorded_by_name    VARCHAR(100) NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (test_id),
    CONSTRAINT fk_ccat_departure_test FOREIGN KEY (test_id) REFERENCES ccat_test (id),
    CONSTRAINT ck_ccat_departure_kind CHECK (kind IN ('TRANSFERRED', 'DIED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A clinical item of C-CAT's list recorded as entered in C-CAT's input tool, under the item-set version it belongs
-- to (ccat/completeness-items-<version>.json), so a revised list never reinterprets an old entry.
CREATE TABLE ccat_clinical_item_entry (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    test_id             BIGINT       NOT NULL,
    origin_hospital_id  BIGINT       NOT NULL,
    partner_hospital_id BIGINT       NOT NULL,
    item_set_version    VARCHAR(20)  NOT NULL,
    item_id             VARCHAR(60)  NOT NULL,
    recorded_by         BIGINT       NOT NULL,
    recorded_by_name    VARCHAR(100) NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ccat_clinical_item UNIQUE (test_id, item_set_version, item_id),
    CONSTRAINT fk_ccat_clinical_item_test FOREIGN KEY (test_id) REFERENCES ccat_test (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
