-- Each notice carries its own identity from publication on (Notice.id). The event registry marks a delivery
-- complete only after the delivery's transaction: a crash in between replays the delivery after the restart,
-- which then finds its notice stored and adds no second one. Older rows have none (NULL is not unique).
ALTER TABLE notification
    ADD COLUMN notice_id VARCHAR(36) NULL AFTER id,
    ADD CONSTRAINT uk_notification_notice UNIQUE (notice_id);
