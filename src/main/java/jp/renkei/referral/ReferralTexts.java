package jp.renkei.referral;

import jp.renkei.shared.text.FreeText;

/**
 * What the referral service checks of free text before it stores anything (the form's limits can be bypassed):
 * lengths as the columns hold them, no control or bidirectional-override characters, names in NFKC.
 */
final class ReferralTexts {

    /** The summary is a TEXT column; the form's limit, held here too. */
    static final int SUMMARY = 4000;
    /** Notes, questions, answers and reasons: the timeline's note column. */
    static final int NOTE = 2000;
    private static final int NAME = 100;
    private static final int PATIENT_ID = 30;
    private static final int STAGE = 20;
    private static final int FIXATION = 100;
    private static final int TEST_NAME = 200;
    private static final int PLACE = 200;

    private ReferralTexts() {
    }

    /** The content as it will be stored (names normalised), or a refusal naming the first bad field. */
    static ReferralContent checked(ReferralContent content) {
        PatientParticulars patient = content.patient() == null ? null : new PatientParticulars(
                FreeText.name("input.field.patientId", content.patient().hospitalPatientId(), PATIENT_ID),
                FreeText.name("input.field.nameKanji", content.patient().nameKanji(), NAME),
                FreeText.name("input.field.nameKana", content.patient().nameKana(), NAME),
                content.patient().birthDate(), content.patient().sex());
        ClinicalDetails clinical = content.clinical() == null ? null : new ClinicalDetails(
                content.clinical().cancerTypeCode(),
                FreeText.line("input.field.stage", content.clinical().stage(), STAGE),
                content.clinical().treatmentLine(), content.clinical().standardTreatment(),
                content.clinical().ecogPerformanceStatus(),
                FreeText.lines("input.field.summary", content.clinical().summary(), SUMMARY));
        Specimen specimen = content.specimen() == null ? null : new Specimen(content.specimen().type(),
                content.specimen().collectedOn(),
                FreeText.line("input.field.fixation", content.specimen().fixation(), FIXATION),
                content.specimen().tumourCellularityPercent(), content.specimen().blockAvailable());
        var priorTests = content.priorTests().stream().map(test -> new PriorTest(test.testedOn(),
                FreeText.line("input.field.priorTestName", test.testName(), TEST_NAME), test.insuranceCovered(),
                test.kind())).toList();
        return new ReferralContent(patient, clinical, specimen, priorTests, content.services(),
                justification(content.eligibilityJustification()));
    }

    static String justification(String text) {
        return FreeText.lines("input.field.justification", text, NOTE);
    }

    /** A step's note, question, answer or reason: what the other hospital reads on the timeline. */
    static String note(String text) {
        return FreeText.lines("input.field.note", text, NOTE);
    }

    static String testName(String text) {
        return FreeText.line("input.field.testName", text, TEST_NAME);
    }

    static ScheduledVisit visit(ScheduledVisit visit) {
        return visit == null ? null
                : new ScheduledVisit(visit.date(), visit.time(), FreeText.line("input.field.place", visit.place(), PLACE));
    }
}
