-- Second factor (TOTP, RFC 6238) for every staff account. The shared secret is stored encrypted (AES-GCM, key
-- outside the database: renkei.mfa.encryption-key); NULL means the person enrols at their next sign-in.
ALTER TABLE user_account
    ADD COLUMN totp_secret    VARCHAR(200) NULL AFTER password_change_required,
    -- The last 30-second step whose code was accepted: a code is good once, never again (replay).
    ADD COLUMN totp_last_step BIGINT       NULL AFTER totp_secret;

-- Ten single-use recovery codes per person, stored as password hashes (shown once, at enrolment).
CREATE TABLE recovery_code (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    user_id   BIGINT       NOT NULL,
    code_hash VARCHAR(255) NOT NULL,
    used_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_recovery_code_user (user_id, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
