package jp.renkei.expertpanel.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.expertpanel.PanelService;
import jp.renkei.expertpanel.PanelSummary;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/** The hospital's expert panels; coordinators and admins of a panel-running hospital create new ones here. */
@Route("panels")
@Menu(order = 30, title = "nav.panels", icon = "vaadin:group")
@RolesAllowed({ Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN, Role.Names.PANEL_MEMBER })
class PanelListView extends VerticalLayout implements HasDynamicTitle {

    private final PanelService service;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final Grid<PanelSummary> panels = new Grid<>();
    final TextField name = new TextField();
    final Select<TumourCategory> category = new Select<>();
    final Checkbox inHouse = new Checkbox();
    final Button create = new Button();

    PanelListView(PanelService service) {
        this.service = service;
        setMaxWidth("70rem");
        panels.setId("panels");
        panels.addColumn(PanelSummary::name).setHeader(getTranslation("panel.name")).setAutoWidth(true);
        panels.addColumn(p -> getTranslation(PanelTexts.categoryKey(p.category())))
                .setHeader(getTranslation("panel.category")).setAutoWidth(true);
        panels.addColumn(p -> getTranslation(p.inHouseSequencing() ? "panel.inHouse.yes" : "panel.inHouse.no"))
                .setHeader(getTranslation("panel.inHouse")).setAutoWidth(true);
        panels.addColumn(PanelSummary::members).setHeader(getTranslation("panel.members")).setAutoWidth(true);
        panels.addColumn(p -> getTranslation(p.rosterMeetsRules() ? "panel.verdict.met" : "panel.verdict.notMet"))
                .setHeader(getTranslation("panel.list.rosterToday")).setAutoWidth(true);
        panels.addColumn(p -> p.nextMeeting() == null ? getTranslation("panel.noMeeting")
                : PanelTexts.when(p.nextMeeting(), locale)).setHeader(getTranslation("panel.nextMeeting"))
                .setAutoWidth(true);
        panels.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("panels/" + e.getItem().id())));
        panels.setAllRowsVisible(true);

        HorizontalLayout links = new HorizontalLayout(new Anchor("panels/cases", getTranslation("panel.cases.title")));
        links.add(new Anchor("panels/simulation", getTranslation("panel.simulation.link")));
        add(new H2(getTranslation("panel.list.title")), links, panels);
        if (service.canManage()) {
            links.add(new Anchor("panels/rules", getTranslation("panel.rules.title")));
            if (service.hospitalRunsPanels()) {
                add(new H3(getTranslation("panel.create.title")), createForm());
            } else {
                add(new Paragraph(getTranslation("panel.error.notPanelCapable")));
            }
        }
        refresh();
    }

    private HorizontalLayout createForm() {
        name.setId("panel-name");
        name.setLabel(getTranslation("panel.name"));
        name.setWidth("20em");
        category.setId("panel-category");
        category.setLabel(getTranslation("panel.category"));
        category.setItems(TumourCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(PanelTexts.categoryKey(c)));
        category.setValue(TumourCategory.SOLID);
        inHouse.setId("panel-in-house");
        inHouse.setLabel(getTranslation("panel.inHouse"));
        create.setId("panel-create");
        create.setText(getTranslation("panel.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, category, inHouse, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void create() {
        try {
            PanelSummary created = service.create(name.getValue(), category.getValue(), inHouse.getValue());
            Notifications.success(getTranslation("panel.created", created.name()));
            name.clear();
            refresh();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void refresh() {
        panels.setItems(service.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.list.title") + " | " + getTranslation("app.name");
    }
}
