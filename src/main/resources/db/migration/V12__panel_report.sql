-- The panel report as issued to the referring hospital: the PDF bytes exactly as issued, with their SHA-256, so the
-- document the referring clinician explained from never changes when the case's data is edited later. One per case;
-- shared by the case's two hospitals like panel_case. germline_testing is the one thing recorded after issue: whether
-- the referring clinician had the secondary (germline) finding confirmed (NOT_YET, DONE, NOT_DONE).
CREATE TABLE panel_report (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT        NOT NULL,
    partner_hospital_id BIGINT        NOT NULL,
    panel_case_id       BIGINT        NOT NULL,
    pdf                 LONGBLOB      NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    secondary_finding   BOOLEAN       NOT NULL,
    issued_at           DATETIME(6)   NOT NULL,
    issued_by_user_id   BIGINT        NOT NULL,
    issued_by_name      VARCHAR(200)  NOT NULL,
    germline_testing    VARCHAR(20),
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_panel_report_case UNIQUE (panel_case_id),
    CONSTRAINT fk_panel_report_case FOREIGN KEY (panel_case_id) REFERENCES panel_case (id),
    CONSTRAINT ck_panel_report_germline CHECK (germline_testing IN ('NOT_YET', 'DONE', 'NOT_DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A genetic-counseling request raised by a panel report's secondary finding, for the referring hospital (origin) with
-- the panel's hospital (partner). Once per case (unique key), however often the event is delivered. booking_id and
-- booked_start follow the session booked for the referral after the request (cleared if that session is cancelled).
CREATE TABLE counseling_follow_up (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT        NOT NULL,
    partner_hospital_id BIGINT        NOT NULL,
    panel_case_id       BIGINT        NOT NULL,
    referral_id         BIGINT        NOT NULL,
    genes               VARCHAR(500)  NOT NULL,
    raised_at           DATETIME(6)   NOT NULL,
    booking_id          BIGINT,
    booked_start        DATETIME(6),
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_follow_up_case UNIQUE (panel_case_id),
    INDEX ix_follow_up_referral (referral_id),
    INDEX ix_follow_up_origin (origin_hospital_id, raised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
