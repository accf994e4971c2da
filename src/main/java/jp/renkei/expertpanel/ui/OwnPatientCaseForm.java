package jp.renkei.expertpanel.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.expertpanel.NewOwnPatientCase;
import jp.renkei.expertpanel.OwnPatientCaseService;
import jp.renkei.referral.Sex;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * "自院の症例を登録": a coordinator opens a panel case for the hospital's own patient (no referral) and lands on the
 * new case's page. What was typed stays in the fields when the input is refused.
 */
class OwnPatientCaseForm extends Composite<Details> {

    final TextField patientId = new TextField();
    final TextField nameKanji = new TextField();
    final TextField nameKana = new TextField();
    final DatePicker birthDate = new DatePicker();
    final Select<Sex> sex = new Select<>();
    final TextField cancerType = new TextField();
    final TextArea summary = new TextArea();
    final DatePicker specimenCollectedOn = new DatePicker();
    final TextField physician = new TextField();
    final Button save = new Button();

    OwnPatientCaseForm(OwnPatientCaseService service) {
        getContent().setId("own-case");
        getContent().setSummaryText(getTranslation("panel.ownCase.title"));
        patientId.setLabel(getTranslation("panel.ownCase.patientId"));
        patientId.setMaxLength(50);
        nameKanji.setLabel(getTranslation("panel.ownCase.nameKanji"));
        nameKana.setLabel(getTranslation("panel.ownCase.nameKana"));
        birthDate.setLabel(getTranslation("panel.ownCase.birthDate"));
        sex.setLabel(getTranslation("panel.ownCase.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> s == null ? "" : getTranslation("sex." + s.name()));
        cancerType.setLabel(getTranslation("panel.ownCase.cancerType"));
        cancerType.setPlaceholder("PAAD");
        summary.setLabel(getTranslation("panel.ownCase.summary"));
        summary.setMaxLength(2000);
        specimenCollectedOn.setLabel(getTranslation("panel.ownCase.specimenCollectedOn"));
        physician.setLabel(getTranslation("panel.ownCase.physician"));
        save.setText(getTranslation("panel.ownCase.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> open(service));
        FormLayout form = new FormLayout(patientId, nameKanji, nameKana, birthDate, sex, cancerType, summary,
                specimenCollectedOn, physician, save);
        form.setColspan(summary, 2);
        getContent().add(form);
    }

    private void open(OwnPatientCaseService service) {
        try {
            long caseId = service.open(new NewOwnPatientCase(patientId.getValue(), nameKanji.getValue(),
                    nameKana.getValue(), birthDate.getValue(), sex.getValue(), cancerType.getValue(),
                    summary.getValue(), specimenCollectedOn.getValue(), physician.getValue()));
            Notifications.success(getTranslation("panel.ownCase.saved"));
            getUI().ifPresent(ui -> ui.navigate("panels/cases/" + caseId));
        } catch (Refused refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments().toArray()));
        }
    }
}
