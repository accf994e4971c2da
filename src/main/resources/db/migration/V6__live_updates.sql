-- Change feed for live updates across application nodes: a service's LiveChange is appended after its commit;
-- every node polls recent rows and refreshes its own open screens. Ids and topics only, no patient data.
-- Pruned by age (a few minutes of history is all the pollers need).
CREATE TABLE live_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    topic       VARCHAR(100) NOT NULL,
    hospital_id BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_live_change_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
