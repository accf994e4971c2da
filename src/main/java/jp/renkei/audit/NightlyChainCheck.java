package jp.renkei.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain every night (one node), so the audit page's "last verified" is never old and a broken
 * chain is logged as an error for monitoring even when nobody presses the button.
 */
@Component
class NightlyChainCheck {

    private static final Logger log = LoggerFactory.getLogger(NightlyChainCheck.class);

    private final AuditTrail trail;

    NightlyChainCheck(AuditTrail trail) {
        this.trail = trail;
    }

    @Scheduled(cron = "${renkei.audit.verify-cron:0 30 3 * * *}", zone = "Asia/Tokyo")
    @SchedulerLock(name = "audit-chain-verify",
            lockAtLeastFor = "${renkei.scheduling.lock-at-least.audit-chain-verify:PT9M}")
    void verify() {
        ChainVerification result = trail.verifyAndKeep();
        if (result.valid()) {
            log.info(result.describe());
        } else {
            log.error(result.describe());
        }
    }
}
