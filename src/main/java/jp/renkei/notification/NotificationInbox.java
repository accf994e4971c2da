package jp.renkei.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.Role;
import jp.renkei.shared.live.LiveChange;
import jp.renkei.shared.live.LiveTopics;
import jp.renkei.shared.ui.UnreadNotifications;
import jp.renkei.shared.workflow.NotFound;

/** The signed-in person's notifications: those for their roles at their active hospital. */
@Service
public class NotificationInbox implements UnreadNotifications {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationInbox(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countForCurrentUser() {
        SignedInUser user = currentUser.require();
        if (user.activeHospital() == null) {
            return 0;
        }
        return notifications.countUnread(roles(user), user.id().value());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public String route() {
        return "notifications";
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationItem> recent(int limit) {
        SignedInUser user = currentUser.require();
        if (user.activeHospital() == null) {
            return List.of();
        }
        return notifications.findForRoles(roles(user), user.id().value(), PageRequest.of(0, limit)).stream()
                .map(n -> n.toItem(user.id().value())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long notificationId) {
        SignedInUser user = currentUser.require();
        // not findById: a lookup by id ignores the hospital filter, and a read mark is no entity update the
        // write guard would see
        Notification notice = notifications.findAddressedTo(notificationId, roles(user), user.id().value())
                .orElseThrow(() -> new NotFound("notification:" + notificationId));
        notice.markRead(user.id().value(), clock.instant());
        bellsChanged(user);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllReadForCurrentUser() {
        SignedInUser user = currentUser.require();
        if (user.activeHospital() == null) {
            return;
        }
        Instant now = clock.instant();
        notifications.findUnread(roles(user), user.id().value()).forEach(n -> n.markRead(user.id().value(), now));
        bellsChanged(user);
    }

    /**
     * The topics that change with the person's notices at the active hospital (those for their roles) and with
     * their read marks; none without an active hospital.
     */
    @Override
    @PreAuthorize("isAuthenticated()")
    public Set<String> liveTopics() {
        SignedInUser user = currentUser.require();
        return user.activeHospitalId().map(h -> LiveTopics.noticesFor(h, roles(user), user.id())).orElse(Set.of());
    }

    /** The person's bells in other tabs, and on other nodes, show the lower count. */
    private void bellsChanged(SignedInUser user) {
        user.activeHospitalId().ifPresent(h -> events.publishEvent(new LiveChange(LiveTopics.readMarks(h,
                user.id()), h)));
    }

    private static Set<Role> roles(SignedInUser user) {
        return user.activeRoles();
    }
}
