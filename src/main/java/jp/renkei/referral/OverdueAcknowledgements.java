package jp.renkei.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Every few minutes: referrals whose acknowledgement (2 business days) is late are notified once to the
 * receiving coordinators and to the referring clinicians. Works hospital by hospital in explicit scopes.
 */
@Component
class OverdueAcknowledgements {

    private static final Logger log = LoggerFactory.getLogger(OverdueAcknowledgements.class);

    private final ReferralRepository referrals;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueAcknowledgements(ReferralRepository referrals, HospitalScopes scopes, TransactionTemplate transactions,
            Clock clock) {
        this.referrals = referrals;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renkei.referral.overdue-check:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "referral-overdue-acknowledgements",
            lockAtLeastFor = "${renkei.scheduling.lock-at-least.referral-overdue-acknowledgements:PT4M}")
    void notifyLateAcknowledgements() {
        Instant now = clock.instant();
        List<Long> hospitals = referrals.receiversWithOverdueAcknowledgements(now);
        hospitals.forEach(id -> {
            try {
                scopes.runAs(HospitalId.of(id), "overdue referral acknowledgements",
                        () -> transactions.executeWithoutResult(tx -> notifyAt(id, now)));
            } catch (OptimisticLockingFailureException takenByAnotherRun) {
                // another run (this node's schedule, another node, a person acting) changed one of these
                // referrals first; the next run sees its state and notifies whatever is still due
                log.info("Overdue check at hospital {} deferred: {}", id, takenByAnotherRun.getMessage());
            }
        });
    }

    private void notifyAt(long hospital, Instant now) {
        for (Referral referral : referrals.overdueAt(hospital, now)) {
            if (referral.markOverdueNotified(now)) {
                // saving publishes ReferralAcknowledgementOverdue; ReferralNotices tells both sides
                referrals.save(referral);
            }
        }
    }
}
