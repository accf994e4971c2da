package jp.renkei.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import jp.renkei.identity.OwnPassword;
import jp.renkei.identity.PasswordRefusedException;
import jp.renkei.shared.ui.Notifications;

/**
 * The signed-in person replaces their password: the current one, then the new one twice. Also where
 * {@link SignInGate} sends someone whose password an admin chose. Outside the main layout, so a forced
 * change offers nothing else to click.
 */
@Route(value = "password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button change = new Button();
    private final transient OwnPassword password;

    ChangePasswordView(OwnPassword password) {
        this.password = password;
        setAlignItems(Alignment.CENTER);
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule"));
        next.setId("new-password");
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("repeat-password");
        change.setText(getTranslation("password.change"));
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> change());

        add(new H1(getTranslation("password.title")));
        if (password.mustChange()) {
            add(new Paragraph(getTranslation("password.mustChange")));
        }
        add(current, next, repeated, change);
    }

    private void change() {
        try {
            password.change(current.getValue(), next.getValue(), repeated.getValue());
            Notifications.success(getTranslation("password.changed"));
            UI.getCurrent().navigate("");
        } catch (PasswordRefusedException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
