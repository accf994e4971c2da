-- Where a panel case stands, so lists and the referring hospital can see it without reading the panel's rows:
-- ASSIGNED (waiting for its meeting or round), IN_ASYNC_REVIEW (持ち回り round open), ESCALATED (a disagreement moved
-- it to a real-time meeting), CONCLUDED (recommendations agreed; concluded_rule_set_* is the composition rule set
-- the reviewers satisfied), REPORTED (report returned to the referrer), EXPLAINED (the referrer recorded the date
-- the result was explained to the patient).
ALTER TABLE panel_case
    ADD COLUMN status                     VARCHAR(20)  NOT NULL DEFAULT 'ASSIGNED',
    ADD COLUMN escalated_at               DATETIME(6),
    ADD COLUMN concluded_at               DATETIME(6),
    ADD COLUMN concluded_rule_set_id      VARCHAR(60),
    ADD COLUMN concluded_rule_set_version VARCHAR(20),
    ADD COLUMN reported_at                DATETIME(6),
    ADD COLUMN explained_on               DATE,
    ADD CONSTRAINT ck_panel_case_status
        CHECK (status IN ('ASSIGNED', 'IN_ASYNC_REVIEW', 'ESCALATED', 'CONCLUDED', 'REPORTED', 'EXPLAINED'));
