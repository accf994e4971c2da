package jp.renkei.ccat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.expertpanel.PanelCaseConcluded;
import jp.renkei.expertpanel.PanelCaseExplained;
import jp.renkei.referral.ReferralTestOrdered;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Actor;

/**
 * Keeps the test records in step with the other workflows, so nothing they know is typed twice: a test opens when
 * the receiving hospital orders it (once per referral, however often the event is delivered; the unique key on
 * {@code referral_id} decides between two deliveries at once), and the panel's conclusion and the explanation to the
 * patient reach their steps. Each listener opens the hospital's scope before its transaction, so the flush at commit
 * still sees the hospital.
 */
@Component
class GenomicTestIntake {

    private final HospitalScopes scopes;
    private final TransactionTemplate transaction;
    private final GenomicTestRepository tests;
    private final TestMilestones milestones;
    private final TestCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GenomicTestIntake(HospitalScopes scopes, PlatformTransactionManager transactions, GenomicTestRepository tests,
            TestMilestones milestones, TestCatalogue catalogue, ApplicationEventPublisher events, Clock clock) {
        this.scopes = scopes;
        this.transaction = new TransactionTemplate(transactions);
        this.tests = tests;
        this.milestones = milestones;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReferralTestOrdered ordered) {
        scopes.runAs(ordered.receivingHospital(), "genomic test for referral " + ordered.referral().display(), () -> {
            try {
                transaction.executeWithoutResult(status -> open(ordered));
            } catch (DataIntegrityViolationException openedByAConcurrentDelivery) {
                // the unique key on referral_id kept it to one test
            }
        });
    }

    /** The panel reviewed the case: the test is linked to it and its panel step reached on the day of conclusion. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PanelCaseConcluded concluded) {
        if (concluded.referralId() == null) {
            return;
        }
        inScope(concluded.panelHospital(), "panel case " + concluded.caseId(), () ->
                tests.findByReferralId(concluded.referralId()).ifPresent(test -> {
                    test.linkPanelCase(concluded.caseId());
                    milestones.reach(test, MilestoneStep.PANEL_HELD, 0, dayOf(concluded.occurredAt()),
                            Actor.system(concluded.panelHospital()));
                }));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PanelCaseExplained explained) {
        inScope(explained.referringHospital(), "panel case " + explained.caseId(), () ->
                tests.findByPanelCaseId(explained.caseId())
                        .or(() -> Optional.ofNullable(explained.referralId()).flatMap(tests::findByReferralId))
                        .ifPresent(test -> milestones.reach(test, MilestoneStep.RESULT_EXPLAINED, 0,
                                explained.explainedOn(), Actor.system(explained.referringHospital()))));
    }

    private void open(ReferralTestOrdered ordered) {
        long referral = ordered.referral().value();
        if (tests.findByReferralId(referral).isPresent()) {
            return;
        }
        GenomicTest test = tests.saveAndFlush(new GenomicTest(ordered.referringHospital(),
                ordered.receivingHospital(), referral, ordered.testName(),
                CatalogueMatch.find(catalogue, ordered.testName()).orElse(null), dayOf(ordered.occurredAt()),
                clock.instant()));
        milestones.open(test);
        events.publishEvent(AuditEvent.system("CCAT_TEST_OPENED", ordered.receivingHospital(),
                "ccat_test:" + test.id() + " referral " + ordered.referral().display()
                        + (test.catalogueTestId() == null ? " (test not in the catalogue: " + ordered.testName() + ")"
                                : " " + test.catalogueTestId())));
    }

    private void inScope(HospitalId hospital, String purpose, Runnable work) {
        scopes.runAs(hospital, "genomic test of " + purpose, () -> transaction.executeWithoutResult(status -> work.run()));
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, JapanTime.ZONE);
    }
}
