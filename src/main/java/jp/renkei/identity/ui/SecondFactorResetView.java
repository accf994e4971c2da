package jp.renkei.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.identity.StaffAdministration;
import jp.renkei.identity.StaffAdministrationException;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.Notifications;

/**
 * The network admin resets the second factor of anyone in the network by user name, e.g. a hospital admin who
 * lost their phone (hospital admins reset their own staff on the staff page, never themselves).
 */
@Route("admin/second-factor-reset")
@Menu(order = 97, title = "staff.resetSecondFactor.nav", icon = "vaadin:key")
@RolesAllowed(Role.Names.NETWORK_ADMIN)
class SecondFactorResetView extends VerticalLayout implements HasDynamicTitle {

    private final transient StaffAdministration staff;
    private final TextField username = new TextField();

    SecondFactorResetView(StaffAdministration staff) {
        this.staff = staff;
        username.setId("reset-username");
        username.setLabel(getTranslation("staff.column.username"));
        Button reset = new Button(getTranslation("staff.resetSecondFactor"), e -> reset());
        reset.setId("reset-second-factor");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, reset);
        form.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("staff.resetSecondFactor.nav")),
                new Paragraph(getTranslation("staff.resetSecondFactor.networkIntro")), form);
    }

    private void reset() {
        String name = username.getValue().strip();
        try {
            staff.resetSecondFactorOfAnyone(name);
            Notifications.success(getTranslation("staff.resetSecondFactor.done", name));
            username.clear();
        } catch (StaffAdministrationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.resetSecondFactor.nav") + " | " + getTranslation("app.name");
    }
}
