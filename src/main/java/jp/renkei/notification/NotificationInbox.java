package jp.renkei.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.UnreadNotifications;

/** The signed-in person's notifications: those for their roles at their active hospital. */
@Service
public class NotificationInbox implements UnreadNotifications {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationInbox(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
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
        return notifications.findForRoles(roles(user), PageRequest.of(0, limit)).stream()
                .map(n -> n.toItem(user.id().value())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long notificationId) {
        SignedInUser user = currentUser.require();
        notifications.findById(notificationId).ifPresent(n -> n.markRead(user.id().value(), clock.instant()));
    }

    private static Set<Role> roles(SignedInUser user) {
        return user.activeRoles();
    }
}
