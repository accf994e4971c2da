package jp.renkei.ccat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.ccat.GenomicTestService;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/** 「自院の患者の検査を登録」: a test without a referral, for the coordinator; opens the new test's page. */
class OwnPatientTestForm extends Details {

    final TextField patientId = new TextField(getTranslation("input.field.patientId"));
    final TextField name = new TextField(getTranslation("input.field.nameKanji"));
    final Select<CatalogueTest> test = new Select<>();
    final DatePicker orderedOn = new DatePicker(getTranslation("ccat.own.orderedOn"));
    final Button open = new Button(getTranslation("ccat.own.open"));

    OwnPatientTestForm(GenomicTestService service) {
        setSummaryText(getTranslation("ccat.own.title"));
        setId("own-patient-test");
        test.setLabel(getTranslation("ccat.test.catalogueTest"));
        test.setItems(service.catalogue());
        test.setItemLabelGenerator(t -> t == null ? "" : t.name());
        test.setWidth("24rem");
        DateFields.localize(orderedOn);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> {
            try {
                long id = service.openForOwnPatient(patientId.getValue(), name.getValue(),
                        test.getValue() == null ? null : test.getValue().id(), orderedOn.getValue());
                getUI().ifPresent(ui -> ui.navigate("ccat/tests/" + id));
            } catch (Refused refused) {
                Notifications.error(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            }
        });
        HorizontalLayout fields = new HorizontalLayout(patientId, name, test, orderedOn, open);
        fields.setAlignItems(Alignment.BASELINE);
        fields.setWrap(true);
        add(fields);
    }
}
