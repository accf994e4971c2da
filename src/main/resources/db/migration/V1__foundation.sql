-- Foundation: hospitals (tenants), partnerships, people, memberships, audit trail, event registry.
-- InnoDB, utf8mb4, timestamps stored as UTC (the server and every connection run at +00:00).

CREATE TABLE hospital (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(20)  NOT NULL,
    name_ja         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    tier            VARCHAR(20)  NOT NULL,
    panel_capable   BOOLEAN      NOT NULL,
    prefecture_code CHAR(2)      NOT NULL,
    address_ja      VARCHAR(300),
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_hospital_code UNIQUE (code),
    CONSTRAINT ck_hospital_tier CHECK (tier IN ('CORE', 'DESIGNATED', 'LIAISON'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A liaison hospital linked (連携) to a core or designated hospital that takes its referrals and panels.
CREATE TABLE partnership (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    liaison_hospital_id BIGINT      NOT NULL,
    partner_hospital_id BIGINT      NOT NULL,
    since               DATE        NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_partnership UNIQUE (liaison_hospital_id, partner_hospital_id),
    CONSTRAINT fk_partnership_liaison FOREIGN KEY (liaison_hospital_id) REFERENCES hospital (id),
    CONSTRAINT fk_partnership_partner FOREIGN KEY (partner_hospital_id) REFERENCES hospital (id),
    INDEX ix_partnership_partner (partner_hospital_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    username         VARCHAR(100) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    email            VARCHAR(254),
    password_hash    VARCHAR(255) NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- user x hospital x role; hospital_id is NULL only for NETWORK_ADMIN, which is tied to no patient data.
CREATE TABLE membership (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    hospital_id BIGINT,
    role        VARCHAR(30) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_membership UNIQUE (user_id, hospital_id, role),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_membership_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id),
    CONSTRAINT ck_membership_scope CHECK ((role = 'NETWORK_ADMIN') = (hospital_id IS NULL)),
    INDEX ix_membership_hospital (hospital_id, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application only ever inserts here.
CREATE TABLE audit_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)  NOT NULL,
    actor_user_id BIGINT,
    actor_name    VARCHAR(200) NOT NULL,
    hospital_id   BIGINT,
    action        VARCHAR(60)  NOT NULL,
    subject       VARCHAR(200),
    detail        VARCHAR(1000),
    PRIMARY KEY (id),
    INDEX ix_audit_hospital_time (hospital_id, occurred_at),
    INDEX ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spring Modulith's event publication registry (its v2 MySQL schema), so no event is lost on a crash.
CREATE TABLE IF NOT EXISTS EVENT_PUBLICATION (
    ID                     VARCHAR(36)   NOT NULL,
    LISTENER_ID            VARCHAR(512)  NOT NULL,
    EVENT_TYPE             VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6)  DEFAULT NULL NULL,
    STATUS                 VARCHAR(20),
    COMPLETION_ATTEMPTS    INT,
    LAST_RESUBMISSION_DATE TIMESTAMP(6)  DEFAULT NULL NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
