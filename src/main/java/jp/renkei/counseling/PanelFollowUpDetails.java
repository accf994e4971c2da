package jp.renkei.counseling;

import java.time.Instant;
import java.util.List;

import jp.renkei.referral.ReferralSummary;

/**
 * A counseling request from a panel's secondary finding that still waits for a session, as the counseling page lists
 * it: the case, the referral with its patient (to book from), the genes and when it was raised.
 */
public record PanelFollowUpDetails(long id, long caseId, ReferralSummary referral, List<String> genes,
        Instant raisedAt) {

    public PanelFollowUpDetails {
        genes = List.copyOf(genes);
    }
}
