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
    /** Built only while something is unread: with nothing unread it would be a hidden button and tooltip kept. */
    private Button markAllRead;

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
        add(bell);
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

    private Button markAllReadButton() {
        Button button = new Button(new Icon(VaadinIcon.CHECK_SQUARE_O), e -> markAllRead());
        button.setId("bell-mark-all-read");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(getTranslation("notifications.markAllRead"));
        button.setAriaLabel(getTranslation("notifications.markAllRead"));
        return button;
    }

    void refresh() {
        long unread = notifications.countForCurrentUser();
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
        if (unread > 0 && markAllRead == null) {
            markAllRead = markAllReadButton();
            add(markAllRead);
        } else if (unread == 0 && markAllRead != null) {
            remove(markAllRead);
            markAllRead = null;
        }
        bell.getElement().setAttribute("aria-label", unread > 0 ? getTranslation("notifications.unread", unread)
                : getTranslation("notifications.title"));
    }
}
