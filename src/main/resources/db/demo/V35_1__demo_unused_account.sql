-- Demo only: 平井 綾 (toto-coordinator2, 東都) has not signed in for five months, so 東都's admin sees her under
-- 「90日以上使われていないアカウントのみ」 on the staff list. Relative to when the demo database is created.
UPDATE user_account
   SET created_at = UTC_TIMESTAMP(6) - INTERVAL 1 YEAR,
       last_signed_in_at = UTC_TIMESTAMP(6) - INTERVAL 5 MONTH
 WHERE username = 'toto-coordinator2';
