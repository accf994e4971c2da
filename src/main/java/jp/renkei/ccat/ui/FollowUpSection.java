package jp.renkei.ccat.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import jp.renkei.ccat.FollowUpDetails;
import jp.renkei.ccat.FollowUpEntry;
import jp.renkei.ccat.GenomicTestDetails;
import jp.renkei.ccat.GenomicTestService;
import jp.renkei.ccat.SurvivalStatus;
import jp.renkei.ccat.TestDraftForm;
import jp.renkei.ccat.TreatmentResponse;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * The follow-up entries for C-CAT after the explanation: the treatment started, whether the recommended therapy was
 * proposed and given, the response, survival and the day last known alive. Each entry reaches the next follow-up step.
 */
class FollowUpSection extends VerticalLayout {

    private final GenomicTestService service;
    private final Consumer<GenomicTestDetails> changed;
    final Grid<FollowUpDetails> entries = new Grid<>();
    final DatePicker recordedOn = date("ccat.followUp.recordedOn");
    final DatePicker treatmentStartedOn = date("ccat.followUp.treatmentStartedOn");
    final Checkbox proposed = new Checkbox(getTranslation("ccat.followUp.proposed"));
    final Checkbox given = new Checkbox(getTranslation("ccat.followUp.given"));
    final Select<TreatmentResponse> response = new Select<>();
    final Select<SurvivalStatus> survival = new Select<>();
    final DatePicker lastKnownAlive = date("ccat.followUp.lastKnownAlive");
    final Button save = new Button();
    private final VerticalLayout form = new VerticalLayout();
    final DraftForm draft = new DraftForm(TestDraftForm.FOLLOW_UP).date("recordedOn", recordedOn)
            .date("treatmentStartedOn", treatmentStartedOn).flag("proposed", proposed).flag("given", given)
            .choice("response", response, TreatmentResponse::name).choice("survival", survival, SurvivalStatus::name)
            .date("lastKnownAlive", lastKnownAlive);
    private long testId;

    FollowUpSection(GenomicTestService service, Consumer<GenomicTestDetails> changed) {
        this.service = service;
        this.changed = changed;
        setPadding(false);
        entries.setId("follow-ups");
        entries.addColumn(f -> getTranslation("ccat.milestone.followUpNumbered",
                getTranslation("ccat.milestone.followUp"), f.number())).setAutoWidth(true);
        entries.addColumn(f -> CcatTexts.fullDay(f.recordedOn())).setHeader(getTranslation("ccat.followUp.recordedOn"))
                .setAutoWidth(true);
        entries.addColumn(f -> CcatTexts.fullDay(f.entry().treatmentStartedOn()))
                .setHeader(getTranslation("ccat.followUp.treatmentStartedOn")).setAutoWidth(true);
        entries.addColumn(f -> yesNo(f.entry().recommendedTherapyProposed()))
                .setHeader(getTranslation("ccat.followUp.proposed")).setAutoWidth(true);
        entries.addColumn(f -> yesNo(f.entry().recommendedTherapyGiven()))
                .setHeader(getTranslation("ccat.followUp.given")).setAutoWidth(true);
        entries.addColumn(f -> getTranslation(f.entry().response().messageKey()))
                .setHeader(getTranslation("ccat.followUp.response")).setAutoWidth(true);
        entries.addColumn(f -> getTranslation(f.entry().survival().messageKey()))
                .setHeader(getTranslation("ccat.followUp.survival")).setAutoWidth(true);
        entries.addColumn(f -> CcatTexts.fullDay(f.entry().lastKnownAliveOn()))
                .setHeader(getTranslation("ccat.followUp.lastKnownAlive")).setAutoWidth(true);
        entries.setAllRowsVisible(true);
        entries.addThemeVariants(GridVariant.LUMO_COMPACT);

        response.setLabel(getTranslation("ccat.followUp.response"));
        response.setItems(TreatmentResponse.values());
        response.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        survival.setLabel(getTranslation("ccat.followUp.survival"));
        survival.setItems(SurvivalStatus.values());
        survival.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        save.setText(getTranslation("ccat.followUp.save"));
        save.setId("follow-up-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        HorizontalLayout treatment = new HorizontalLayout(recordedOn, treatmentStartedOn, proposed, given, response);
        HorizontalLayout outcome = new HorizontalLayout(survival, lastKnownAlive, save);
        treatment.setAlignItems(Alignment.BASELINE);
        outcome.setAlignItems(Alignment.BASELINE);
        form.setPadding(false);
        form.add(treatment, outcome);
        add(entries, form);
    }

    void show(GenomicTestDetails test) {
        testId = test.id();
        entries.setItems(test.followUps());
        entries.setVisible(!test.followUps().isEmpty());
        form.setVisible(test.editable());
    }

    private void save() {
        try {
            changed.accept(service.recordFollowUp(testId, recordedOn.getValue(), new FollowUpEntry(
                    treatmentStartedOn.getValue(), proposed.getValue(), given.getValue(), response.getValue(),
                    survival.getValue(), lastKnownAlive.getValue())));
            draft.recorded();
            form.getChildren().forEach(row -> row.getChildren().forEach(field -> {
                if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                    value.clear();
                }
            }));
            Notifications.success(getTranslation("ccat.followUp.saved"));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "ccat.yes" : "ccat.no");
    }

    private DatePicker date(String labelKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        DateFields.localize(picker);
        return picker;
    }
}
