-- Asynchronous review rounds (持ち回り協議) of a panel case. Owned by the panel's hospital alone, like its panels,
-- members and meetings: the members' responses are the panel's internal deliberation and name its members; the
-- referring hospital sees the outcome on panel_case (status, concluded rule set, escalation time) and, later,
-- in the report.
--
-- One round per case (a case enters a round only from ASSIGNED, and leaves it concluded or escalated).
-- review_day fixes the composition rule set that judges the round (the Tokyo date it was opened).
CREATE TABLE panel_review_round (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    hospital_id            BIGINT        NOT NULL,
    panel_case_id          BIGINT        NOT NULL,
    panel_id               BIGINT        NOT NULL,
    review_day             DATE          NOT NULL,
    history_provided       BOOLEAN       NOT NULL,
    pediatric_case         BOOLEAN       NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    opened_at              DATETIME(6)   NOT NULL,
    opened_by              VARCHAR(200)  NOT NULL,
    closed_at              DATETIME(6),
    rule_set_id            VARCHAR(60),
    rule_set_version       VARCHAR(20),
    escalated_by_member_id BIGINT,
    escalation_reason      VARCHAR(2000),
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_round_case UNIQUE (panel_case_id),
    CONSTRAINT fk_review_round_case FOREIGN KEY (panel_case_id) REFERENCES panel_case (id),
    CONSTRAINT fk_review_round_panel FOREIGN KEY (panel_id) REFERENCES expert_panel (id),
    CONSTRAINT fk_review_round_escalator FOREIGN KEY (escalated_by_member_id) REFERENCES expert_panel_member (id),
    CONSTRAINT ck_review_round_status CHECK (status IN ('OPEN', 'CONCLUDED', 'ESCALATED')),
    INDEX ix_review_round_hospital (hospital_id, panel_case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The members asked to respond in the round.
CREATE TABLE panel_review_participant (
    round_id  BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (round_id, member_id),
    CONSTRAINT fk_review_participant_round FOREIGN KEY (round_id) REFERENCES panel_review_round (id),
    CONSTRAINT fk_review_participant_member FOREIGN KEY (member_id) REFERENCES expert_panel_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every response a member gave, so who said what when stays visible after a change of mind. current_marker is
-- TRUE on a member's current response and NULL on the ones it replaced: the unique key (NULLs never collide)
-- lets the database keep exactly one current response per member and round, even for two clicks at once.
CREATE TABLE panel_review_response (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    hospital_id    BIGINT        NOT NULL,
    round_id       BIGINT        NOT NULL,
    member_id      BIGINT        NOT NULL,
    response       VARCHAR(20)   NOT NULL,
    comment        VARCHAR(2000),
    responded_at   DATETIME(6)   NOT NULL,
    responded_by   VARCHAR(200)  NOT NULL,
    current_marker BOOLEAN,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_response_current UNIQUE (round_id, member_id, current_marker),
    CONSTRAINT fk_review_response_round FOREIGN KEY (round_id) REFERENCES panel_review_round (id),
    CONSTRAINT fk_review_response_member FOREIGN KEY (member_id) REFERENCES expert_panel_member (id),
    CONSTRAINT ck_review_response CHECK (response IN ('AGREE', 'DISAGREE', 'COMMENT')),
    CONSTRAINT ck_review_response_marker CHECK (current_marker IS NULL OR current_marker = TRUE),
    INDEX ix_review_response_round (hospital_id, round_id, responded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
