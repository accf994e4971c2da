package jp.renkei.ccat.claims;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.ccat.TestRecord;
import jp.renkei.ccat.TestRecords;
import jp.renkei.ccat.billing.BillingEvaluator;
import jp.renkei.ccat.billing.BillingItem;
import jp.renkei.ccat.billing.BillingStatus;
import jp.renkei.ccat.billing.BillingVerdict;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UserId;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Actor;

/**
 * Demo network: 東都's billing office has already claimed D006-19 for the tests whose specimen went out more than
 * three weeks ago (a week after shipping) and B011-5 where the explanation and the C-CAT submission are in; newer
 * specimens stay claimable, and the demo test whose explanation is overdue shows B011-5 at risk. Runs after the
 * genomic-test demo, once: skipped when 東都 has a claim.
 */
@Component
@Order(41)
class BillingDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final Actor BILLING_CLERK = new Actor(UserId.of(3), "森川 千夏", TOTO);
    private static final int CLAIMED_AFTER_DAYS = 7;
    private static final int OLD_SPECIMEN_DAYS = 21;

    private final TestRecords tests;
    private final BillingClaimRepository claims;
    private final BillingEvaluator evaluator;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BillingDemoData(TestRecords tests, BillingClaimRepository claims, BillingEvaluator evaluator,
            HospitalScopes scopes, TransactionTemplate transactions, Clock clock) {
        this.tests = tests;
        this.claims = claims;
        this.evaluator = evaluator;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo billing claims", () -> transactions.executeWithoutResult(tx -> {
            if (claims.count() == 0) {
                seed(LocalDate.now(clock.withZone(JapanTime.ZONE)));
            }
        }));
    }

    private void seed(LocalDate today) {
        for (TestRecord test : tests.testedBy(TOTO, today.minusYears(1), today)) {
            List<BillingVerdict> verdicts = evaluator.evaluate(BillingFactsOfTest.of(test, List.of(), null), today);
            LocalDate shipped = test.reachedOn(MilestoneStep.SPECIMEN_SHIPPED);
            if (claimable(verdicts, BillingItem.D006_19) && shipped.isBefore(today.minusDays(OLD_SPECIMEN_DAYS))) {
                claim(test, verdicts, BillingItem.D006_19, shipped.plusDays(CLAIMED_AFTER_DAYS));
            }
            LocalDate submitted = test.reachedOn(MilestoneStep.CLINICAL_DATA_ENTERED);
            LocalDate explained = test.reachedOn(MilestoneStep.RESULT_EXPLAINED);
            if (claimable(verdicts, BillingItem.B011_5)) {
                LocalDate later = submitted != null && submitted.isAfter(explained) ? submitted : explained;
                claim(test, verdicts, BillingItem.B011_5, min(later.plusDays(CLAIMED_AFTER_DAYS), today));
            }
        }
    }

    private static boolean claimable(List<BillingVerdict> verdicts, BillingItem item) {
        return verdicts.stream().anyMatch(v -> v.item() == item && v.status() == BillingStatus.CLAIMABLE);
    }

    private void claim(TestRecord test, List<BillingVerdict> verdicts, BillingItem item, LocalDate on) {
        int points = verdicts.stream().filter(v -> v.item() == item).findFirst().orElseThrow().points();
        claims.save(new BillingClaim(test.referringHospital(), test.testingHospital(), test.id(), item, points, on,
                BILLING_CLERK, clock.instant()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
