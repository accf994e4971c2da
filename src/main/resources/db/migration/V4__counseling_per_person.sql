-- One person, one calendar: a counselor who works at several hospitals has one counselor row per hospital,
-- but can only be in one session at a time. Bookings now carry the person (counselor_user_id) and the unique
-- key that guards against double booking is per person, not per row.
ALTER TABLE counseling_booking ADD COLUMN counselor_user_id BIGINT NULL AFTER counselor_id;
UPDATE counseling_booking b JOIN counselor c ON c.id = b.counselor_id SET b.counselor_user_id = c.user_id;
ALTER TABLE counseling_booking MODIFY counselor_user_id BIGINT NOT NULL;
ALTER TABLE counseling_booking ADD CONSTRAINT fk_booking_counselor_user FOREIGN KEY (counselor_user_id)
    REFERENCES user_account (id);
-- ix_booking_counselor_time still backs fk_booking_counselor once the per-row key is gone
ALTER TABLE counseling_booking DROP INDEX uk_booking_active_slot;
ALTER TABLE counseling_booking ADD CONSTRAINT uk_booking_person_active_slot UNIQUE (counselor_user_id, active_start);
CREATE INDEX ix_booking_person_time ON counseling_booking (counselor_user_id, starts_at);

-- Leave carries a reason the counselor's colleagues can read.
ALTER TABLE counselor_exception ADD COLUMN reason VARCHAR(200) NULL;

-- The booking history takes the shared history shape (jp.renkei.shared.workflow.HistoryEntry). Existing rows
-- keep their time as the detail; the acting hospital is the side that could take that step (the counselor's
-- for no-show and outcome); only the booker's user id is known for old rows.
ALTER TABLE counseling_booking_history
    ADD COLUMN actor_user_id BIGINT NULL AFTER occurred_at,
    ADD COLUMN actor_hospital_id BIGINT NULL AFTER actor_name,
    ADD COLUMN detail VARCHAR(500) NULL AFTER note;
UPDATE counseling_booking_history h JOIN counseling_booking b ON b.id = h.booking_id
   SET h.actor_hospital_id = CASE WHEN h.action IN ('NO_SHOW', 'OUTCOME') THEN b.partner_hospital_id
                                  ELSE b.origin_hospital_id END,
       h.actor_user_id = CASE WHEN h.action = 'BOOKED' THEN b.booked_by_user_id ELSE NULL END,
       h.detail = DATE_FORMAT(DATE_ADD(h.starts_at, INTERVAL 9 HOUR), '%Y-%m-%d %H:%i');
ALTER TABLE counseling_booking_history MODIFY actor_hospital_id BIGINT NOT NULL;
ALTER TABLE counseling_booking_history DROP COLUMN starts_at;
