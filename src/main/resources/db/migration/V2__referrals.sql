-- Referrals (紹介): patients stored once per hospital, referrals shared by exactly two hospitals
-- (origin = referring liaison hospital, partner = receiving core/designated hospital).

CREATE TABLE patient (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    hospital_id         BIGINT       NOT NULL,
    hospital_patient_id VARCHAR(30)  NOT NULL,
    name_kanji          VARCHAR(100) NOT NULL,
    name_kana           VARCHAR(100) NOT NULL,
    birth_date          DATE         NOT NULL,
    sex                 VARCHAR(10)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_patient_hospital_pid UNIQUE (hospital_id, hospital_patient_id),
    CONSTRAINT fk_patient_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    origin_hospital_id        BIGINT        NOT NULL,
    partner_hospital_id       BIGINT        NOT NULL,
    patient_id                BIGINT        NOT NULL,
    status                    VARCHAR(30)   NOT NULL,
    -- the patient as sent: the receiving hospital reads this copy, never the referrer's patient row
    patient_hospital_pid      VARCHAR(30)   NOT NULL,
    patient_name_kanji        VARCHAR(100)  NOT NULL,
    patient_name_kana         VARCHAR(100)  NOT NULL,
    patient_birth_date        DATE          NOT NULL,
    patient_sex               VARCHAR(10)   NOT NULL,
    cancer_type_code          VARCHAR(20),
    stage                     VARCHAR(20),
    treatment_line            INT,
    standard_treatment        VARCHAR(30),
    ecog                      INT,
    clinical_summary          TEXT,
    specimen_type             VARCHAR(20),
    specimen_collected_on     DATE,
    specimen_fixation         VARCHAR(100),
    tumour_cellularity        INT,
    block_available           BOOLEAN,
    wants_cgp                 BOOLEAN       NOT NULL DEFAULT FALSE,
    wants_counseling          BOOLEAN       NOT NULL DEFAULT FALSE,
    wants_panel               BOOLEAN       NOT NULL DEFAULT FALSE,
    eligibility_warnings      INT           NOT NULL DEFAULT 0,
    eligibility_justification VARCHAR(2000),
    referring_user_id         BIGINT        NOT NULL,
    referring_user_name       VARCHAR(200)  NOT NULL,
    pending_question          VARCHAR(2000),
    scheduled_on              DATE,
    ordered_test              VARCHAR(200),
    submitted_at              DATETIME(6),
    ack_due_at                DATETIME(6),
    acknowledged_at           DATETIME(6),
    overdue_notified_at       DATETIME(6),
    created_at                DATETIME(6)   NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_referral_origin FOREIGN KEY (origin_hospital_id) REFERENCES hospital (id),
    CONSTRAINT fk_referral_partner FOREIGN KEY (partner_hospital_id) REFERENCES hospital (id),
    CONSTRAINT fk_referral_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    -- list indexes start with the hospital of the side that reads them (referrer's list, receiver's inbox)
    INDEX ix_referral_origin_list (origin_hospital_id, updated_at, id),
    INDEX ix_referral_origin_status (origin_hospital_id, status, updated_at, id),
    INDEX ix_referral_partner_list (partner_hospital_id, updated_at, id),
    INDEX ix_referral_partner_status (partner_hospital_id, status, updated_at, id),
    INDEX ix_referral_partner_due (partner_hospital_id, ack_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral_prior_test (
    referral_id       BIGINT       NOT NULL,
    position          INT          NOT NULL,
    tested_on         DATE,
    test_name         VARCHAR(200) NOT NULL,
    insurance_covered BOOLEAN      NOT NULL,
    PRIMARY KEY (referral_id, position),
    CONSTRAINT fk_prior_test_referral FOREIGN KEY (referral_id) REFERENCES referral (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Timeline: every transition with actor, hospital, time and reason. Append-only.
CREATE TABLE referral_timeline (
    referral_id       BIGINT        NOT NULL,
    position          INT           NOT NULL,
    occurred_at       DATETIME(6)   NOT NULL,
    actor_user_id     BIGINT        NOT NULL,
    actor_name        VARCHAR(200)  NOT NULL,
    actor_hospital_id BIGINT        NOT NULL,
    event_type        VARCHAR(40)   NOT NULL,
    to_status         VARCHAR(30)   NOT NULL,
    note              VARCHAR(2000),
    PRIMARY KEY (referral_id, position),
    CONSTRAINT fk_timeline_referral FOREIGN KEY (referral_id) REFERENCES referral (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral_attachment (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    referral_id         BIGINT       NOT NULL,
    origin_hospital_id  BIGINT       NOT NULL,
    partner_hospital_id BIGINT       NOT NULL,
    file_name           VARCHAR(200) NOT NULL,
    content_type        VARCHAR(50)  NOT NULL,
    size_bytes          BIGINT       NOT NULL,
    sha256              CHAR(64)     NOT NULL,
    uploaded_at         DATETIME(6)  NOT NULL,
    uploaded_by_name    VARCHAR(200) NOT NULL,
    content             LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    INDEX ix_attachment_referral (referral_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- In-app notifications, addressed to a role at a hospital (everyone holding it there sees it).
CREATE TABLE notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    hospital_id    BIGINT        NOT NULL,
    recipient_role VARCHAR(30)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    message_key    VARCHAR(100)  NOT NULL,
    message_args   VARCHAR(1000),
    link           VARCHAR(200),
    PRIMARY KEY (id),
    INDEX ix_notification_recipient (hospital_id, recipient_role, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_read (
    notification_id BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    read_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (notification_id, user_id),
    CONSTRAINT fk_notification_read FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
