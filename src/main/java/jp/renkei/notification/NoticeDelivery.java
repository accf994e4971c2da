package jp.renkei.notification;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.live.LiveChange;
import jp.renkei.shared.live.LiveTopics;
import jp.renkei.shared.notification.Notice;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Stores the notice for the in-app list (the bell) and tells the open bells of its role at its hospital (live
 * updates; the others' counts did not change). Runs
 * after the publisher's commit; the email goes out in a listener of its own ({@link NoticeMailer}), so a mail
 * server that is down or hanging never costs the in-app notice and a retried email never stores it twice.
 */
@Component
class NoticeDelivery {

    private final NotificationRepository notifications;
    private final HospitalScopes scopes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NoticeDelivery(NotificationRepository notifications, HospitalScopes scopes, Clock clock,
            ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.scopes = scopes;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stored once per notice: the registry marks this delivery complete after its transaction, so a crash in
     * between (seen when the database server was killed) replays it after the restart.
     */
    @ApplicationModuleListener
    void deliver(Notice notice) {
        scopes.runAs(notice.hospital(), "deliver notice " + notice.messageKey(), () -> {
            if (!notifications.existsByNoticeId(notice.id())) {
                notifications.save(new Notification(notice, clock.instant()));
            }
        });
        events.publishEvent(new LiveChange(LiveTopics.notices(notice.hospital(), notice.recipientRole()),
                notice.hospital()));
    }
}
