package jp.renkei.identity.ui;

import java.util.Arrays;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.identity.NewStaffMember;
import jp.renkei.identity.StaffAdministration;
import jp.renkei.identity.StaffAdministrationException;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.ui.RecordValidation;

/** Gives a new colleague an account and one role at this hospital. */
class NewStaffMemberDialog extends Dialog {

    private final StaffAdministration staff;
    private final Runnable onSaved;
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField initialPassword = new PasswordField();
    final ComboBox<Role> role = new ComboBox<>();

    NewStaffMemberDialog(StaffAdministration staff, Runnable onSaved) {
        this.staff = staff;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("staff.add"));
        username.setLabel(getTranslation("staff.column.username"));
        username.setHelperText(getTranslation("staff.username.help"));
        displayName.setLabel(getTranslation("staff.column.name"));
        email.setLabel(getTranslation("staff.column.email"));
        initialPassword.setLabel(getTranslation("staff.initialPassword"));
        initialPassword.setHelperText(getTranslation("password.rule"));
        role.setLabel(getTranslation("staff.role"));
        role.setItems(Arrays.stream(Role.values()).filter(Role::isHospitalBound).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        username.setId("new-staff-username");
        displayName.setId("new-staff-name");
        initialPassword.setId("new-staff-password");
        role.setId("new-staff-role");

        FormLayout form = new FormLayout(username, displayName, email, initialPassword, role);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("new-staff-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        NewStaffMember request = new NewStaffMember(username.getValue().strip(), displayName.getValue(),
                email.getValue(), initialPassword.getValue(), role.getValue());
        boolean valid = RecordValidation.validate(this, request, Map.of("username", username,
                "displayName", displayName, "email", email, "initialPassword", initialPassword, "role", role));
        if (!valid) {
            return;
        }
        try {
            staff.addMember(request);
            Notifications.success(getTranslation("staff.added", request.displayName()));
            onSaved.run();
            close();
        } catch (StaffAdministrationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }
}
