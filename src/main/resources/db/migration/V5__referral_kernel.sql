-- Referral workflow kernel: the timeline takes the history shape every shared workflow record uses
-- (occurred_at, actor_user_id, actor_name, actor_hospital_id, action, note, detail), keeping its rows:
-- the step becomes the action and the status after the step the detail. Visits get a time and a place;
-- prior tests a kind from the catalogue; the list can find a patient by ID or name.

ALTER TABLE referral_timeline
    CHANGE COLUMN event_type action VARCHAR(40) NOT NULL,
    CHANGE COLUMN to_status detail VARCHAR(200) NULL,
    MODIFY COLUMN actor_user_id BIGINT NULL;

ALTER TABLE referral
    ADD COLUMN scheduled_time  TIME         NULL AFTER scheduled_on,
    ADD COLUMN scheduled_place VARCHAR(200) NULL AFTER scheduled_time;

-- Only an insured CGP panel uses up the once-per-lifetime coverage: prior tests say what kind they were.
-- Existing rows stay NULL and are classified by name through referral/prior-tests.csv when read.
ALTER TABLE referral_prior_test
    ADD COLUMN kind VARCHAR(30) NULL AFTER insurance_covered;

-- Finding a patient in a list: each search reads one column from its start, behind the reading side's hospital.
CREATE INDEX ix_referral_origin_pid ON referral (origin_hospital_id, patient_hospital_pid);
CREATE INDEX ix_referral_origin_kana ON referral (origin_hospital_id, patient_name_kana);
CREATE INDEX ix_referral_origin_kanji ON referral (origin_hospital_id, patient_name_kanji);
CREATE INDEX ix_referral_partner_pid ON referral (partner_hospital_id, patient_hospital_pid);
CREATE INDEX ix_referral_partner_kana ON referral (partner_hospital_id, patient_name_kana);
CREATE INDEX ix_referral_partner_kanji ON referral (partner_hospital_id, patient_name_kanji);

-- Lists put overdue acknowledgements first: both sides find them in deadline order on (hospital, status, due).
CREATE INDEX ix_referral_origin_status_due ON referral (origin_hospital_id, status, ack_due_at);
CREATE INDEX ix_referral_partner_status_due ON referral (partner_hospital_id, status, ack_due_at);
