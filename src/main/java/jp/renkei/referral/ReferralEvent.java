package jp.renkei.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/**
 * Something that happened to a referral, registered by the {@code Referral} aggregate and published when the
 * service saves it. Other modules (expert panels, C-CAT) listen to the concrete records; notices and the audit
 * trail inside this module listen to all of them.
 */
public sealed interface ReferralEvent permits ReferralDrafted, ReferralSubmitted, ReferralResubmitted,
        ReferralWithdrawn, ReferralAccepted, ReferralDeclined, ReferralReturned, ReferralScheduled,
        ReferralTestOrdered, ReferralResultsReturned, ReferralClosed, ReferralAcknowledgementOverdue {

    ReferralId referral();

    HospitalId referringHospital();

    HospitalId receivingHospital();

    Actor actor();

    Instant occurredAt();
}
