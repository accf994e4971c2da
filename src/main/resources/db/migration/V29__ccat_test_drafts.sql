-- What a coordinator has typed into one of a test page's entry forms (particulars, a milestone's day, a consent
-- decision, a follow-up entry) and not yet recorded: one row per test, form and person, the form's fields as JSON.
-- Kept in the database, not in a node's memory, so it survives the session's end and a move to the other node.
-- Owned by the author's hospital (the testing hospital) and read only by its author.
CREATE TABLE ccat_test_draft (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    hospital_id BIGINT       NOT NULL,
    test_id     BIGINT       NOT NULL,
    form        VARCHAR(20)  NOT NULL,
    author_id   BIGINT       NOT NULL,
    fields      TEXT         NOT NULL,
    saved_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ccat_test_draft UNIQUE (test_id, form, author_id),
    CONSTRAINT fk_ccat_test_draft_test FOREIGN KEY (test_id) REFERENCES ccat_test (id),
    CONSTRAINT ck_ccat_test_draft_form CHECK (form IN ('PARTICULARS', 'MILESTONE', 'CONSENT', 'FOLLOW_UP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
