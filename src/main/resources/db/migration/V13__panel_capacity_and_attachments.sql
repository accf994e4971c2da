-- How many cases a meeting can take (the panel's default is copied to each meeting scheduled, and a coordinator
-- may change it per meeting), the date each case is due at a panel (assignment looks for the earliest meeting on
-- or before it), the coordinator's reassignments with their reason, and the case's lab and C-CAT reports.
ALTER TABLE expert_panel
    ADD COLUMN default_case_capacity INT NOT NULL DEFAULT 10,
    ADD CONSTRAINT ck_panel_default_capacity CHECK (default_case_capacity BETWEEN 1 AND 200);

ALTER TABLE panel_meeting
    ADD COLUMN case_capacity INT NOT NULL DEFAULT 10,
    ADD CONSTRAINT ck_meeting_capacity CHECK (case_capacity BETWEEN 1 AND 200);

-- Cases opened before this migration: four weeks after acceptance (new cases count business days in Java).
ALTER TABLE panel_case
    ADD COLUMN due_on DATE;
UPDATE panel_case SET due_on = DATE_ADD(DATE(accepted_at), INTERVAL 28 DAY) WHERE due_on IS NULL;

-- Both hospitals read a case's moves (the referring one sees where its patient went and why).
CREATE TABLE panel_case_move (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT        NOT NULL,
    partner_hospital_id BIGINT        NOT NULL,
    panel_case_id       BIGINT        NOT NULL,
    from_panel_name     VARCHAR(200),
    from_meeting_at     DATETIME(6),
    to_panel_name       VARCHAR(200)  NOT NULL,
    to_meeting_at       DATETIME(6),
    reason              VARCHAR(500)  NOT NULL,
    moved_by            VARCHAR(200)  NOT NULL,
    moved_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_move_case FOREIGN KEY (panel_case_id) REFERENCES panel_case (id),
    INDEX ix_move_case (panel_case_id, moved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lab's report and C-CAT's findings report (調査結果) as PDFs; received_on is the day the hospital received
-- the report (turnaround is counted from the C-CAT report's). The C-CAT report is for clinicians only.
CREATE TABLE panel_case_attachment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT        NOT NULL,
    partner_hospital_id BIGINT        NOT NULL,
    panel_case_id       BIGINT        NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    file_name           VARCHAR(200)  NOT NULL,
    mime_type           VARCHAR(100)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    content             LONGBLOB      NOT NULL,
    received_on         DATE          NOT NULL,
    uploaded_by         VARCHAR(200)  NOT NULL,
    uploaded_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_case FOREIGN KEY (panel_case_id) REFERENCES panel_case (id),
    CONSTRAINT ck_attachment_kind CHECK (kind IN ('LAB_REPORT', 'CCAT_REPORT', 'OTHER')),
    INDEX ix_attachment_case (panel_case_id, kind, received_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
