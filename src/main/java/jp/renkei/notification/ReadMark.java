package jp.renkei.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who has read a notification, and when. */
@Embeddable
record ReadMark(@Column(name = "user_id") long userId, @Column(name = "read_at") Instant readAt) {
}
