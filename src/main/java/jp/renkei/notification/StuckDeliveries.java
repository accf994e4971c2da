package jp.renkei.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.audit.AuditEvent;

/**
 * What the event publication registry still holds undelivered, for network admins: failed deliveries and those
 * pending longer than a minute. A network-level view of delivery plumbing; it shows no event content.
 */
@Service
public class StuckDeliveries {

    static final Duration PENDING_TOO_LONG = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final FailedEventPublications failed;
    private final CurrentUser currentUser;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    StuckDeliveries(JdbcTemplate jdbc, FailedEventPublications failed, CurrentUser currentUser,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.failed = failed;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<StuckDelivery> list(int limit) {
        Timestamp pendingSince = Timestamp.from(clock.instant().minus(PENDING_TOO_LONG));
        return jdbc.query("""
                select ID, LISTENER_ID, EVENT_TYPE, PUBLICATION_DATE, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE
                from EVENT_PUBLICATION
                where COMPLETION_DATE is null and (STATUS = 'FAILED' or PUBLICATION_DATE < ?)
                order by PUBLICATION_DATE
                limit ?""", (rs, row) -> new StuckDelivery(UUID.fromString(rs.getString(1)),
                shortName(rs.getString(2)), shortName(rs.getString(3)), instant(rs.getTimestamp(4)),
                rs.getString(5) == null ? "PUBLISHED" : rs.getString(5), rs.getInt(6), instant(rs.getTimestamp(7))),
                pendingSince, limit);
    }

    /** Tries one failed delivery again now, in the background (a hanging mail server must not hold the page). */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    public void retryNow(UUID id) {
        var user = currentUser.require();
        events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), null, "DELIVERY_RETRIED",
                "delivery:" + id, null));
        CompletableFuture.runAsync(() -> failed.resubmit(ResubmissionOptions.defaults()
                .withFilter(publication -> publication.getIdentifier().equals(id))));
    }

    /** {@code jp.renkei.notification.NoticeMailer.email(jp.renkei…Notice)} reads as {@code NoticeMailer.email}. */
    static String shortName(String qualified) {
        if (qualified == null) {
            return "";
        }
        String head = qualified.contains("(") ? qualified.substring(0, qualified.indexOf('(')) : qualified;
        String[] parts = head.split("\\.");
        return parts.length >= 2 && Character.isLowerCase(parts[parts.length - 1].charAt(0))
                ? parts[parts.length - 2] + "." + parts[parts.length - 1]
                : parts[parts.length - 1];
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
