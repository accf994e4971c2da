package jp.renkei.identity.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.identity.StaffAdministration;
import jp.renkei.identity.StaffAdministrationException;
import jp.renkei.identity.StaffMember;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.Notifications;

/** The hospital admin's list of colleagues with access, and their roles at this hospital. */
@Route("admin/users")
@Menu(order = 80, title = "nav.staff", icon = "vaadin:users")
@RolesAllowed(Role.Names.HOSPITAL_ADMIN)
class StaffView extends VerticalLayout implements HasDynamicTitle {

    private final StaffAdministration staff;
    final Grid<StaffMember> grid = new Grid<>();
    final Button add = new Button();

    StaffView(StaffAdministration staff) {
        this.staff = staff;
        setSizeFull();
        add.setText(getTranslation("staff.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openNewMemberDialog());
        add.setId("staff-add");

        grid.addColumn(StaffMember::displayName).setHeader(getTranslation("staff.column.name")).setAutoWidth(true);
        grid.addColumn(StaffMember::username).setHeader(getTranslation("staff.column.username")).setAutoWidth(true);
        grid.addColumn(m -> m.roles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("staff.column.roles")).setFlexGrow(2);
        grid.addColumn(m -> m.email() == null ? "" : m.email()).setHeader(getTranslation("staff.column.email"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::rolesButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::accessButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::resetButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> staff.members(query.getOffset(), query.getLimit()).stream(),
                query -> (int) staff.countMembers());
        grid.setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("staff.title")), add);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(header, grid);
    }

    private Button rolesButton(StaffMember member) {
        Button edit = new Button(getTranslation("staff.editRoles"), e -> openRolesDialog(member));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return edit;
    }

    /** Disabling stops sign-in and ends the person's open sessions; enabling lets them in again. */
    private Button accessButton(StaffMember member) {
        Button toggle = new Button(getTranslation(member.enabled() ? "staff.disable" : "staff.enable"),
                e -> setEnabled(member, !member.enabled()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (member.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return toggle;
    }

    private void setEnabled(StaffMember member, boolean enabled) {
        try {
            staff.setEnabled(member.id(), enabled);
            grid.getDataProvider().refreshAll();
        } catch (StaffAdministrationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    /** For someone who lost their phone: they set up the second factor again at their next sign-in. */
    private Button resetButton(StaffMember member) {
        // a short label: the row already carries two actions on a 1366 px screen
        Button reset = new Button(getTranslation("staff.resetSecondFactor.short"), e -> confirmReset(member));
        reset.setTooltipText(getTranslation("staff.resetSecondFactor"));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reset.addClassName("staff-reset-second-factor");
        return reset;
    }

    private void confirmReset(StaffMember member) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("staff.resetSecondFactor"),
                getTranslation("staff.resetSecondFactor.confirm", member.displayName()),
                getTranslation("staff.resetSecondFactor"), e -> resetSecondFactor(member));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("staff.resetSecondFactor.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void resetSecondFactor(StaffMember member) {
        try {
            staff.resetSecondFactor(member.id());
            Notifications.success(getTranslation("staff.resetSecondFactor.done", member.displayName()));
        } catch (StaffAdministrationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    private void openNewMemberDialog() {
        new NewStaffMemberDialog(staff, grid.getDataProvider()::refreshAll).open();
    }

    private void openRolesDialog(StaffMember member) {
        new StaffRolesDialog(staff, member, grid.getDataProvider()::refreshAll).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " | " + getTranslation("app.name");
    }
}
