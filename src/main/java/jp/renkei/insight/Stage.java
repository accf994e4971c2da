package jp.renkei.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * A stretch of the journey whose length the figures show, in calendar days between Tokyo dates, counted in the
 * period its end falls in. The last two are the whole way, from the referral and from the test order.
 */
public enum Stage {
    REFERRAL_TO_SPECIMEN("insight.stage.referralToSpecimen", Journey::referredOn, Journey::specimenShippedOn),
    SPECIMEN_TO_LAB_RESULT("insight.stage.specimenToLabResult", Journey::specimenShippedOn, Journey::labResultOn),
    LAB_RESULT_TO_CCAT_REPORT("insight.stage.labResultToCcatReport", Journey::labResultOn, Journey::ccatReportOn),
    CCAT_REPORT_TO_PANEL("insight.stage.ccatReportToPanel", Journey::ccatReportOn, Journey::panelOn),
    PANEL_TO_EXPLANATION("insight.stage.panelToExplanation", Journey::panelOn, Journey::explainedOn),
    REFERRAL_TO_EXPLANATION("insight.stage.referralToExplanation", Journey::referredOn, Journey::explainedOn),
    /** Also for the hospitals' own patients, who come without a referral. */
    ORDER_TO_EXPLANATION("insight.stage.orderToExplanation", Journey::testOrderedOn, Journey::explainedOn);

    private final String messageKey;
    private final Function<Journey, LocalDate> start;
    private final Function<Journey, LocalDate> end;

    Stage(String messageKey, Function<Journey, LocalDate> start, Function<Journey, LocalDate> end) {
        this.messageKey = messageKey;
        this.start = start;
        this.end = end;
    }

    public String messageKey() {
        return messageKey;
    }

    LocalDate end(Journey journey) {
        return end.apply(journey);
    }

    /** Days from start to end, or null while either is unknown (or recorded out of order). */
    Long days(Journey journey) {
        LocalDate from = start.apply(journey);
        LocalDate to = end.apply(journey);
        return from == null || to == null || to.isBefore(from) ? null : ChronoUnit.DAYS.between(from, to);
    }
}
