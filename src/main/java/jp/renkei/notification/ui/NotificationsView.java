package jp.renkei.notification.ui;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import jp.renkei.notification.NotificationInbox;
import jp.renkei.notification.NotificationItem;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.live.LiveUpdates;
import jp.renkei.shared.ui.Notifications;

/** The bell's list: newest first; opening one marks it read and goes to what it is about. */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);

    private final NotificationInbox inbox;
    final Grid<NotificationItem> grid = new Grid<>();

    final Button markAllRead = new Button();

    NotificationsView(NotificationInbox inbox, LiveUpdates live) {
        this.inbox = inbox;
        setSizeFull();
        grid.setId("notifications");
        grid.addComponentColumn(this::message).setHeader(getTranslation("notifications.message")).setFlexGrow(3);
        grid.addColumn(item -> TIME.format(item.createdAt())).setHeader(getTranslation("notifications.time"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        markAllRead.setText(getTranslation("notifications.markAllRead"));
        markAllRead.setId("mark-all-read");
        markAllRead.addClickListener(e -> markAllRead());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("notifications.title")), markAllRead);
        header.setAlignItems(Alignment.BASELINE);
        add(header, grid);
        reload();
        Set<String> topics = inbox.liveTopics();
        if (!topics.isEmpty()) {
            live.subscribe(this, topics, this::reload);
        }
    }

    private void reload() {
        grid.setItems(inbox.recent(100));
    }

    private void markAllRead() {
        inbox.markAllReadForCurrentUser();
        reload();
        Notifications.success(getTranslation("notifications.allRead"));
    }

    private Span message(NotificationItem item) {
        Span text = new Span(getTranslation(item.messageKey(), item.arguments().toArray()));
        if (!item.read()) {
            text.addClassName("unread");
        }
        return text;
    }

    private void open(NotificationItem item) {
        inbox.markRead(item.id());
        if (item.link() != null) {
            getUI().ifPresent(ui -> ui.navigate(item.link()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.name");
    }
}
