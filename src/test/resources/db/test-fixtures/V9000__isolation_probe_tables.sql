-- Test-only tables for the tenant-isolation probes (one owner; shared by two hospitals).
CREATE TABLE isolation_probe (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    hospital_id BIGINT       NOT NULL,
    label       VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_isolation_probe_hospital (hospital_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shared_isolation_probe (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    origin_hospital_id  BIGINT       NOT NULL,
    partner_hospital_id BIGINT       NOT NULL,
    label               VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
