-- Expert panels (エキスパートパネル): panels of a hospital with their members and qualification categories,
-- meetings with their attendance and the composition rule set that judged them at sign-off, and panel cases
-- created from accepted referrals, shared by the referring hospital and the panel's hospital.

CREATE TABLE expert_panel (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    hospital_id         BIGINT       NOT NULL,
    name                VARCHAR(200) NOT NULL,
    tumour_category     VARCHAR(20)  NOT NULL,
    in_house_sequencing BOOLEAN      NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_panel_name UNIQUE (hospital_id, name),
    CONSTRAINT fk_panel_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id),
    CONSTRAINT ck_panel_category CHECK (tumour_category IN ('SOLID', 'HAEMATOLOGICAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- user_id is optional: external experts (a visiting bioinformatician) have no account at the hospital.
-- roles holds the categories (ア)–(キ) as enum names, comma-separated ("A,C").
CREATE TABLE expert_panel_member (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    hospital_id            BIGINT       NOT NULL,
    panel_id               BIGINT       NOT NULL,
    user_id                BIGINT,
    display_name           VARCHAR(200) NOT NULL,
    roles                  VARCHAR(40)  NOT NULL,
    specialty              VARCHAR(100),
    full_time              BOOLEAN      NOT NULL,
    pediatric_experience   BOOLEAN      NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_member_panel FOREIGN KEY (panel_id) REFERENCES expert_panel (id),
    CONSTRAINT fk_member_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_member_panel (hospital_id, panel_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A real-time meeting or an asynchronous review round (持ち回り協議). rule_set_id/version: the composition
-- requirements that judged the attendance when it was signed off, kept so a later rule change never rewrites it.
CREATE TABLE panel_meeting (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    hospital_id         BIGINT        NOT NULL,
    panel_id            BIGINT        NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    starts_at           DATETIME(6)   NOT NULL,
    video_url           VARCHAR(300),
    status              VARCHAR(20)   NOT NULL,
    attending_present   BOOLEAN       NOT NULL DEFAULT FALSE,
    history_provided    BOOLEAN       NOT NULL DEFAULT FALSE,
    pediatric_case      BOOLEAN       NOT NULL DEFAULT FALSE,
    signed_off_at       DATETIME(6),
    signed_off_by       VARCHAR(200),
    rule_set_id         VARCHAR(60),
    rule_set_version    VARCHAR(20),
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_panel FOREIGN KEY (panel_id) REFERENCES expert_panel (id),
    CONSTRAINT ck_meeting_kind CHECK (kind IN ('REAL_TIME', 'ASYNC_ROUND')),
    CONSTRAINT ck_meeting_status CHECK (status IN ('SCHEDULED', 'SIGNED_OFF')),
    INDEX ix_meeting_panel_time (hospital_id, panel_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_meeting_attendee (
    meeting_id BIGINT NOT NULL,
    member_id  BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, member_id),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES panel_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendee_member FOREIGN KEY (member_id) REFERENCES expert_panel_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- origin = the referring hospital, partner = the panel's hospital. One case per referral: the unique key makes
-- a redelivered ReferralAccepted a no-op. panel_name and meeting_starts_at are copied at assignment because the
-- referring hospital may not read the other hospital's panel and meeting rows.
CREATE TABLE panel_case (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT       NOT NULL,
    partner_hospital_id BIGINT       NOT NULL,
    referral_id         BIGINT       NOT NULL,
    panel_id            BIGINT,
    meeting_id          BIGINT,
    panel_name          VARCHAR(200),
    meeting_starts_at   DATETIME(6),
    cancer_type_code    VARCHAR(20),
    accepted_at         DATETIME(6)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_panel_case_referral UNIQUE (referral_id),
    CONSTRAINT fk_case_panel FOREIGN KEY (panel_id) REFERENCES expert_panel (id),
    CONSTRAINT fk_case_meeting FOREIGN KEY (meeting_id) REFERENCES panel_meeting (id),
    INDEX ix_case_partner (partner_hospital_id, created_at),
    INDEX ix_case_origin (origin_hospital_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
