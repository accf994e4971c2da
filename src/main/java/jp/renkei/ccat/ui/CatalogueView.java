package jp.renkei.ccat.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.ccat.catalogue.CatalogueEntry;
import jp.renkei.ccat.catalogue.TestCatalogueService;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;

/** The network admin keeps the panel-test catalogue; each test's revisions show who changed what, when and why. */
@Route("ccat/catalogue")
@Menu(order = 92, title = "ccat.catalogue.nav", icon = "vaadin:book")
@RolesAllowed(Role.Names.NETWORK_ADMIN)
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final TestCatalogueService catalogue;
    final Grid<CatalogueEntry> tests = new Grid<>();
    final Grid<CatalogueEntry> history = new Grid<>();
    final H3 historyTitle = new H3();
    final Button add = new Button();

    CatalogueView(TestCatalogueService catalogue) {
        this.catalogue = catalogue;
        setSizeFull();
        add.setText(getTranslation("ccat.catalogue.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(null));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("ccat.catalogue.title")), add);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);

        columns(tests);
        tests.addComponentColumn(entry -> {
            Button edit = new Button(getTranslation("ccat.catalogue.edit"), e -> edit(entry));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        tests.asSingleSelect().addValueChangeListener(e -> showHistory(e.getValue()));
        tests.setAllRowsVisible(true);

        history.addColumn(CatalogueEntry::revision).setHeader(getTranslation("ccat.catalogue.revision"))
                .setAutoWidth(true).setFlexGrow(0);
        columns(history);
        history.addColumn(CatalogueEntry::reason).setHeader(getTranslation("ccat.catalogue.reason")).setFlexGrow(2);
        history.setAllRowsVisible(true);
        history.setVisible(false);

        add(header, new Paragraph(getTranslation("ccat.catalogue.intro")), tests, historyTitle, history);
        refresh();
    }

    private void columns(Grid<CatalogueEntry> grid) {
        grid.addColumn(entry -> entry.test().name()).setHeader(getTranslation("ccat.catalogue.name")).setFlexGrow(2);
        grid.addColumn(entry -> getTranslation(entry.test().sampleType().messageKey()))
                .setHeader(getTranslation("ccat.catalogue.sampleType")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("ccat.catalogue.days", entry.test().labTurnaroundBusinessDays()))
                .setHeader(getTranslation("ccat.catalogue.turnaround")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(entry.test().isConfirmed() ? "ccat.catalogue.confirmed"
                : "ccat.catalogue.unconfirmed")).setHeader(getTranslation("ccat.catalogue.sourceState")).setAutoWidth(true);
        grid.addColumn(entry -> WHEN.format(entry.changedAt().atZone(JapanTime.ZONE)) + " " + entry.changedByName())
                .setHeader(getTranslation("ccat.catalogue.changed")).setAutoWidth(true);
    }

    private void edit(CatalogueEntry existing) {
        new CatalogueDialog(catalogue, existing, saved -> {
            refresh();
            tests.select(tests.getListDataView().getItems()
                    .filter(entry -> entry.test().id().equals(saved.test().id())).findFirst().orElse(null));
        }).open();
    }

    private void refresh() {
        tests.setItems(catalogue.current());
    }

    private void showHistory(CatalogueEntry selected) {
        history.setVisible(selected != null);
        historyTitle.setText(selected == null ? "" : getTranslation("ccat.catalogue.history", selected.test().name()));
        if (selected != null) {
            history.setItems(catalogue.history(selected.test().id()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ccat.catalogue.title") + " | " + getTranslation("app.name");
    }
}
