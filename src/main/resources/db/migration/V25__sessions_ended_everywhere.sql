-- "Sign out everywhere": sessions of this account that began before this moment end at their next request, on
-- every application node (sessions live in each node's servlet container; the account row is shared).
ALTER TABLE user_account
    ADD COLUMN sessions_ended_at DATETIME(6) NULL AFTER totp_last_step;
