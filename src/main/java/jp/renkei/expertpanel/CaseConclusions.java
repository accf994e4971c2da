package jp.renkei.expertpanel;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;

/**
 * The one way a case is concluded, whether by its asynchronous round or by the real-time meeting it was on: the
 * rule set is stored on the case, the step audited and {@link PanelCaseConcluded} published for the report.
 */
@Component
class CaseConclusions {

    /** A meeting concludes the cases waiting for it; a case still in its asynchronous round is left to the round. */
    private static final Set<PanelCaseStatus> CONCLUDED_BY_MEETING =
            EnumSet.of(PanelCaseStatus.ASSIGNED, PanelCaseStatus.ESCALATED);

    private final PanelCaseRepository cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseConclusions(PanelCaseRepository cases, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    // synchronous, inside the sign-off's transaction: the meeting and its cases are concluded together or not at all
    @EventListener
    void on(MeetingSignedOff signedOff) {
        cases.findByMeetingIdOrderByAcceptedAtAscIdAsc(signedOff.meetingId()).stream()
                .filter(c -> CONCLUDED_BY_MEETING.contains(c.status()))
                .forEach(c -> {
                    c.conclude(signedOff.ruleSetId(), signedOff.ruleSetVersion(), clock.instant());
                    concluded(signedOff.actor(), c, "meeting " + signedOff.meetingId());
                });
    }

    /** The round's participants agreed: the case is concluded and leaves the meeting it was waiting for. */
    void concludeByRound(Actor actor, PanelCase panelCase, String ruleSetId, String ruleSetVersion, long roundId) {
        panelCase.concludeByRound(ruleSetId, ruleSetVersion, clock.instant());
        concluded(actor, panelCase, "round " + roundId);
    }

    private void concluded(Actor actor, PanelCase panelCase, String by) {
        String ruleSetId = panelCase.concludedRuleSetId();
        String ruleSetVersion = panelCase.concludedRuleSetVersion();
        events.publishEvent(new PanelCaseConcluded(panelCase.id(), panelCase.referralId(),
                panelCase.originHospitalId(), panelCase.partnerHospitalId(), ruleSetId, ruleSetVersion,
                clock.instant()));
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), "PANEL_CASE_CONCLUDED",
                "panel_case:" + panelCase.id(), by + " " + ruleSetId + "@" + ruleSetVersion));
    }
}
