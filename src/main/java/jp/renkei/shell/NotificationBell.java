package jp.renkei.shell;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import jp.renkei.shared.live.LiveUpdates;
import jp.renkei.shared.ui.UnreadNotifications;

/**
 * The bell with the unread count, and "mark all read" next to it while anything is unread. The count follows
 * the person's notices live: a new notice for one of their roles or their own read mark, made on any node,
 * changes it within seconds; notices to other roles of the hospital do not make it read its count again.
 */
class NotificationBell extends HorizontalLayout {

    private final transient UnreadNotifications notifications;
    final Anchor bell;
    final Span count = new Span();
    final Button markAllRead;

    NotificationBell(UnreadNotifications notifications, LiveUpdates live) {
        this.notifications = notifications;
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
        addClassName("notification-bell-area");
        bell = new Anchor(notifications.route());
        bell.setId("notification-bell");
        bell.addClassName("notification-bell");
        count.setId("notification-count");
        count.addClassName("notification-count");
        bell.add(new Icon(VaadinIcon.BELL), count);
        markAllRead = new Button(new Icon(VaadinIcon.CHECK_SQUARE_O), e -> markAllRead());
        markAllRead.setId("bell-mark-all-read");
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        markAllRead.setTooltipText(getTranslation("notifications.markAllRead"));
        markAllRead.setAriaLabel(getTranslation("notifications.markAllRead"));
        add(bell, markAllRead);
        refresh();
        Set<String> topics = notifications.liveTopics();
        if (!topics.isEmpty()) {
            live.subscribe(this, topics, this::refresh);
        }
    }

    private void markAllRead() {
        notifications.markAllReadForCurrentUser();
        refresh();
    }

    void refresh() {
        long unread = notifications.countForCurrentUser();
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
        markAllRead.setVisible(unread > 0);
        bell.getElement().setAttribute("aria-label", unread > 0 ? getTranslation("notifications.unread", unread)
                : getTranslation("notifications.title"));
    }
}
