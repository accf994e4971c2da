package jp.renkei.ccat.ledger;

import java.time.LocalDate;

/**
 * One test of the CGP ledger (がん遺伝子パネル検査の管理簿) with the dates the facility standard asks for, taken from
 * the workflow records; {@code null} while a step has not happened. The result received is the lab's result reaching
 * C-CAT (its milestone), the panel's result received is the day its report was issued, and the C-CAT submission is
 * the clinical data entered, the step the registration consent gates.
 *
 * @param newOptionsPresented whether the panel proposed a new treatment option: {@code null} until it concluded
 * @param newOptionsExplainedOn the day such an option was explained to the patient (the result explanation)
 */
public record LedgerRow(long testId, String patientId, String patientName, String testName,
        LocalDate specimenShippedOn, LocalDate resultReceivedOn, LocalDate panelHeldOn, LocalDate panelResultReceivedOn,
        LocalDate resultExplainedOn, Boolean newOptionsPresented, LocalDate newOptionsExplainedOn,
        LedgerConsent registrationConsent, LedgerConsent secondaryUseConsent, LocalDate ccatSubmittedOn) {
}
