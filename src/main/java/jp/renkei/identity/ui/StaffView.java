package jp.renkei.identity.ui;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.identity.AccountSettings;
import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.StaffAdministration;
import jp.renkei.identity.StaffAdministrationException;
import jp.renkei.identity.StaffMember;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.Notifications;

/** The hospital admin's list of colleagues with access, and their roles at this hospital. */
@Route("admin/users")
@Menu(order = 80, title = "nav.staff", icon = "vaadin:users")
@RolesAllowed(Role.Names.HOSPITAL_ADMIN)
class StaffView extends VerticalLayout implements HasDynamicTitle {

    /** The key of the one column holding a row's actions. */
    static final String ACTIONS = "actions";
    static final String LAST_SIGN_IN = "lastSignIn";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(JapanTime.ZONE);

    private final StaffAdministration staff;
    private final CurrentUser currentUser;
    final Grid<StaffMember> grid = new Grid<>();
    final Button add = new Button();
    /** Narrows the list to accounts nobody has used for a long time, for the admin to disable. */
    final Checkbox unusedOnly = new Checkbox();
    private final long unusedDays;

    StaffView(StaffAdministration staff, CurrentUser currentUser, AccountSettings accountSettings) {
        this.staff = staff;
        this.currentUser = currentUser;
        this.unusedDays = accountSettings.unusedAfter().toDays();
        setSizeFull();
        add.setText(getTranslation("staff.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openNewMemberDialog());
        add.setId("staff-add");

        grid.addColumn(StaffMember::displayName).setHeader(getTranslation("staff.column.name")).setAutoWidth(true);
        grid.addColumn(StaffMember::username).setHeader(getTranslation("staff.column.username")).setAutoWidth(true);
        grid.addColumn(m -> m.roles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("staff.column.roles")).setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(m -> m.email() == null ? "" : m.email()).setHeader(getTranslation("staff.column.email"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::lastSignIn).setKey(LAST_SIGN_IN)
                .setHeader(getTranslation("staff.column.lastSignIn")).setAutoWidth(true);
        // One narrow menu per row instead of a button per action: the roles column keeps its width at 1280 px
        grid.addComponentColumn(this::actions).setKey(ACTIONS).setHeader("").setWidth("6.5em").setFlexGrow(0);
        grid.setItems(query -> (unusedOnly.getValue()
                ? staff.unusedMembers(query.getOffset(), query.getLimit())
                : staff.members(query.getOffset(), query.getLimit())).stream(),
                query -> (int) (unusedOnly.getValue() ? staff.countUnusedMembers() : staff.countMembers()));
        grid.setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("staff.title")), add);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        unusedOnly.setLabel(getTranslation("staff.unusedOnly", unusedDays));
        unusedOnly.setId("staff-unused-only");
        unusedOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(header, unusedOnly, grid);
    }

    /** The JST date of the last complete sign-in, and a badge when the account counts as unused. */
    private HorizontalLayout lastSignIn(StaffMember member) {
        HorizontalLayout cell = new HorizontalLayout(new Span(member.lastSignedIn() == null
                ? getTranslation("staff.neverSignedIn") : DATE.format(member.lastSignedIn())));
        cell.setSpacing(true);
        cell.setAlignItems(Alignment.BASELINE);
        if (member.unused()) {
            Span badge = new Span(getTranslation("staff.unusedBadge", unusedDays));
            badge.addClassName("status-badge");
            cell.add(badge);
        }
        return cell;
    }

    /**
     * Changing roles for everyone; disabling (which stops sign-in and ends open sessions), enabling and resetting the
     * second factor (for someone who lost their phone) only for others: the service refuses both for oneself.
     */
    private MenuBar actions(StaffMember member) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem root = menu.addItem(getTranslation("staff.actions"));
        root.add(VaadinIcon.ANGLE_DOWN.create());
        SubMenu items = root.getSubMenu();
        items.addItem(getTranslation("staff.editRoles"), e -> openRolesDialog(member));
        if (!member.id().equals(currentUser.require().id())) {
            items.addItem(getTranslation(member.enabled() ? "staff.disable" : "staff.enable"),
                    e -> setEnabled(member, !member.enabled()));
            items.addItem(getTranslation("staff.resetSecondFactor"), e -> confirmReset(member));
        }
        return menu;
    }

    private void setEnabled(StaffMember member, boolean enabled) {
        try {
            staff.setEnabled(member.id(), enabled);
            grid.getDataProvider().refreshAll();
        } catch (StaffAdministrationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
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
