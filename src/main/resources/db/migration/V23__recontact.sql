-- Biomarker → therapy approvals the network admin keeps (network-level, no patient data), and the recontact tasks a
-- new approval raises for past panel cases with a matching variant. An approval is one row however often it is
-- saved (unique on what it says); a task is one per approval and case however often, or on how many nodes at once,
-- the approval is matched (unique key), shared like the case by the referring hospital and the panel's.
CREATE TABLE therapy_approval (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    gene             VARCHAR(100) NOT NULL,
    -- an alteration as the sequencing report writes it (p.G12C), a variant class (fusion, amplification), or '*'
    alteration       VARCHAR(100) NOT NULL,
    -- an OncoTree code, or '*' for every cancer type (tumour-agnostic)
    cancer_type_code VARCHAR(20)  NOT NULL,
    drug             VARCHAR(200) NOT NULL,
    approved_on      DATE         NOT NULL,
    source           VARCHAR(500) NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    recorded_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_therapy_approval UNIQUE (gene, alteration, cancer_type_code, drug, approved_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recontact_task (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT       NOT NULL,
    partner_hospital_id BIGINT       NOT NULL,
    approval_id         BIGINT       NOT NULL,
    panel_case_id       BIGINT       NOT NULL,
    referral_id         BIGINT,
    gene                VARCHAR(100) NOT NULL,
    alteration          VARCHAR(100) NOT NULL,
    cancer_type_code    VARCHAR(20),
    created_at          DATETIME(6)  NOT NULL,
    contacted_on        DATE,
    contacted_by        VARCHAR(100),
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_recontact_once UNIQUE (approval_id, panel_case_id),
    CONSTRAINT fk_recontact_approval FOREIGN KEY (approval_id) REFERENCES therapy_approval (id),
    INDEX ix_recontact_origin (origin_hospital_id, contacted_on),
    INDEX ix_recontact_partner (partner_hospital_id, contacted_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
