package jp.renkei.referral.ui;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

import jp.renkei.referral.ClinicalDetails;
import jp.renkei.referral.PatientParticulars;
import jp.renkei.referral.ReferralContent;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.Specimen;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.JapanTime;

/** The referral's content, read-only, laid out as label / value pairs. */
class ReferralContentPanel extends Composite<FormLayout> {

    private final java.time.Clock clock;

    private final CancerTypeCatalogue cancerTypes;

    ReferralContentPanel(CancerTypeCatalogue cancerTypes, java.time.Clock clock) {
        this.clock = clock;
        this.cancerTypes = cancerTypes;
        getContent().setId("referral-content");
        getContent().addClassName("section-card");
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    void show(ReferralDetails r, Locale locale) {
        FormLayout form = getContent();
        form.removeAll();
        ReferralContent c = r.content();
        PatientParticulars p = c.patient();
        ClinicalDetails clinical = c.clinical();
        Specimen s = c.specimen();
        item("referral.from", r.referringHospital().name(locale) + "　" + r.referringPhysician());
        item("referral.to", r.receivingHospital().name(locale));
        item("referral.patient", p.nameKanji() + "（" + p.nameKana() + "）");
        item("referral.patientId", p.hospitalPatientId());
        item("referral.birthDate", p.birthDate() + "（" + getTranslation("referral.age",
                Period.between(p.birthDate(), LocalDate.now(clock.withZone(JapanTime.ZONE))).getYears()) + "）・"
                + getTranslation("sex." + p.sex().name()));
        if (r.visit() != null) {
            item("referral.visit", Deadlines.visit(r.visit(), locale)).setId("referral-visit");
        }
        item("referral.services", c.services().stream().sorted().map(x -> getTranslation("service." + x.name()))
                .collect(Collectors.joining("・")));
        if (clinical != null) {
            item("referral.cancerType", clinical.cancerTypeCode() == null ? "—" : cancerTypes
                    .byCode(clinical.cancerTypeCode()).map(t -> t.label(locale)).orElse(clinical.cancerTypeCode()));
            item("referral.stage", orDash(Stages.label(this, clinical.stage())) + " ／ " + getTranslation("referral.treatmentLine") + " "
                    + (clinical.treatmentLine() == null ? "—" : clinical.treatmentLine()));
            item("referral.standardTreatment", clinical.standardTreatment() == null ? "—"
                    : getTranslation("standardTreatment." + clinical.standardTreatment().name()));
            item("referral.ecog", clinical.ecogPerformanceStatus() == null ? "—" : "PS " + clinical.ecogPerformanceStatus());
            // line breaks kept in the summary's text only: on the whole item they would also shift its label
            Span summaryText = new Span(orDash(clinical.summary()));
            summaryText.getStyle().set("white-space", "pre-wrap");
            form.setColspan(form.addFormItem(summaryText, getTranslation("referral.summary")), 2);
        }
        if (s != null && s.type() != null) {
            item("referral.specimenType", getTranslation("specimenType." + s.type().name())
                    + (s.collectedOn() == null ? "" : " ・ " + s.collectedOn())
                    + (s.fixation() == null ? "" : " ・ " + s.fixation())
                    + (s.tumourCellularityPercent() == null ? "" : " ・ " + s.tumourCellularityPercent() + "%"));
        }
        item("referral.section.priorTests", c.priorTests().isEmpty() ? getTranslation("letter.noPriorTests")
                : c.priorTests().stream().map(t -> (t.testedOn() == null ? "" : t.testedOn() + " ") + t.testName()
                        + (t.insuranceCovered() ? "（" + getTranslation("letter.insured") + "）" : ""))
                        .collect(Collectors.joining("、")));
        if (r.eligibilityWarnings() > 0) {
            item("referral.eligibility.title", getTranslation("letter.eligibilityJustified", r.eligibilityWarnings(),
                    r.eligibilityJustification()));
        }
    }

    private FormLayout.FormItem item(String labelKey, String value) {
        return getContent().addFormItem(new Span(value), getTranslation(labelKey));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
