-- Sign-in hardening. Counted in the database, not in a node's memory, so every application node sees the
-- same lockout and the same throttled addresses.
ALTER TABLE user_account
    ADD COLUMN failed_sign_ins          INT         NOT NULL DEFAULT 0 AFTER enabled,
    ADD COLUMN locked_until             DATETIME(6)                    AFTER failed_sign_ins,
    -- Set when an admin chose the password; demo and existing accounts keep signing in without a change.
    ADD COLUMN password_change_required BOOLEAN     NOT NULL DEFAULT FALSE AFTER locked_until;

-- One row per failed sign-in from an address, kept for the throttling window only. Holds no user name:
-- what was typed as one is not stored unless it is a real account (and then only in the audit trail).
CREATE TABLE sign_in_failure (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    source_address VARCHAR(45) NOT NULL,
    failed_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_sign_in_failure_address (source_address, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
