package jp.renkei.ccat.ledger;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.TestPatients;
import jp.renkei.ccat.TestRecord;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.expertpanel.PanelCaseOutcome;
import jp.renkei.expertpanel.PanelCaseResultsService;
import jp.renkei.referral.ReferredPatient;

/**
 * Turns test records into ledger rows: the patient from the referral (or the panel's own-patient case), the test's
 * name from the catalogue, the dates from the milestones, whether the panel proposed a new option from its case, the
 * consents' latest decisions. Nothing is typed for the ledger. A year's ledger has a thousand rows or more, so the
 * panel cases are asked for all at once and the catalogue (read from the database) once per ledger.
 */
@Component
class LedgerRows {

    private final TestPatients patients;
    private final PanelCaseResultsService panelCases;
    private final TestCatalogue catalogue;

    LedgerRows(TestPatients patients, PanelCaseResultsService panelCases, TestCatalogue catalogue) {
        this.patients = patients;
        this.panelCases = panelCases;
        this.catalogue = catalogue;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<LedgerRow> of(List<TestRecord> tests) {
        Map<Long, ReferredPatient> byTest = patients.of(tests);
        List<Long> caseIds = tests.stream().map(TestRecord::panelCaseId).filter(Objects::nonNull).distinct().toList();
        Map<Long, PanelCaseOutcome> outcomes = panelCases.outcomesFor(caseIds);
        Map<String, String> testNames = catalogue.tests().stream()
                .collect(Collectors.toMap(CatalogueTest::id, CatalogueTest::name));
        return tests.stream().map(test -> row(test, byTest.get(test.id()),
                test.panelCaseId() == null ? null : outcomes.get(test.panelCaseId()), testNames)).toList();
    }

    private static LedgerRow row(TestRecord test, ReferredPatient patient, PanelCaseOutcome panel,
            Map<String, String> testNames) {
        Boolean newOptions = panel == null || !panel.concluded() ? null : panel.treatmentRecommended();
        String testName = test.catalogueTestId() == null ? test.orderedTestName()
                : testNames.getOrDefault(test.catalogueTestId(), test.orderedTestName());
        return new LedgerRow(test.id(), patient.hospitalPatientId(), patient.nameKanji(), testName,
                test.reachedOn(MilestoneStep.SPECIMEN_SHIPPED), test.reachedOn(MilestoneStep.LAB_RESULT_UPLOADED),
                test.reachedOn(MilestoneStep.PANEL_HELD), panel == null ? null : panel.reportIssuedOn(),
                test.reachedOn(MilestoneStep.RESULT_EXPLAINED), newOptions,
                Boolean.TRUE.equals(newOptions) ? test.reachedOn(MilestoneStep.RESULT_EXPLAINED) : null,
                consent(test, ConsentScope.C_CAT_REGISTRATION), consent(test, ConsentScope.SECONDARY_USE),
                test.reachedOn(MilestoneStep.CLINICAL_DATA_ENTERED));
    }

    private static LedgerConsent consent(TestRecord test, ConsentScope scope) {
        return test.latestConsent(scope).map(c -> new LedgerConsent(c.decision(), c.decidedOn())).orElse(null);
    }
}
