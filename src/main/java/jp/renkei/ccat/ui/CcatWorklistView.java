package jp.renkei.ccat.ui;

import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.ccat.CcatWorklist;
import jp.renkei.ccat.GenomicTestService;
import jp.renkei.ccat.OwnerFilter;
import jp.renkei.ccat.WorklistRow;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.Role;
import jp.renkei.shared.live.LiveUpdates;

/**
 * "Which of our tests are stuck, and why": each test at the step it waits for, overdue or due soon, the most overdue
 * first, with whose patient it is, the test, the owner and what is still missing; filtered by owner and stage. A row
 * opens the test. The liaison clinician sees the tests of the hospital's own referred patients.
 */
@Route("ccat")
@Menu(order = 40, title = "nav.ccat", icon = "vaadin:clipboard-check")
@RolesAllowed({ Role.Names.CORE_COORDINATOR, Role.Names.LIAISON_CLINICIAN })
class CcatWorklistView extends VerticalLayout implements HasDynamicTitle {

    /** The worklist names a missing particular in a word or two; the test page says it in full. */
    private static final Map<String, String> SHORT = Map.of(
            "ccat.test.missing.catalogueTest", "ccat.worklist.missing.catalogueTest",
            "ccat.test.missing.sampleType", "ccat.worklist.missing.sampleType",
            "ccat.test.missing.registrationConsent", "ccat.worklist.missing.registrationConsent");

    private final CcatWorklist worklist;
    final Select<OwnerFilter> owner = new Select<>();
    final Select<MilestoneStep> stage = new Select<>();
    final Grid<WorklistRow> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    CcatWorklistView(CcatWorklist worklist, GenomicTestService tests, LiveUpdates live) {
        this.worklist = worklist;
        setSizeFull();
        owner.setLabel(getTranslation("ccat.worklist.owner"));
        owner.setId("worklist-owner");
        owner.setItems(OwnerFilter.values());
        owner.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
        owner.setValue(OwnerFilter.ALL);
        owner.addValueChangeListener(e -> refresh());
        stage.setLabel(getTranslation("ccat.worklist.stage"));
        stage.setId("worklist-stage");
        stage.setItems(MilestoneStep.values());
        stage.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("ccat.worklist.allStages"));
        stage.setPlaceholder(getTranslation("ccat.worklist.allStages"));
        stage.addValueChangeListener(e -> refresh());

        grid.setId("worklist");
        grid.addComponentColumn(r -> CcatTexts.status(this, r)).setHeader(getTranslation("ccat.timeline.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> CcatTexts.dueBy(this, r.dueOn())).setHeader(getTranslation("ccat.timeline.due"))
                .setAutoWidth(true);
        // the stage wraps (Japanese breaks between any two characters), leaving the test's product name its width
        grid.addColumn(r -> CcatTexts.step(this, r.step(), r.followUpNumber()))
                .setHeader(getTranslation("ccat.timeline.step")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(this::patient).setHeader(getTranslation("ccat.worklist.patient")).setAutoWidth(true);
        // product names such as "FoundationOne" are wider than the column: broken, not cut to "Foundation…"
        grid.addColumn(LitRenderer.<WorklistRow>of("<span class=\"long-words\">${item.test}</span>")
                .withProperty("test", WorklistRow::testName)).setHeader(getTranslation("ccat.worklist.test"))
                .setWidth("9.5rem").setFlexGrow(2);
        grid.addColumn(r -> r.ownerName() == null ? getTranslation("ccat.owner.none") : r.ownerName())
                .setHeader(getTranslation("ccat.timeline.owner")).setAutoWidth(true);
        grid.addColumn(r -> String.join("、", r.missing().stream().map(key -> getTranslation(SHORT.get(key))).toList()))
                .setHeader(getTranslation("ccat.worklist.missing")).setFlexGrow(1);
        grid.addComponentColumn(r -> new Anchor("ccat/tests/" + r.testId(), getTranslation("ccat.worklist.open")))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("ccat/tests/" + e.getItem().testId())));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMinHeight("24rem");
        empty.setText(getTranslation("ccat.worklist.empty"));

        HorizontalLayout filters = new HorizontalLayout(owner, stage);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("ccat.worklist.title")), new Paragraph(getTranslation("ccat.worklist.hint")),
                filters, empty, grid);
        expand(grid);
        if (tests.canOpenForOwnPatient()) {
            add(new OwnPatientTestForm(tests));
        }
        refresh();
        live.subscribe(this, worklist.liveTopic(), this::refresh);
    }

    private void refresh() {
        var rows = worklist.rows(owner.getValue(), stage.getValue());
        grid.setItems(rows);
        empty.setVisible(rows.isEmpty());
    }

    private String patient(WorklistRow r) {
        return r.patientId() == null ? "—" : r.patientId() + " " + r.patientName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ccat.worklist.title") + " | " + getTranslation("app.name");
    }
}
