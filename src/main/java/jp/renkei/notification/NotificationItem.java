package jp.renkei.notification;

import java.time.Instant;
import java.util.List;

/** A notification as its reader sees it. */
public record NotificationItem(long id, Instant createdAt, String messageKey, List<String> arguments, String link,
        boolean read) {
}
