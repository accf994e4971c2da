-- A notice may name its recipients among the role's holders (review-round participants, the owner of an
-- overdue step). A notification without rows here is for everyone holding the role, as before.
CREATE TABLE notification_recipient (
    notification_id BIGINT NOT NULL,
    user_id         BIGINT NOT NULL,
    PRIMARY KEY (notification_id, user_id),
    INDEX ix_notification_recipient_user (user_id, notification_id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
