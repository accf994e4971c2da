package jp.renkei.counseling;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.CounselingFollowUp;
import jp.renkei.expertpanel.FollowUpStatus;
import jp.renkei.identity.CurrentActor;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralSummary;

/**
 * Counseling requests raised by panel reports: what the panel case page shows of them (requested or booked), and the
 * list the referring hospital books from on the counseling page.
 */
@Service
public class PanelFollowUpService implements CounselingFollowUp {

    private final PanelFollowUpRequestRepository requests;
    private final ReferralService referrals;
    private final CurrentActor currentActor;

    PanelFollowUpService(PanelFollowUpRequestRepository requests, ReferralService referrals,
            CurrentActor currentActor) {
        this.requests = requests;
        this.referrals = referrals;
        this.currentActor = currentActor;
    }

    @Override
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER', 'LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public Optional<FollowUpStatus> forCase(long caseId) {
        return requests.findByPanelCaseId(caseId).map(PanelFollowUpRequest::status);
    }

    /**
     * This hospital's requests waiting for a session, each with its referral as the booking form takes it: the
     * requests, then their referrals in one read whatever their number (the referral module audits each patient).
     * A referral this person's list does not show (another role's view) leaves its request off the page rather than
     * break it.
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional
    public List<PanelFollowUpDetails> awaitingBooking() {
        long here = currentActor.require().hospital().value();
        List<PanelFollowUpRequest> waiting = requests.findByOriginHospitalIdAndBookingIdIsNullOrderByRaisedAtAsc(here);
        Map<ReferralId, ReferralSummary> shown = referrals.summariesOf(waiting.stream()
                .map(r -> new ReferralId(r.referralId())).collect(Collectors.toSet()));
        return waiting.stream().flatMap(r -> Optional.ofNullable(shown.get(new ReferralId(r.referralId())))
                .map(referral -> new PanelFollowUpDetails(r.id(), r.panelCaseId(), referral, r.genes(), r.raisedAt()))
                .stream()).toList();
    }
}
