package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.composition.CompositionVerdict;
import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.notification.Notice;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.ChangedConcurrently;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * Asynchronous review (持ち回り協議) of a case at the panel's hospital: a coordinator opens a round with the members
 * asked to respond; each records agree, disagree or a comment on the draft recommendations. Once everyone has
 * responded and those who agreed meet the composition rules in force on the round's day, the case is concluded
 * with that rule set; any disagreement sends it to the panel's next real-time meeting, with who and why.
 */
@Service
public class AsyncReviewService {

    private static final String READERS =
            "hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER', 'LIAISON_CLINICIAN')";
    private static final String RESPONDERS = "hasAnyRole('PANEL_MEMBER', 'CORE_COORDINATOR', 'HOSPITAL_ADMIN')";
    private static final int MAX_COMMENT = 2000;

    private final PanelCaseRepository cases;
    private final ReviewRoundRepository rounds;
    private final ReviewResponseRepository responses;
    private final ExpertPanelRepository panels;
    private final PanelMemberRepository members;
    private final PanelCaseAssigner assigner;
    private final PanelCaseService workspace;
    private final AttendanceJudge judge;
    private final CaseConclusions conclusions;
    private final CurrentActor currentActor;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseFactsSource facts;

    AsyncReviewService(PanelCaseRepository cases, ReviewRoundRepository rounds, ReviewResponseRepository responses,
            ExpertPanelRepository panels, PanelMemberRepository members, PanelCaseAssigner assigner,
            PanelCaseService workspace, AttendanceJudge judge, CaseConclusions conclusions, CurrentActor currentActor,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            CaseFactsSource facts) {
        this.cases = cases;
        this.rounds = rounds;
        this.responses = responses;
        this.panels = panels;
        this.members = members;
        this.assigner = assigner;
        this.workspace = workspace;
        this.judge = judge;
        this.conclusions = conclusions;
        this.currentActor = currentActor;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.facts = facts;
    }

    /**
     * The case's round with every response (audited read). Empty for the referring hospital: the round is the
     * panel's own deliberation; the referrer sees where the case stands on the case itself.
     */
    @PreAuthorize(READERS)
    @Transactional
    public Optional<AsyncReviewDetails> get(long caseId) {
        Actor actor = currentActor.require();
        PanelCase found = cases.findById(caseId).orElseThrow(() -> new PanelCaseNotFound(caseId));
        if (!actor.hospital().equals(found.partnerHospitalId()) || found.panelId() == null) {
            return Optional.empty();
        }
        List<PanelMember> roster = members.findByPanelIdOrderByIdAsc(found.panelId());
        Optional<ReviewRound> round = rounds.findByPanelCaseId(caseId);
        round.ifPresent(r -> audit(actor, "PANEL_REVIEW_VIEWED", found, "round " + r.id()));
        boolean canOpen = round.isEmpty() && found.status() == PanelCaseStatus.ASSIGNED
                && currentUser.require().has(Role.CORE_COORDINATOR);
        return Optional.of(new AsyncReviewDetails(caseId, found.status(), canOpen,
                roster.stream().map(PanelMember::toDetails).toList(),
                round.map(r -> details(found, r, roster, actor)).orElse(null)));
    }

    /**
     * Opens the case's round. {@code participantIds} empty means the whole roster. Refused unless the case may be
     * reviewed asynchronously today, and unless the participants, all agreeing, could meet today's rule set.
     */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public void open(long caseId, Set<Long> participantIds, boolean historyProvided, boolean pediatricCase) {
        Actor actor = currentActor.require();
        PanelCase found = panelsCase(caseId, actor);
        ExpertPanel panel = panelOf(found);
        Map<Long, PanelMember> roster = roster(panel.id());
        Set<Long> participants = participantIds == null || participantIds.isEmpty() ? roster.keySet()
                : Set.copyOf(participantIds);
        if (!roster.keySet().containsAll(participants)) {
            throw new Refused("panel.meeting.error.notAMember", participants.toString());
        }
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        if (!workspace.simplifiedReview(found, today).allowed()) {
            throw new Refused("panel.review.error.notEligible", "case " + caseId);
        }
        CompositionVerdict ifAllAgree = judge.judgeRound(panel, participants.stream().sorted().map(roster::get)
                .toList(), today, pediatricCase, historyProvided);
        if (!ifAllAgree.valid()) {
            throw new CompositionRefused(ifAllAgree);
        }
        found.openAsyncReview();
        rounds.saveAndFlush(new ReviewRound(actor.hospital(), caseId, panel.id(), participants, today,
                historyProvided, pediatricCase, actor.name(), clock.instant()));
        audit(actor, "PANEL_REVIEW_OPENED", found, participants.size() + " participants");
        Set<UserId> withAccounts = participants.stream().map(roster::get).map(PanelMember::userId)
                .filter(Objects::nonNull).map(UserId::of).collect(Collectors.toSet());
        if (!withAccounts.isEmpty()) { // members without an account answer through the coordinator
            events.publishEvent(Notice.toPeople(withAccounts, actor.hospital(), Role.PANEL_MEMBER,
                    "notice.panel.review.OPENED", List.of(referral(found)), link(found)));
        }
    }

    /**
     * Records the signed-in member's response, replacing their earlier one, and settles the round if this response
     * decides it. A disagreement or a comment needs its text; a refusal changes nothing.
     */
    @PreAuthorize(RESPONDERS)
    // READ COMMITTED: an escalation counts the next meeting's cases as committed, after waiting for its lock
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetriedOnConflict
    public void respond(long caseId, ReviewAnswer answer, String comment) {
        Actor actor = currentActor.require();
        respond(actor, caseId, m -> isUser(m, actor), "panel.review.error.notAParticipant", answer, comment);
    }

    /**
     * Records, for a participant without a portal account (a visiting expert), the response they sent by mail or
     * gave by phone: entered by the coordinator, whose name stays with it.
     */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    // READ COMMITTED: an escalation counts the next meeting's cases as committed, after waiting for its lock
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetriedOnConflict
    public void respondFor(long caseId, long memberId, ReviewAnswer answer, String comment) {
        Actor actor = currentActor.require();
        respond(actor, caseId, m -> m.id() == memberId && m.userId() == null, "panel.review.error.notOnBehalf",
                answer, comment);
    }

    private void respond(Actor actor, long caseId, Predicate<PanelMember> who, String notWhoKey, ReviewAnswer answer,
            String typedComment) {
        String comment = PanelFreeText.comment(typedComment);
        PanelCase found = panelsCase(caseId, actor);
        rounds.lockByPanelCaseId(caseId);
        ReviewRound round = rounds.findByPanelCaseId(caseId)
                .orElseThrow(() -> new Refused("panel.review.error.noRound", "case " + caseId));
        round.requireOpen();
        Map<Long, PanelMember> roster = roster(round.panelId());
        PanelMember member = round.participants().stream().map(roster::get).filter(m -> m != null && who.test(m))
                .findFirst().orElseThrow(() -> new Refused(notWhoKey, "case " + caseId));
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        requireValid(answer, text);
        record(round, member, answer, text, actor);
        audit(actor, "PANEL_REVIEW_RESPONDED", found, member.toDetails().name() + " " + answer
                + (isUser(member, actor) ? "" : " (entered by " + actor.name() + ")"));
        settle(actor, found, round, roster);
    }

    private static boolean isUser(PanelMember member, Actor actor) {
        return actor.user() != null && Long.valueOf(actor.user().value()).equals(member.userId());
    }

    private void record(ReviewRound round, PanelMember member, ReviewAnswer answer, String text, Actor actor) {
        try {
            responses.recordCurrent(new ReviewResponse(round.hospitalId(), round.id(), member.id(), answer, text,
                    actor.name(), clock.instant()));
        } catch (DataIntegrityViolationException sameMemberAtOnce) {
            throw new ChangedConcurrently("panel_review_round:" + round.id());
        }
    }

    private void settle(Actor actor, PanelCase found, ReviewRound round, Map<Long, PanelMember> roster) {
        RoundConsensus consensus = consensus(round, roster, current(round));
        Instant now = clock.instant();
        switch (consensus.outcome()) {
            case PENDING -> { }
            case AGREED -> {
                round.concluded(consensus.agreedVerdict().ruleSetId(), consensus.agreedVerdict().ruleSetVersion(),
                        now);
                conclusions.concludeByRound(actor, found, round.ruleSetId(), round.ruleSetVersion(), round.id());
                events.publishEvent(new Notice(actor.hospital(), Role.CORE_COORDINATOR,
                        "notice.panel.review.CONCLUDED", List.of(referral(found)), link(found)));
            }
            case DISAGREED -> {
                PanelMember by = roster.get(consensus.disagreedBy().orElseThrow());
                String reason = current(round).get(by.id()).comment();
                ExpertPanel panel = panelOf(found);
                PanelMeeting next = assigner.nextRealTimeWithRoom(panel, now);
                round.escalated(by.id(), reason, now);
                found.escalate(panel, next, now);
                audit(actor, "PANEL_REVIEW_ESCALATED", found, by.toDetails().name()
                        + (next == null ? " (no real-time meeting scheduled)" : " to meeting " + next.id()));
                events.publishEvent(new Notice(actor.hospital(), Role.CORE_COORDINATOR,
                        "notice.panel.review.ESCALATED", List.of(referral(found), by.toDetails().name()),
                        link(found)));
            }
        }
    }

    private RoundConsensus consensus(ReviewRound round, Map<Long, PanelMember> roster,
            Map<Long, ReviewResponse> current) {
        ExpertPanel panel = panels.findById(round.panelId()).orElseThrow(() -> new PanelCaseNotFound(
                round.panelCaseId()));
        Function<Set<Long>, CompositionVerdict> judgeAgreed = agreed -> judge.judgeRound(panel,
                agreed.stream().sorted().map(roster::get).toList(), round.reviewDay(), round.pediatricCase(),
                round.historyProvided());
        return RoundConsensus.of(round.participants(), current.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().response())), judgeAgreed);
    }

    private Map<Long, ReviewResponse> current(ReviewRound round) {
        return responses.findByRoundIdOrderByRespondedAtAscIdAsc(round.id()).stream().filter(ReviewResponse::current)
                .collect(Collectors.toMap(ReviewResponse::memberId, r -> r));
    }

    private AsyncReviewDetails.Round details(PanelCase found, ReviewRound round, List<PanelMember> rosterList,
            Actor actor) {
        Map<Long, PanelMember> roster = new HashMap<>();
        rosterList.forEach(m -> roster.put(m.id(), m));
        Map<Long, ReviewResponse> current = current(round);
        RoundConsensus consensus = consensus(round, roster, current);
        Function<ReviewResponse, AsyncReviewDetails.Response> view = r -> new AsyncReviewDetails.Response(
                r.memberId(), roster.get(r.memberId()).toDetails().name(), r.response(), r.comment(), r.respondedAt(),
                r.respondedBy(), r.current());
        List<AsyncReviewDetails.Participant> participants = rosterList.stream()
                .filter(m -> round.participants().contains(m.id()))
                .map(m -> new AsyncReviewDetails.Participant(m.toDetails(),
                        current.containsKey(m.id()) ? view.apply(current.get(m.id())) : null))
                .toList();
        Long you = rosterList.stream().filter(m -> round.participants().contains(m.id()) && isUser(m, actor))
                .map(PanelMember::id).findFirst().orElse(null);
        List<PanelMemberDetails> onBehalf = round.status() == ReviewRoundStatus.OPEN
                && currentUser.require().has(Role.CORE_COORDINATOR)
                ? rosterList.stream().filter(m -> round.participants().contains(m.id()) && m.userId() == null)
                        .map(PanelMember::toDetails).toList()
                : List.of();
        AsyncReviewDetails.Escalation escalation = round.escalatedByMemberId() == null ? null
                : new AsyncReviewDetails.Escalation(roster.get(round.escalatedByMemberId()).toDetails().name(),
                        round.escalationReason());
        return new AsyncReviewDetails.Round(round.status(), round.reviewDay(), round.historyProvided(),
                round.pediatricCase(), round.openedAt(), round.openedBy(), round.closedAt(), participants,
                consensus.agreedVerdict(), consensus.awaiting().size(), you, onBehalf,
                responses.findByRoundIdOrderByRespondedAtAscIdAsc(round.id()).stream().map(view).toList(), escalation,
                round.status() == ReviewRoundStatus.ESCALATED ? found.meetingStartsAt() : null);
    }

    private static void requireValid(ReviewAnswer answer, String text) {
        if (answer == null) {
            throw new Refused("panel.review.error.answerRequired", null);
        }
        if (answer != ReviewAnswer.AGREE && text == null) {
            throw new Refused(answer == ReviewAnswer.DISAGREE ? "panel.review.error.reasonRequired"
                    : "panel.review.error.commentRequired", answer.name());
        }
        if (text != null && text.length() > MAX_COMMENT) {
            throw new Refused("panel.review.error.commentTooLong", null, String.valueOf(MAX_COMMENT));
        }
    }

    /** Only the panel's hospital runs the round; to anyone else the case is not there to review. */
    private PanelCase panelsCase(long caseId, Actor actor) {
        PanelCase found = cases.findById(caseId).orElseThrow(() -> new PanelCaseNotFound(caseId));
        if (!actor.hospital().equals(found.partnerHospitalId())) {
            throw new PanelCaseNotFound(caseId);
        }
        return found;
    }

    private ExpertPanel panelOf(PanelCase found) {
        return Optional.ofNullable(found.panelId()).flatMap(panels::findById)
                .orElseThrow(() -> new Refused("panel.review.error.noPanel", "case " + found.id()));
    }

    private Map<Long, PanelMember> roster(long panelId) {
        return members.findByPanelIdOrderByIdAsc(panelId).stream()
                .collect(Collectors.toMap(PanelMember::id, m -> m));
    }

    private String referral(PanelCase found) {
        return facts.number(found);
    }

    private static String link(PanelCase found) {
        return "panels/cases/" + found.id();
    }

    private void audit(Actor actor, String action, PanelCase panelCase, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                "panel_case:" + panelCase.id(), detail));
    }
}
