package jp.renkei.referral;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.report.ReportRenderer;
import jp.renkei.tenancy.HospitalSummary;

/** Fills the referral letter template (診療情報提供書, reports/referral-letter.jrxml) from a referral. */
@Component
class ReferralLetter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ReportRenderer renderer;
    private final MessageBundleI18NProvider messages;
    private final CancerTypeCatalogue cancerTypes;

    ReferralLetter(ReportRenderer renderer, MessageBundleI18NProvider messages, CancerTypeCatalogue cancerTypes) {
        this.renderer = renderer;
        this.messages = messages;
        this.cancerTypes = cancerTypes;
    }

    byte[] render(ReferralDetails referral, LocalDate today) {
        // The letter is a Japanese clinical document whatever the reader's screen language.
        Locale ja = MessageBundleI18NProvider.JAPANESE;
        ReferralContent content = referral.content();
        PatientParticulars patient = content.patient();
        ClinicalDetails clinical = content.clinical();
        Map<String, Object> p = new HashMap<>();
        p.put("title", text("letter.title"));
        p.put("referralNumber", text("letter.number", referral.id().display()));
        p.put("issuedOn", DATE.format(referral.submittedAt() == null ? today
                : referral.submittedAt().atZone(jp.renkei.shared.JapanTime.ZONE).toLocalDate()));
        p.put("toHospitalName", referral.receivingHospital().nameJa());
        p.put("toHospitalAddress", address(referral.receivingHospital()));
        p.put("toDepartment", text("letter.toDepartment"));
        p.put("fromHospitalName", referral.referringHospital().nameJa());
        p.put("fromHospitalAddress", address(referral.referringHospital()));
        p.put("fromPhysicianName", referral.referringPhysician());
        p.put("patientName", patient.nameKanji());
        p.put("patientKana", patient.nameKana());
        p.put("patientBirthDate", text("letter.birthDate", DATE.format(patient.birthDate()),
                Period.between(patient.birthDate(), today).getYears()));
        p.put("patientSex", text("sex." + patient.sex().name()));
        p.put("patientHospitalId", text("letter.patientId", patient.hospitalPatientId()));
        p.put("purpose", content.services().stream().sorted().map(s -> text("service." + s.name()))
                .collect(Collectors.joining(" ／ ")));
        p.put("diagnosis", clinical == null || clinical.cancerTypeCode() == null ? "" : cancerTypes
                .byCode(clinical.cancerTypeCode()).map(t -> t.label(ja)).orElse(clinical.cancerTypeCode()));
        p.put("stage", text("letter.stage", orDash(clinical == null ? null : clinical.stage())));
        p.put("treatmentLine", text("letter.treatmentLineLabel", clinical == null || clinical.treatmentLine() == null
                ? "—" : text("letter.treatmentLine", clinical.treatmentLine())));
        p.put("standardTreatment", text("letter.standardTreatmentLabel", clinical == null
                || clinical.standardTreatment() == null ? "—"
                : text("standardTreatment." + clinical.standardTreatment().name())));
        p.put("performanceStatus", text("letter.performanceStatus", clinical == null
                || clinical.ecogPerformanceStatus() == null ? "—" : clinical.ecogPerformanceStatus()));
        p.put("clinicalSummary", orDash(clinical == null ? null : clinical.summary()));
        p.put("specimen", specimen(content.specimen()));
        p.put("priorTests", priorTests(content.priorTests()));
        p.put("eligibilityNote", referral.eligibilityWarnings() == 0 ? text("letter.eligibilityNoWarnings")
                : text("letter.eligibilityJustified", referral.eligibilityWarnings(), referral.eligibilityJustification()));
        p.put("attachmentsList", referral.attachments().isEmpty() ? text("letter.noAttachments")
                : referral.attachments().stream().map(a -> "・" + a.fileName()).collect(Collectors.joining("\n")));
        p.put("closing", text("letter.closing"));
        for (String label : List.of("To", "From", "Patient", "Purpose", "Diagnosis", "Clinical", "Specimen",
                "PriorTests", "Eligibility", "Attachments", "Signature", "Page")) {
            p.put("label" + label, text("letter.label" + label));
        }
        return renderer.renderPdf("referral-letter", p, List.of(), Locale.JAPAN);
    }

    private String specimen(Specimen specimen) {
        if (specimen == null || specimen.type() == null) {
            return "—";
        }
        StringBuilder text = new StringBuilder(text("specimenType." + specimen.type().name()));
        if (specimen.collectedOn() != null) {
            text.append("\n").append(text("letter.collectedOn", DATE.format(specimen.collectedOn())));
        }
        if (specimen.fixation() != null && !specimen.fixation().isBlank()) {
            text.append("\n").append(text("letter.fixation", specimen.fixation()));
        }
        if (specimen.tumourCellularityPercent() != null) {
            text.append("\n").append(text("letter.cellularity", specimen.tumourCellularityPercent()));
        }
        if (specimen.blockAvailable() != null) {
            text.append("\n").append(text(specimen.blockAvailable() ? "letter.blockAvailable" : "letter.blockUnavailable"));
        }
        return text.toString();
    }

    private String priorTests(List<PriorTest> tests) {
        if (tests.isEmpty()) {
            return text("letter.noPriorTests");
        }
        return tests.stream().map(t -> "・" + (t.testedOn() == null ? "" : DATE.format(t.testedOn()) + " ")
                + t.testName() + "（" + text(t.insuranceCovered() ? "letter.insured" : "letter.notInsured") + "）")
                .collect(Collectors.joining("\n"));
    }

    private String address(HospitalSummary hospital) {
        return hospital.addressJa() == null ? "" : hospital.addressJa();
    }

    private String text(String key, Object... args) {
        return messages.getTranslation(key, MessageBundleI18NProvider.JAPANESE, args);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
