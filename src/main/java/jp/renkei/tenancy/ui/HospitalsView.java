package jp.renkei.tenancy.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.tenancy.HospitalTier;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalQuery;
import jp.renkei.tenancy.HospitalSummary;

/** Network admins register hospitals, correct their details and link liaison hospitals to partners. */
@Route("admin/hospitals")
@Menu(order = 90, title = "nav.hospitals", icon = "vaadin:hospital")
@RolesAllowed(Role.Names.NETWORK_ADMIN)
class HospitalsView extends VerticalLayout implements HasDynamicTitle {

    private final HospitalDirectory directory;
    final TextField search = new TextField();
    final ComboBox<HospitalTier> tier = new ComboBox<>();
    final Grid<HospitalSummary> grid = new Grid<>();
    final Button add = new Button();
    final PartnershipsPanel partnerships;

    HospitalsView(HospitalDirectory directory, RosterDownload rosterDownload) {
        this.directory = directory;
        this.partnerships = new PartnershipsPanel(directory);
        setSizeFull();
        Locale locale = MessageBundleI18NProvider.supported(getLocale());

        search.setPlaceholder(getTranslation("hospital.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        tier.setPlaceholder(getTranslation("hospital.tier"));
        tier.setItems(HospitalTier.values());
        tier.setItemLabelGenerator(t -> getTranslation("tier." + t.name()));
        tier.setClearButtonVisible(true);
        tier.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.setText(getTranslation("hospital.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openDialog(null));

        grid.addColumn(HospitalSummary::code).setHeader(getTranslation("hospital.code")).setAutoWidth(true);
        grid.addColumn(h -> h.name(locale)).setHeader(getTranslation("hospital.name")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation("tier." + h.tier().name())).setHeader(getTranslation("hospital.tier"))
                .setAutoWidth(true);
        grid.addColumn(h -> getTranslation("prefecture." + h.prefectureCode()))
                .setHeader(getTranslation("hospital.prefecture")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation(h.panelCapable() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("hospital.panelCapable")).setAutoWidth(true);
        grid.addComponentColumn(h -> {
            Button edit = new Button(getTranslation("action.edit"), e -> openDialog(h));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> directory.search(currentQuery(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) directory.count(currentQuery()));
        grid.asSingleSelect().addValueChangeListener(e -> partnerships.show(e.getValue()));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, tier, rosterDownload, add);
        toolbar.setAlignItems(Alignment.BASELINE);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("hospital.title")), toolbar);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);

        SplitLayout split = new SplitLayout(grid, partnerships);
        split.setSplitterPosition(65);
        split.setSizeFull();
        add(header, split);
    }

    private HospitalQuery currentQuery() {
        return new HospitalQuery(search.getValue(), tier.getValue());
    }

    private void openDialog(HospitalSummary existing) {
        new HospitalDialog(directory, existing, saved -> {
            grid.getDataProvider().refreshAll();
            partnerships.show(saved);
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hospital.title") + " | " + getTranslation("app.name");
    }
}
