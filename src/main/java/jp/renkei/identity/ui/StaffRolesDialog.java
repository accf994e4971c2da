package jp.renkei.identity.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;

import jp.renkei.identity.StaffAdministration;
import jp.renkei.identity.StaffAdministrationException;
import jp.renkei.identity.StaffMember;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.Notifications;

/** Grants and revokes a colleague's roles at this hospital. */
class StaffRolesDialog extends Dialog {

    private final StaffAdministration staff;
    private final StaffMember member;
    private final Runnable onSaved;
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();

    StaffRolesDialog(StaffAdministration staff, StaffMember member, Runnable onSaved) {
        this.staff = staff;
        this.member = member;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("staff.rolesOf", member.displayName()));
        roles.setItems(Arrays.stream(Role.values()).filter(Role::isHospitalBound).toList());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(member.roles());
        roles.addThemeName("vertical");
        add(roles);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        try {
            staff.setRoles(member.id(), roles.getValue());
            Notifications.success(getTranslation("staff.rolesSaved"));
            onSaved.run();
            close();
        } catch (StaffAdministrationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }
}
