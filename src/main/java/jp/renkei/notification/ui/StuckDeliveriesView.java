package jp.renkei.notification.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.notification.StuckDeliveries;
import jp.renkei.notification.StuckDelivery;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.Notifications;

/** Network admins see which notices, emails and reminders have not gone out yet, and can try one again. */
@Route("admin/deliveries")
@Menu(order = 96, title = "nav.deliveries", icon = "vaadin:envelopes-o")
@RolesAllowed(Role.Names.NETWORK_ADMIN)
class StuckDeliveriesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(JapanTime.ZONE);

    private final StuckDeliveries deliveries;
    final Grid<StuckDelivery> grid = new Grid<>();

    StuckDeliveriesView(StuckDeliveries deliveries) {
        this.deliveries = deliveries;
        setSizeFull();
        grid.setId("stuck-deliveries");
        grid.addColumn(d -> TIME.format(d.publishedAt())).setHeader(getTranslation("deliveries.publishedAt"))
                .setAutoWidth(true);
        grid.addColumn(StuckDelivery::listener).setHeader(getTranslation("deliveries.listener")).setAutoWidth(true);
        grid.addColumn(StuckDelivery::eventType).setHeader(getTranslation("deliveries.eventType")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("deliveries.status." + d.status())).setHeader(getTranslation("deliveries.status"))
                .setAutoWidth(true);
        grid.addColumn(StuckDelivery::attempts).setHeader(getTranslation("deliveries.attempts")).setAutoWidth(true);
        grid.addColumn(d -> d.lastAttemptAt() == null ? "—" : TIME.format(d.lastAttemptAt()))
                .setHeader(getTranslation("deliveries.lastAttempt")).setAutoWidth(true);
        grid.addComponentColumn(this::retryButton).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("deliveries.none"));
        Button refresh = new Button(getTranslation("deliveries.refresh"), e -> refresh());
        add(new H2(getTranslation("deliveries.title")), new Paragraph(getTranslation("deliveries.hint")), refresh, grid);
        refresh();
    }

    private Button retryButton(StuckDelivery delivery) {
        Button retry = new Button(getTranslation("deliveries.retry"), e -> retry(delivery));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setEnabled("FAILED".equals(delivery.status()));
        return retry;
    }

    private void retry(StuckDelivery delivery) {
        deliveries.retryNow(delivery.id());
        Notifications.success(getTranslation("deliveries.retryStarted"));
    }

    private void refresh() {
        grid.setItems(deliveries.list(200));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliveries.title") + " | " + getTranslation("app.name");
    }
}
