package jp.renkei.ccat.completeness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.ccat.TestRecord;
import jp.renkei.ccat.TestRecords;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UserId;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Actor;

/**
 * Demo network: for 東都's tests whose clinical data went to C-CAT, the coordinator has recorded the background items
 * as entered, so their pages show items filled from the referral, items entered, and the few still missing. Runs
 * after the genomic-test demo, once: skipped when any item is recorded.
 */
@Component
@Order(42)
class CompletenessDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final Actor COORDINATOR = new Actor(UserId.of(3), "森川 千夏", TOTO);
    private static final List<String> BACKGROUND = List.of("diagnosisDate", "familyHistory", "smoking", "alcohol",
            "multiplePrimaries", "cancerTypeBiomarkers");

    private final TestRecords tests;
    private final ClinicalItemEntryRepository entries;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CompletenessDemoData(TestRecords tests, ClinicalItemEntryRepository entries, HospitalScopes scopes,
            TransactionTemplate transactions, Clock clock) {
        this.tests = tests;
        this.entries = entries;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo clinical items entered", () -> transactions.executeWithoutResult(tx -> {
            if (entries.count() == 0) {
                seed(LocalDate.now(clock.withZone(JapanTime.ZONE)));
            }
        }));
    }

    private void seed(LocalDate today) {
        CompletenessItemSets sets = CompletenessItemSets.bundled();
        for (TestRecord test : tests.testedBy(TOTO, today.minusYears(1), today)) {
            if (test.reachedOn(MilestoneStep.CLINICAL_DATA_ENTERED) != null) {
                String version = sets.inEffectOn(test.orderedOn()).version();
                BACKGROUND.forEach(item -> entries.save(new ClinicalItemEntry(test.referringHospital(),
                        test.testingHospital(), test.id(), version, item, COORDINATOR, clock.instant())));
            }
        }
    }
}
