package jp.renkei.ccat.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import jp.renkei.ccat.GenomicTestDetails;
import jp.renkei.ccat.GenomicTestService;
import jp.renkei.ccat.MilestoneDetails;
import jp.renkei.ccat.TestDraftForm;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * A test's steps in order: due date, the day reached, status (overdue ones stand out), owner and who recorded it;
 * the coordinator takes a step on or gives it back, and records the day a step was reached. The panel's steps show
 * where their day came from and are not offered for typing.
 */
class MilestoneTimeline extends VerticalLayout {

    private final GenomicTestService service;
    private final Consumer<GenomicTestDetails> changed;
    final Grid<MilestoneDetails> grid = new Grid<>();
    final Select<MilestoneDetails> step = new Select<>();
    final DatePicker day = new DatePicker();
    final Button record = new Button();
    final HorizontalLayout form;
    final DraftForm draft;
    private GenomicTestDetails test;

    MilestoneTimeline(GenomicTestService service, Consumer<GenomicTestDetails> changed) {
        this.service = service;
        this.changed = changed;
        setPadding(false);
        grid.setId("test-milestones");
        grid.addColumn(m -> CcatTexts.step(this, m)).setHeader(getTranslation("ccat.timeline.step")).setAutoWidth(true);
        grid.addColumn(m -> m.step() == MilestoneStep.FOLLOW_UP ? CcatTexts.dueByWithYear(this, m.dueOn())
                : CcatTexts.dueBy(this, m.dueOn())).setHeader(getTranslation("ccat.timeline.due"))
                .setAutoWidth(true);
        grid.addColumn(m -> CcatTexts.fullDay(m.reachedOn())).setHeader(getTranslation("ccat.timeline.reached"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> CcatTexts.status(this, m.status(), m.businessDaysOverdue()))
                .setHeader(getTranslation("ccat.timeline.status")).setAutoWidth(true);
        grid.addColumn(m -> m.ownerName() == null ? getTranslation("ccat.owner.none") : m.ownerName())
                .setHeader(getTranslation("ccat.timeline.owner")).setAutoWidth(true);
        grid.addColumn(this::recordedBy).setHeader(getTranslation("ccat.timeline.recordedBy")).setFlexGrow(1);
        grid.addComponentColumn(this::ownButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);

        step.setLabel(getTranslation("ccat.timeline.step"));
        step.setId("milestone-step");
        step.setItemLabelGenerator(m -> CcatTexts.step(this, m));
        step.setWidth("18rem");
        day.setLabel(getTranslation("ccat.timeline.reached"));
        day.setId("milestone-day");
        DateFields.localize(day);
        record.setText(getTranslation("ccat.timeline.record"));
        record.setId("milestone-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> record());
        form = new HorizontalLayout(step, day, record);
        form.setAlignItems(Alignment.BASELINE);
        add(grid, form);
        draft = new DraftForm(TestDraftForm.MILESTONE)
                .choice("step", step, m -> m.step().name() + "-" + m.followUpNumber()).date("day", day);
    }

    void show(GenomicTestDetails test) {
        this.test = test;
        grid.setItems(test.milestones());
        // a step is typed once; the follow-ups have their own form, the panel's steps come from the panel
        List<MilestoneDetails> typable = test.milestones().stream()
                .filter(m -> m.step() != MilestoneStep.FOLLOW_UP && !m.fromPanel()).toList();
        step.setItems(typable);
        typable.stream().filter(m -> m.reachedOn() == null).findFirst().ifPresent(step::setValue);
        form.setVisible(test.editable());
    }

    private String recordedBy(MilestoneDetails m) {
        if (m.fromPanel() && m.reachedOn() != null) {
            return getTranslation("ccat.timeline.fromPanel");
        }
        return m.recordedByName() == null ? "" : m.recordedByName();
    }

    private Button ownButton(MilestoneDetails m) {
        boolean mine = m.ownedByViewer();
        Button button = new Button(getTranslation(mine ? "ccat.owner.release" : "ccat.owner.take"),
                e -> act(() -> service.own(test.id(), m.step(), m.followUpNumber(), !mine)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setVisible(test.editable() && m.reachedOn() == null);
        return button;
    }

    private void record() {
        if (step.getValue() == null) {
            return;
        }
        MilestoneDetails chosen = step.getValue();
        if (act(() -> service.recordMilestone(test.id(), chosen.step(), chosen.followUpNumber(), day.getValue()))) {
            draft.recorded();
            day.clear();
        }
    }

    /** Whether it was done; a refusal keeps what was typed and says why. */
    private boolean act(Supplier<GenomicTestDetails> action) {
        try {
            changed.accept(action.get());
            Notifications.success(getTranslation("ccat.timeline.saved"));
            return true;
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
            return false;
        }
    }
}
