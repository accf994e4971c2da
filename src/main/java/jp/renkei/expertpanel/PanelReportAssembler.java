package jp.renkei.expertpanel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.renkei.expertpanel.composition.CompositionRuleSet;
import jp.renkei.expertpanel.composition.CompositionRules;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.tenancy.HospitalDirectory;

/**
 * Gathers a concluded case's report at the panel's hospital: the case as referred, the panel and the meeting it was
 * concluded at, the members that meeting counted (with their categories) and the rule set stored with the conclusion.
 */
@Component
class PanelReportAssembler {

    private final PanelMeetingRepository meetings;
    private final PanelMemberRepository members;
    private final PanelCaseVariantRepository variants;
    private final ReviewRoundRepository rounds;
    private final CompositionRules rules;
    private final CaseFactsSource facts;
    private final HospitalDirectory hospitals;

    PanelReportAssembler(PanelMeetingRepository meetings, PanelMemberRepository members,
            PanelCaseVariantRepository variants, ReviewRoundRepository rounds, CompositionRules rules,
            CaseFactsSource facts, HospitalDirectory hospitals) {
        this.meetings = meetings;
        this.members = members;
        this.variants = variants;
        this.rounds = rounds;
        this.rules = rules;
        this.facts = facts;
        this.hospitals = hospitals;
    }

    /** The case as {@link CaseFactsSource} tells it to the panel's coordinator (its reads are audited). */
    PanelReportContent assemble(PanelCase c, String issuedBy, Instant now) {
        return assemble(c, facts.header(c), facts.patient(c), hospitals.get(c.partnerHospitalId()).nameJa(),
                issuedBy, now);
    }

    /** With the case already known: the demo network, which seeds without a signed-in person, passes its own. */
    PanelReportContent assemble(PanelCase c, CaseHeader header, ReferredPatient patient,
            String panelHospitalName, String issuedBy, Instant now) {
        MeetingDetails meeting = concludingRound(c).orElseGet(() -> c.meetingId() == null ? null
                : meetings.findById(c.meetingId()).map(PanelMeeting::toDetails).orElse(null));
        List<PanelMemberDetails> participants = meeting == null || c.panelId() == null ? List.of()
                : members.findByPanelIdOrderByIdAsc(c.panelId()).stream()
                        .filter(m -> meeting.attendees().contains(m.id())).map(PanelMember::toDetails).toList();
        CompositionRuleSet ruleSet = rules.all().stream().filter(r -> r.id().equals(c.concludedRuleSetId())
                && r.version().equals(c.concludedRuleSetVersion())).findFirst().orElse(null);
        return new PanelReportContent(header, patient, c.panelName(),
                panelHospitalName, meeting, participants, c.concludedRuleSetId(),
                c.concludedRuleSetVersion(), ruleSet, c.concludedAt(),
                variants.findByPanelCaseIdOrderByIdAsc(c.id()).stream().map(PanelCaseVariant::details).toList(), now,
                issuedBy);
    }

    /**
     * A case concluded by an asynchronous round was reviewed there, not at the meeting it waited for: the report
     * prints the round (its participants, the day the last answer settled it) as the session that concluded it.
     */
    private Optional<MeetingDetails> concludingRound(PanelCase c) {
        return rounds.findByPanelCaseId(c.id()).filter(r -> r.status() == ReviewRoundStatus.CONCLUDED)
                .map(r -> new MeetingDetails(0, r.panelId(), MeetingKind.ASYNC_ROUND, r.closedAt(), null,
                        MeetingStatus.SIGNED_OFF, r.participants(), false, r.historyProvided(), r.pediatricCase(),
                        r.closedAt(), null, r.ruleSetId(), r.ruleSetVersion(), 0));
    }
}
