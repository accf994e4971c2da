-- When each person last completed a sign-in (password and second factor), so a hospital admin can find accounts
-- nobody has used for a long time (MHLW checklist: 不要なアカウントを削除). Written at sign-in by SignInAttempts.
ALTER TABLE user_account
    ADD COLUMN last_signed_in_at DATETIME(6) NULL;

-- Sign-ins before this column existed are known from the audit trail; read once here, never on a list.
UPDATE user_account u
   SET u.last_signed_in_at = (SELECT MAX(a.occurred_at) FROM audit_entry a
                               WHERE a.action = 'SIGNED_IN' AND a.actor_user_id = u.id);
