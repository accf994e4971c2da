package jp.renkei.referral.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import jp.renkei.referral.ClinicalDetails;
import jp.renkei.referral.ReferralValidation;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.referral.oncotree.CancerType;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/** Diagnosis, stage, treatment line, standard-treatment status, performance status and summary. */
class ClinicalSection extends Composite<FormLayout> {

    private final CancerTypeCatalogue cancerTypes;
    final ComboBox<CancerType> cancerType = new ComboBox<>();
    final Select<String> stage = new Select<>();
    final IntegerField treatmentLine = new IntegerField();
    final Select<StandardTreatmentStatus> standardTreatment = new Select<>();
    final Select<Integer> ecog = new Select<>();
    final TextArea summary = new TextArea();

    ClinicalSection(CancerTypeCatalogue cancerTypes) {
        this.cancerTypes = cancerTypes;
        Locale locale = MessageBundleI18NProvider.supported(getLocale());
        cancerType.setId("cancer-type");
        cancerType.setLabel(getTranslation("referral.cancerType"));
        cancerType.setHelperText(getTranslation("referral.cancerType.help"));
        cancerType.setItems(query -> {
            String text = query.getFilter().orElse("");
            List<CancerType> found = text.isBlank() ? cancerTypes.all() : cancerTypes.search(text, locale, 200);
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        cancerType.setItemLabelGenerator(t -> t.label(locale));
        cancerType.setRequiredIndicatorVisible(true);
        stage.setLabel(getTranslation("referral.stage"));
        stage.setId("stage");
        stage.setItems(Stages.VALUES);
        stage.setItemLabelGenerator(s -> Stages.label(this, s));
        treatmentLine.setLabel(getTranslation("referral.treatmentLine"));
        treatmentLine.setMin(0);
        treatmentLine.setMax(20);
        treatmentLine.setStepButtonsVisible(true);
        standardTreatment.setId("standard-treatment");
        standardTreatment.setLabel(getTranslation("referral.standardTreatment"));
        standardTreatment.setItems(StandardTreatmentStatus.values());
        standardTreatment.setItemLabelGenerator(s -> s == null ? "" : getTranslation("standardTreatment." + s.name()));
        standardTreatment.setRequiredIndicatorVisible(true);
        ecog.setId("ecog");
        ecog.setLabel(getTranslation("referral.ecog"));
        ecog.setItems(0, 1, 2, 3, 4);
        ecog.setItemLabelGenerator(ps -> ps == null ? "" : "PS " + ps);
        ecog.setRequiredIndicatorVisible(true);
        summary.setId("clinical-summary");
        summary.setLabel(getTranslation("referral.summary"));
        summary.setMaxLength(4000);
        summary.setMinHeight("8em");
        summary.setRequiredIndicatorVisible(true);
        getContent().add(cancerType, stage, treatmentLine, standardTreatment, ecog, summary);
        getContent().setColspan(summary, 2);
        getContent().setColspan(cancerType, 2);
    }

    ClinicalDetails value() {
        return new ClinicalDetails(cancerType.getValue() == null ? null : cancerType.getValue().code(),
                stage.getValue(), treatmentLine.getValue(), standardTreatment.getValue(), ecog.getValue(),
                summary.getValue());
    }

    void show(ClinicalDetails clinical) {
        if (clinical == null) {
            return;
        }
        cancerTypes.byCode(clinical.cancerTypeCode()).ifPresent(cancerType::setValue);
        stage.setValue(clinical.stage());
        treatmentLine.setValue(clinical.treatmentLine());
        standardTreatment.setValue(clinical.standardTreatment());
        ecog.setValue(clinical.ecogPerformanceStatus());
        summary.setValue(clinical.summary() == null ? "" : clinical.summary());
    }

    Map<String, HasValidation> fields() {
        return Map.of(ReferralValidation.CANCER_TYPE, cancerType, ReferralValidation.STANDARD_TREATMENT,
                standardTreatment, ReferralValidation.ECOG, ecog, ReferralValidation.SUMMARY, summary,
                ReferralValidation.TREATMENT_LINE, treatmentLine);
    }
}
