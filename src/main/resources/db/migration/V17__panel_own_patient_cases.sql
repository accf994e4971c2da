-- A coordinator may open a panel case for the hospital's own patient: no referral behind it, the hospital is both
-- origin and partner. The unique key on referral_id stays (MariaDB allows any number of NULLs).
ALTER TABLE panel_case MODIFY referral_id BIGINT NULL;

-- What a referral would have told the panel, for a case without one. A table of its own (1:1 with the case) rather
-- than columns on panel_case: the patient's identity is read only where a read is audited (case page, agenda,
-- report), never by the lists, counts and simulations that scan panel_case; and referred cases carry no empty
-- patient columns duplicating what the referral holds.
CREATE TABLE panel_own_patient (
    panel_case_id        BIGINT        NOT NULL,
    hospital_id          BIGINT        NOT NULL,
    hospital_patient_id  VARCHAR(50)   NOT NULL,
    name_kanji           VARCHAR(100)  NOT NULL,
    name_kana            VARCHAR(100)  NOT NULL,
    birth_date           DATE          NOT NULL,
    sex                  VARCHAR(10)   NOT NULL,
    cancer_type_code     VARCHAR(20)   NOT NULL,
    clinical_summary     VARCHAR(2000) NOT NULL,
    specimen_collected_on DATE,
    attending_physician  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (panel_case_id),
    CONSTRAINT fk_own_patient_case FOREIGN KEY (panel_case_id) REFERENCES panel_case (id),
    INDEX ix_own_patient_hospital (hospital_id, hospital_patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
