package jp.renkei.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.HomeFigure;
import jp.renkei.shared.ui.HomeFigureContributor;
import jp.renkei.tenancy.CurrentHospital;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.PartnerLink;

/** Where everyone lands: who and where you are, your figures, and your hospital's partners. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, CurrentHospital currentHospital, HospitalDirectory directory,
            List<HomeFigureContributor> contributors) {
        SignedInUser user = currentUser.require();
        Locale locale = MessageBundleI18NProvider.supported(getLocale());
        H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.setId("home-greeting");
        add(greeting, whoAndWhere(user, currentHospital, locale), figures(contributors), roleGuide(user));
        currentHospital.current().ifPresent(hospital -> add(partners(directory.partnersOf(hospital), locale)));
    }

    private Component whoAndWhere(SignedInUser user, CurrentHospital currentHospital, Locale locale) {
        String roles = String.join("・", user.activeRoles().stream().map(r -> getTranslation("role." + r.name())).toList());
        Paragraph line = currentHospital.details()
                .map(h -> new Paragraph(getTranslation("home.actingFor", h.name(locale),
                        getTranslation("tier." + h.tier().name()), getTranslation("prefecture." + h.prefectureCode()),
                        roles)))
                .orElseGet(() -> new Paragraph(getTranslation("home.actingForNetwork", roles)));
        line.setId("home-context");
        return line;
    }

    private Component figures(List<HomeFigureContributor> contributors) {
        FlexLayout tiles = new FlexLayout();
        tiles.setId("home-figures");
        tiles.addClassName("figure-tiles");
        contributors.stream()
                .sorted(Comparator.comparingInt(HomeFigureContributor::order))
                .flatMap(c -> c.figuresForCurrentUser().stream())
                .forEach(figure -> tiles.add(tile(figure)));
        return tiles;
    }

    private Component tile(HomeFigure figure) {
        Span value = new Span(String.format("%,d", figure.value()));
        value.addClassName("figure-value");
        Span label = new Span(getTranslation(figure.labelKey()));
        label.addClassName("figure-label");
        if (figure.route() == null) {
            Div tile = new Div(value, label);
            tile.addClassName("figure-tile");
            return tile;
        }
        Anchor tile = new Anchor(figure.route());
        tile.add(value, label);
        tile.addClassName("figure-tile");
        return tile;
    }

    private Component roleGuide(SignedInUser user) {
        Div guide = new Div();
        guide.addClassName("role-guide");
        guide.add(new H3(getTranslation("home.guide.title")));
        for (Role role : user.activeRoles()) {
            guide.add(new Paragraph(getTranslation("home.guide." + role.name())));
        }
        return guide;
    }

    private Component partners(List<PartnerLink> links, Locale locale) {
        Div section = new Div();
        section.addClassName("partners");
        section.add(new H3(getTranslation("home.partners.title")));
        if (links.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.partners.none")));
            return section;
        }
        Grid<PartnerLink> grid = new Grid<>();
        grid.setId("home-partners");
        grid.addColumn(l -> l.hospital().name(locale)).setHeader(getTranslation("hospital.name")).setFlexGrow(3);
        grid.addColumn(l -> getTranslation("tier." + l.hospital().tier().name())).setHeader(getTranslation("hospital.tier"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation("prefecture." + l.hospital().prefectureCode()))
                .setHeader(getTranslation("hospital.prefecture")).setAutoWidth(true);
        grid.addColumn(l -> l.hospital().panelCapable() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("hospital.panelCapable")).setAutoWidth(true);
        grid.setItems(links);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
