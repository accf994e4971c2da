package jp.renkei.referral.ui;

import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.referral.PatientParticulars;
import jp.renkei.referral.ReferralValidation;
import jp.renkei.referral.Sex;
import jp.renkei.shared.ui.DateFields;

/** Who the patient is. A known hospital patient ID fills the rest from the last referral. */
class PatientSection extends Composite<FormLayout> {

    final TextField patientId = new TextField();
    final TextField nameKanji = new TextField();
    final TextField nameKana = new TextField();
    final DatePicker birthDate = new DatePicker();
    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();

    PatientSection(Function<String, PatientParticulars> lookup) {
        patientId.setId("patient-id");
        patientId.setLabel(getTranslation("referral.patientId"));
        patientId.setRequiredIndicatorVisible(true);
        patientId.addBlurListener(e -> fillFrom(lookup.apply(patientId.getValue())));
        nameKanji.setId("patient-name");
        nameKanji.setLabel(getTranslation("referral.nameKanji"));
        nameKanji.setRequiredIndicatorVisible(true);
        nameKana.setId("patient-kana");
        nameKana.setLabel(getTranslation("referral.nameKana"));
        nameKana.setHelperText(getTranslation("referral.nameKana.help"));
        nameKana.setRequiredIndicatorVisible(true);
        birthDate.setId("patient-birth");
        birthDate.setLabel(getTranslation("referral.birthDate"));
        birthDate.setRequiredIndicatorVisible(true);
        DateFields.localize(birthDate);
        sex.setId("patient-sex");
        sex.setLabel(getTranslation("referral.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("sex." + s.name()));
        sex.setRequiredIndicatorVisible(true);
        getContent().add(patientId, nameKanji, nameKana, birthDate, sex);
    }

    PatientParticulars value() {
        return new PatientParticulars(patientId.getValue().strip(), nameKanji.getValue().strip(),
                nameKana.getValue().strip(), birthDate.getValue(), sex.getValue());
    }

    void show(PatientParticulars patient) {
        patientId.setValue(patient.hospitalPatientId());
        fillFrom(patient);
    }

    Map<String, HasValidation> fields() {
        return Map.of(ReferralValidation.PATIENT_ID, patientId, ReferralValidation.NAME_KANJI, nameKanji,
                ReferralValidation.NAME_KANA, nameKana, ReferralValidation.BIRTH_DATE, birthDate,
                ReferralValidation.SEX, sex);
    }

    private void fillFrom(PatientParticulars known) {
        if (known == null) {
            return;
        }
        nameKanji.setValue(known.nameKanji());
        nameKana.setValue(known.nameKana());
        birthDate.setValue(known.birthDate());
        sex.setValue(known.sex());
    }
}
