-- Variants of a panel case and the panel's recommendation for each (evidence level stored with its level system:
-- C-CAT grades with letters of its own). Shared by the case's two hospitals, like panel_case.
CREATE TABLE panel_case_variant (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT        NOT NULL,
    partner_hospital_id BIGINT        NOT NULL,
    panel_case_id       BIGINT        NOT NULL,
    gene                VARCHAR(100)  NOT NULL,
    alteration          VARCHAR(100)  NOT NULL,
    vaf_percent         DECIMAL(5, 2),
    pathogenicity       VARCHAR(30)   NOT NULL,
    germline_suspected  BOOLEAN       NOT NULL,
    evidence_level      VARCHAR(2),
    level_system        VARCHAR(40),
    therapy             VARCHAR(500),
    therapy_route       VARCHAR(30),
    trial_id            VARCHAR(40),
    secondary_finding   BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_variant_case FOREIGN KEY (panel_case_id) REFERENCES panel_case (id),
    INDEX ix_variant_case (panel_case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The variant-drug pairs at level B/C that a liaison hospital (origin) and a panel's hospital (partner) agreed
-- may go to simplified review; a new version of the list is a new set of rows with a later effective date.
CREATE TABLE panel_agreed_pair (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT        NOT NULL,
    partner_hospital_id BIGINT        NOT NULL,
    list_version        INT           NOT NULL,
    effective_from      DATE          NOT NULL,
    gene                VARCHAR(100)  NOT NULL,
    alteration          VARCHAR(100)  NOT NULL,
    drug                VARCHAR(500)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_agreed_pair_partnership (origin_hospital_id, partner_hospital_id, list_version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
