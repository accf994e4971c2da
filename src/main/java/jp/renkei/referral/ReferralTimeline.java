package jp.renkei.referral;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Actor;

/**
 * Lets a later workflow put a line on a referral's timeline without loading the referral: counseling notes a
 * session booked for the referral's patient. Called by listeners, outside any request: it opens the acting
 * hospital's scope and, inside it, its own transaction, so the write is flushed while the scope still holds.
 */
@Component
public class ReferralTimeline {

    private final ReferralRepository referrals;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReferralTimeline(ReferralRepository referrals, HospitalScopes scopes, TransactionTemplate transactions,
            Clock clock) {
        this.referrals = referrals;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A counseling session was booked for this referral's patient ({@code what}: when and with whom). */
    public void noteCounselingBooked(ReferralId id, Actor actor, String what) {
        scopes.runAs(actor.hospital(), "counseling on referral timeline", () -> transactions.executeWithoutResult(
                tx -> referrals.findById(id.value()).ifPresent(referral -> referral.noteCounselingBooked(actor, what,
                        clock.instant()))));
    }
}
