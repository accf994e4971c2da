package jp.renkei.shell;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.springframework.web.util.HtmlUtils;

import jp.renkei.identity.ActiveHospitalSwitch;
import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.i18n.LocaleSelection;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.live.LiveUpdates;
import jp.renkei.shared.ui.UnreadNotifications;
import jp.renkei.tenancy.CurrentHospital;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalSummary;

/**
 * Header with the active hospital and role (people act for one hospital at a time and must always see
 * which), navigation limited to what the role may open, and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final ActiveHospitalSwitch hospitalSwitch;

    MainLayout(CurrentUser currentUser, CurrentHospital currentHospital, HospitalDirectory directory,
            ActiveHospitalSwitch hospitalSwitch, AuthenticationContext authentication,
            List<UnreadNotifications> unread, LiveUpdates live) {
        this.authentication = authentication;
        this.hospitalSwitch = hospitalSwitch;
        SignedInUser user = currentUser.require();
        setPrimarySection(Section.NAVBAR);
        addToNavbar(new DrawerToggle(), brand(), activeContext(user, currentHospital));
        unread.forEach(notifications -> addToNavbar(new NotificationBell(notifications, live)));
        addToNavbar(userMenu(user, directory));
        addToDrawer(new Scroller(navigation()));
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand");
        return name;
    }

    private Component activeContext(SignedInUser user, CurrentHospital currentHospital) {
        Span hospital = new Span(currentHospital.details()
                .map(h -> h.name(getLocale()))
                .orElse(getTranslation("shell.network")));
        hospital.setId("active-hospital");
        hospital.addClassName("active-hospital");
        Span roles = new Span(String.join("・", user.activeRoles().stream()
                .map(r -> getTranslation("role." + r.name())).toList()));
        roles.setId("active-role");
        roles.addClassName("active-role");
        HorizontalLayout context = new HorizontalLayout(hospital, roles);
        context.addClassName("active-context");
        context.setAlignItems(FlexComponent.Alignment.BASELINE);
        return context;
    }

    private Component userMenu(SignedInUser user, HospitalDirectory directory) {
        Button menu = new Button(user.displayName(), new Icon(VaadinIcon.USER));
        menu.setId("user-menu");
        menu.addClassName("user-menu");
        menu.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-haspopup", "menu");
        // held by the button's listeners; the menu enters the page only when opened
        new MenuBuiltOnOpen(menu, items -> userMenuItems(items, user, directory));
        return menu;
    }

    private void userMenuItems(ContextMenu items, SignedInUser user, HospitalDirectory directory) {
        SubMenu language = items.addItem(getTranslation("shell.language")).getSubMenu();
        language.addItem("日本語", e -> LocaleSelection.switchTo(MessageBundleI18NProvider.JAPANESE)).setId("menu-lang-ja");
        language.addItem("English", e -> LocaleSelection.switchTo(MessageBundleI18NProvider.ENGLISH)).setId("menu-lang-en");

        if (user.hospitals().size() > 1) {
            SubMenu hospitals = items.addItem(getTranslation("shell.switchHospital")).getSubMenu();
            List<HospitalSummary> mine = directory.getAll(user.hospitals());
            for (HospitalSummary hospital : mine) {
                MenuItem item = hospitals.addItem(hospital.name(getLocale()), e -> switchTo(hospital.id()));
                item.setCheckable(true);
                item.setChecked(hospital.id().equals(user.activeHospital()));
            }
        }
        items.addItem(getTranslation("password.title"), e -> UI.getCurrent().navigate("password"))
                .setId("menu-password");
        items.addItem(getTranslation("account.security.title"), e -> UI.getCurrent().navigate("account/security"))
                .setId("menu-security");
        items.addItem(getTranslation("shell.logout"), e -> authentication.logout()).setId("menu-logout");
    }

    private void switchTo(HospitalId hospital) {
        hospitalSwitch.switchTo(hospital);
        getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
    }

    /**
     * The entries as plain {@code vaadin-side-nav-item}s drawn from one HTML string: a {@code SideNavItem} component
     * per entry is two state nodes (the item and its label's text) kept in every open page. The side navigation marks
     * the current entry and follows its links by itself, as it did with the components.
     */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        StringBuilder items = new StringBuilder();
        MenuConfiguration.getMenuEntries().forEach(entry -> navItem(items, entry));
        nav.getElement().setProperty("innerHTML", items.toString());
        return nav;
    }

    /** The entry's icon ("vaadin:exchange") is drawn by renkei.css from the item's data-icon attribute. */
    private void navItem(StringBuilder items, MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        items.append("<vaadin-side-nav-item path=\"").append(escaped(path)).append('"');
        if (entry.icon() != null) {
            items.append(" data-icon=\"").append(escaped(entry.icon().substring(entry.icon().indexOf(':') + 1)))
                    .append('"');
        }
        items.append('>').append(escaped(getTranslation(entry.title()))).append("</vaadin-side-nav-item>");
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    @Override
    public Locale getLocale() {
        return MessageBundleI18NProvider.supported(super.getLocale());
    }
}
