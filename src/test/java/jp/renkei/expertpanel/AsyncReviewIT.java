package jp.renkei.expertpanel;

import static jp.renkei.expertpanel.composition.PanelRole.A;
import static jp.renkei.expertpanel.composition.PanelRole.B;
import static jp.renkei.expertpanel.composition.PanelRole.C;
import static jp.renkei.expertpanel.composition.PanelRole.D;
import static jp.renkei.expertpanel.composition.PanelRole.E;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.expertpanel.composition.Shortfall;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.notification.NotificationInbox;
import jp.renkei.shared.live.LiveChange;
import jp.renkei.shared.live.LiveTopics;
import jp.renkei.notification.NotificationItem;
import jp.renkei.shared.workflow.Refused;

/**
 * Asynchronous review on the real database. Each test builds its own panel at 東都 (1) whose five members have
 * portal accounts (test users with the PANEL_MEMBER role), and a case referred by 相模野 (5) on it. The test clock
 * stands in December 2026, under the 2025-07-07 rule set, which allows asynchronous review for every case.
 */
@RenkeiIntegrationTest
@RecordApplicationEvents
class AsyncReviewIT {

    @Autowired
    AsyncReviewService review;
    @Autowired
    PanelService panels;
    @Autowired
    PanelCaseService workspace;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    NotificationInbox inbox;

    private PanelSummary panel;
    /** Usernames of the members, in roster order: two (ア) of different specialties, (イ)(オ), (ウ), (エ). */
    private final List<String> users = new ArrayList<>();
    private final List<Long> memberIds = new ArrayList<>();
    private MeetingDetails realTime;

    @BeforeEach
    void aPanelWhoseMembersSignIn() {
        signIn.as("coordinator");
        panel = panels.create("持ち回りEP " + System.nanoTime(), TumourCategory.SOLID, false);
        member("腫瘍内科 医師", Set.of(A), "腫瘍内科");
        member("消化器内科 医師", Set.of(A), "消化器内科");
        member("遺伝医学 医師", Set.of(B, E), "臨床遺伝");
        member("認定遺伝カウンセラー", Set.of(C), null);
        member("病理医", Set.of(D), "病理診断科");
        panels.schedule(panel.id(), MeetingKind.ASYNC_ROUND, clock.instant().plus(Duration.ofDays(2)), null);
        realTime = panels.schedule(panel.id(), MeetingKind.REAL_TIME, clock.instant().plus(Duration.ofDays(7)),
                "https://video.example.jp/ep-next");
        signIn.out();
    }

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void whenEveryoneAgreesTheCaseIsConcludedWithThe2025RuleSet() {
        long caseId = caseOnThePanel(realTime.id());
        signIn.as("coordinator");
        review.open(caseId, Set.of(), true, false);
        assertThat(caseStatus(caseId)).isEqualTo("IN_ASYNC_REVIEW");

        for (int i = 0; i < 4; i++) {
            respond(caseId, i, ReviewAnswer.AGREE, null);
        }
        signIn.as(users.get(4));
        AsyncReviewDetails.Round before = review.get(caseId).orElseThrow().round();
        assertThat(before.awaiting()).isOne();
        assertThat(before.you()).isEqualTo(memberIds.get(4));
        assertThat(before.agreedVerdict().shortfalls()).extracting(Shortfall::messageKey)
                .as("the pathologist has not answered yet").containsExactly("panel.composition.shortfall.D");
        assertThat(caseStatus(caseId)).as("not before everyone asked has answered").isEqualTo("IN_ASYNC_REVIEW");

        review.respond(caseId, ReviewAnswer.AGREE, "異論ありません。");

        assertThat(jdbc.queryForMap("select status, concluded_rule_set_id, concluded_rule_set_version, meeting_id"
                + " from panel_case where id = ?", caseId)).containsEntry("status", "CONCLUDED")
                .as("the round concluded it: it leaves the meeting's agenda").containsEntry("meeting_id", null)
                .containsEntry("concluded_rule_set_id", "ep.composition.solid.2025")
                .containsEntry("concluded_rule_set_version", "2025-07-07");
        AsyncReviewDetails.Round after = review.get(caseId).orElseThrow().round();
        assertThat(after.status()).isEqualTo(ReviewRoundStatus.CONCLUDED);
        assertThat(after.agreedVerdict().valid()).isTrue();
        assertThat(after.participants()).allSatisfy(p -> assertThat(p.current().answer()).isEqualTo(ReviewAnswer.AGREE));
        assertThat(events.stream(PanelCaseConcluded.class).filter(e -> e.caseId() == caseId)).singleElement()
                .satisfies(e -> {
                    assertThat(e.ruleSetId()).isEqualTo("ep.composition.solid.2025");
                    assertThat(e.referringHospital().value()).isEqualTo(5L);
                    assertThat(e.panelHospital().value()).isEqualTo(1L);
                });
        assertThatThrownBy(() -> review.respond(caseId, ReviewAnswer.COMMENT, "追記"))
                .as("a concluded round takes no more responses").isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("panel.review.error.closed");
        await().atMost(Duration.ofSeconds(10)).until(() -> audits("PANEL_CASE_CONCLUDED", caseId) == 1);
    }

    @Test
    void aCommentIsNotAgreementTheReasonsSaySoAndAChangedResponseKeepsItsHistory() {
        long caseId = caseOnThePanel(null);
        signIn.as("coordinator");
        review.open(caseId, Set.of(), true, false);
        respond(caseId, 0, ReviewAnswer.AGREE, null);
        respond(caseId, 1, ReviewAnswer.AGREE, null);
        respond(caseId, 2, ReviewAnswer.AGREE, null);
        respond(caseId, 3, ReviewAnswer.COMMENT, "BRCA2 の生殖細胞系列確認検査の説明を追記してください。");
        respond(caseId, 4, ReviewAnswer.AGREE, null);

        signIn.as("coordinator");
        AsyncReviewDetails.Round stalled = review.get(caseId).orElseThrow().round();
        assertThat(caseStatus(caseId)).isEqualTo("IN_ASYNC_REVIEW");
        assertThat(stalled.awaiting()).isZero();
        assertThat(stalled.agreedVerdict().shortfalls()).as("the counselor only commented")
                .containsExactly(new Shortfall("panel.composition.shortfall.C", List.of("1", "0")));
        assertThat(stalled.agreedVerdict().ruleSetId()).isEqualTo("ep.composition.solid.2025");

        respond(caseId, 3, ReviewAnswer.AGREE, "追記を確認しました。");

        assertThat(caseStatus(caseId)).isEqualTo("CONCLUDED");
        signIn.as("coordinator");
        var history = review.get(caseId).orElseThrow().round().history();
        assertThat(history).filteredOn(r -> r.memberId() == memberIds.get(3))
                .extracting(AsyncReviewDetails.Response::answer, AsyncReviewDetails.Response::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReviewAnswer.COMMENT, false),
                        org.assertj.core.groups.Tuple.tuple(ReviewAnswer.AGREE, true));
    }

    @Test
    void beforeThe2025RevisionOnlyAnEligibleCaseGoesToARoundWhichConcludesUnderThe2024Rules() {
        clock.setTokyo("2025-05-01T10:00");
        long eligible = caseOnThePanel(null);
        long notEligible = caseOnThePanel(null);
        signIn.as("coordinator");
        workspace.addVariant(notEligible, new VariantEntry("KRAS", "p.G12D", null, Pathogenicity.PATHOGENIC, false));
        workspace.recommend(notEligible, workspace.get(notEligible).variants().getFirst().id(), EvidenceLevel.D,
                "試験薬", TherapyRoute.OFF_LABEL, null, false);

        assertThatThrownBy(() -> review.open(notEligible, Set.of(), true, false)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("panel.review.error.notEligible");
        review.open(eligible, Set.of(), true, false);
        for (int i = 0; i < 5; i++) {
            respond(eligible, i, ReviewAnswer.AGREE, null);
        }
        assertThat(jdbc.queryForMap("select status, concluded_rule_set_id from panel_case where id = ?", eligible))
                .containsEntry("status", "CONCLUDED").containsEntry("concluded_rule_set_id", "ep.composition.solid.2024");
    }

    @Test
    void participantsWhoCouldNeverMeetTheRulesAreRefusedWithTheReasons() {
        long caseId = caseOnThePanel(null);
        signIn.as("coordinator");
        assertThatThrownBy(() -> review.open(caseId, Set.of(memberIds.get(0), memberIds.get(1)), true, false))
                .isInstanceOfSatisfying(CompositionRefused.class, e -> assertThat(e.verdict().shortfalls())
                        .extracting(Shortfall::messageKey).containsExactly("panel.composition.shortfall.B",
                                "panel.composition.shortfall.C", "panel.composition.shortfall.D",
                                "panel.composition.shortfall.E"));
        assertThat(caseStatus(caseId)).isEqualTo("ASSIGNED");
        assertThat(review.get(caseId).orElseThrow().canOpen()).isTrue();
    }

    @Test
    void aDisagreementSendsTheCaseToTheNextRealTimeMeetingWithWhoAndWhyAndThatMeetingConcludesIt() {
        long caseId = caseOnThePanel(null);
        signIn.as("coordinator");
        review.open(caseId, Set.of(), true, false);
        respond(caseId, 0, ReviewAnswer.AGREE, null);
        signIn.as(users.get(1));
        assertThatThrownBy(() -> review.respond(caseId, ReviewAnswer.DISAGREE, "  "))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("panel.review.error.reasonRequired");

        review.respond(caseId, ReviewAnswer.DISAGREE, "エビデンスレベルの判定に異論があります。会議で議論したい。");

        assertThat(jdbc.queryForMap("select status, meeting_id, escalated_at from panel_case where id = ?", caseId))
                .containsEntry("status", "ESCALATED").containsEntry("meeting_id", realTime.id())
                .hasEntrySatisfying("escalated_at", at -> assertThat(at).isNotNull());
        signIn.as("coordinator");
        AsyncReviewDetails.Round round = review.get(caseId).orElseThrow().round();
        assertThat(round.status()).isEqualTo(ReviewRoundStatus.ESCALATED);
        assertThat(round.escalation().memberName()).isEqualTo("消化器内科 医師");
        assertThat(round.escalation().reason()).startsWith("エビデンスレベルの判定に異論");
        assertThat(round.escalatedTo()).as("the database keeps microseconds")
                .isCloseTo(realTime.startsAt(), within(1, ChronoUnit.MILLIS));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(audits("PANEL_REVIEW_ESCALATED", caseId)).isOne();
            assertThat(jdbc.queryForObject("""
                    select count(*) from notification where hospital_id = 1 and recipient_role = 'CORE_COORDINATOR'
                      and message_key = 'notice.panel.review.ESCALATED' and link = ?""", Long.class,
                    "panels/cases/" + caseId)).as("東都's coordinators are told").isOne();
        });

        clock.set(realTime.startsAt().plus(Duration.ofHours(2)));
        panels.signOff(realTime.id(), realTime.version(), new Attendance(Set.copyOf(memberIds), true, true, false));
        assertThat(jdbc.queryForMap("select status, concluded_rule_set_id from panel_case where id = ?", caseId))
                .as("the meeting concluded the escalated case").containsEntry("status", "CONCLUDED")
                .containsEntry("concluded_rule_set_id", "ep.composition.solid.2025");
    }

    @Test
    void anEscalationSkipsAFullRealTimeMeetingForTheNextOneWithRoom() {
        signIn.as("coordinator");
        MeetingDetails later = panels.schedule(panel.id(), MeetingKind.REAL_TIME,
                clock.instant().plus(Duration.ofDays(14)), "https://video.example.jp/ep-later");
        long caseId = caseOnThePanel(null);
        jdbc.update("update panel_meeting set case_capacity = 1 where id = ?", realTime.id());
        caseOnThePanel(realTime.id()); // the next meeting is now full
        review.open(caseId, Set.of(), true, false);

        respond(caseId, 0, ReviewAnswer.DISAGREE, "適応外使用の推奨には会議での議論が必要です。");

        assertThat(jdbc.queryForMap("select status, meeting_id from panel_case where id = ?", caseId))
                .containsEntry("status", "ESCALATED").containsEntry("meeting_id", later.id());
        assertThat(jdbc.queryForObject("select count(*) from panel_case where meeting_id = ?", Long.class,
                realTime.id())).as("the full meeting was not overfilled").isOne();
    }

    @Test
    void signingOffAMeetingConcludesItsWaitingCasesButLeavesARoundInProgressToItsRound() {
        signIn.as("coordinator");
        MeetingDetails held = panels.schedule(panel.id(), MeetingKind.REAL_TIME,
                clock.instant().minus(Duration.ofHours(2)), "https://video.example.jp/ep-held");
        long waiting = caseOnThePanel(held.id());
        long inRound = caseOnThePanel(held.id());
        signIn.as("coordinator");
        review.open(inRound, Set.of(), true, false);

        panels.signOff(held.id(), held.version(), new Attendance(Set.copyOf(memberIds), true, true, false));

        assertThat(jdbc.queryForMap("select status, concluded_rule_set_id, concluded_rule_set_version from panel_case"
                + " where id = ?", waiting)).containsEntry("status", "CONCLUDED")
                .containsEntry("concluded_rule_set_id", "ep.composition.solid.2025")
                .containsEntry("concluded_rule_set_version", "2025-07-07");
        assertThat(caseStatus(inRound)).isEqualTo("IN_ASYNC_REVIEW");
        assertThat(events.stream(PanelCaseConcluded.class).map(PanelCaseConcluded::caseId)).containsExactly(waiting);
    }

    @Test
    void onlyTheRoundsParticipantsAtThePanelsHospitalRespond() {
        long caseId = caseOnThePanel(null);
        signIn.as("coordinator");
        review.open(caseId, Set.of(memberIds.get(0), memberIds.get(1), memberIds.get(2), memberIds.get(3),
                memberIds.get(4)), true, false);

        signIn.as(panelMemberAt(3, "青葉台 パネル医"));
        assertThatThrownBy(() -> review.respond(caseId, ReviewAnswer.AGREE, null))
                .as("another hospital is told the case is not there").isInstanceOf(PanelCaseNotFound.class);
        assertThatThrownBy(() -> review.get(caseId)).isInstanceOf(PanelCaseNotFound.class);
        signIn.as("panelist");
        assertThatThrownBy(() -> review.respond(caseId, ReviewAnswer.AGREE, null))
                .as("a 東都 panel member not on this panel").isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("panel.review.error.notAParticipant");
        signIn.as("liaison");
        assertThat(review.get(caseId)).as("the referring hospital sees the case's status, not the deliberation")
                .isEmpty();
        assertThatThrownBy(() -> review.respond(caseId, ReviewAnswer.AGREE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from panel_review_response r join panel_review_round o"
                + " on o.id = r.round_id where o.panel_case_id = ?", Long.class, caseId)).isZero();
    }

    @Test
    void onlyTheMembersAskedAreToldARoundIsWaitingForThem() {
        long caseId = caseOnThePanel(null);
        signIn.as("coordinator");
        review.open(caseId, Set.of(), true, false);
        String link = "panels/cases/" + caseId;

        signIn.as(users.get(0));
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> assertThat(inbox.recent(50))
                .extracting(NotificationItem::link).as("a participant's bell").contains(link));
        signIn.as(users.get(4));
        assertThat(inbox.recent(50)).extracting(NotificationItem::link).contains(link);
        signIn.as("panelist");
        assertThat(inbox.recent(50)).extracting(NotificationItem::link)
                .as("a 東都 panel member who sits on another panel is not asked").doesNotContain(link);
    }

    @Test
    void openCasePagesAreToldOfEveryChangeButNotOfReads() {
        long caseId = caseOnThePanel(null);
        signIn.as("coordinator");
        review.open(caseId, Set.of(), true, false);
        respond(caseId, 0, ReviewAnswer.AGREE, null);
        assertThat(events.stream(LiveChange.class).map(LiveChange::topic)
                .filter(LiveTopics.panelCase(caseId)::equals)).as("opened, answered").hasSize(2);

        events.clear();
        signIn.as("coordinator");
        review.get(caseId);
        workspace.get(caseId);
        assertThat(events.stream(LiveChange.class)).as("a page refreshing itself reads: that must not refresh others")
                .isEmpty();
    }

    @Test
    void theCoordinatorEntersTheResponseOfAMemberWithoutAnAccountAndIsNamedAsEnteringIt() {
        signIn.as("coordinator");
        long external = panels.addMember(panel.id(), new NewPanelMember(null, "外部 分子遺伝学研究者", Set.of(E), null,
                false, false)).id();
        long caseId = caseOnThePanel(null);
        review.open(caseId, Set.of(), true, false);
        assertThat(review.get(caseId).orElseThrow().round().onBehalf()).extracting(PanelMemberDetails::id)
                .containsExactly(external);

        review.respondFor(caseId, external, ReviewAnswer.AGREE, "メールで賛成の回答を受けました。");
        assertThatThrownBy(() -> review.respondFor(caseId, memberIds.get(0), ReviewAnswer.AGREE, null))
                .as("a member with an account answers for themselves").isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("panel.review.error.notOnBehalf");

        assertThat(review.get(caseId).orElseThrow().round().participants())
                .filteredOn(p -> p.member().id() == external).singleElement().satisfies(p -> {
                    assertThat(p.current().answer()).isEqualTo(ReviewAnswer.AGREE);
                    assertThat(p.current().respondedBy()).isEqualTo("森川 千夏");
                });
        signIn.as(users.get(0));
        assertThatThrownBy(() -> review.respondFor(caseId, external, ReviewAnswer.DISAGREE, "代理"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoResponsesAtOnceLeaveOneCurrentResponse() throws Exception {
        long caseId = caseOnThePanel(null);
        signIn.as("coordinator");
        review.open(caseId, Set.of(), true, false);
        signIn.out();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> clicks = new ArrayList<>();
            for (String text : List.of("一度目", "二度目")) {
                clicks.add(pool.submit(() -> {
                    signIn.as(users.get(0));
                    start.await();
                    try {
                        review.respond(caseId, ReviewAnswer.COMMENT, text);
                    } catch (Refused changedConcurrently) {
                        // the other click won; nothing of this one was written
                    } finally {
                        signIn.out();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> click : clicks) {
                click.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from panel_review_response r join panel_review_round o on o.id = r.round_id
                 where o.panel_case_id = ? and r.member_id = ? and r.current_marker""", Long.class, caseId,
                memberIds.get(0))).isOne();
        signIn.as("coordinator");
        assertThat(review.get(caseId).orElseThrow().round().participants())
                .filteredOn(p -> p.member().id() == memberIds.get(0)).singleElement()
                .satisfies(p -> assertThat(p.current().answer()).isEqualTo(ReviewAnswer.COMMENT));
    }

    private void respond(long caseId, int member, ReviewAnswer answer, String comment) {
        signIn.as(users.get(member));
        review.respond(caseId, answer, comment);
    }

    /** A case referred by 相模野 on this test's panel (on {@code meetingId} if given). */
    private long caseOnThePanel(Long meetingId) {
        long referral = 800_000 + System.nanoTime() % 100_000;
        jdbc.update("""
                insert into panel_case (origin_hospital_id, partner_hospital_id, referral_id, panel_id, meeting_id,
                  panel_name, cancer_type_code, accepted_at, created_at)
                values (5, 1, ?, ?, ?, ?, 'BRCA', utc_timestamp(6), utc_timestamp(6))""", referral, panel.id(),
                meetingId, panel.name());
        return jdbc.queryForObject("select id from panel_case where referral_id = ?", Long.class, referral);
    }

    private void member(String name, Set<PanelRole> roles, String specialty) {
        String username = panelMemberAt(1, name);
        long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        users.add(username);
        memberIds.add(panels.addMember(panel.id(), new NewPanelMember(userId, name, roles, specialty, true, false))
                .id());
    }

    /** A portal account holding the panel-member role at {@code hospital}; returns its username. */
    private String panelMemberAt(long hospital, String name) {
        String username = "ep-" + System.nanoTime();
        jdbc.update("""
                insert into user_account (username, display_name, password_hash, enabled, created_at)
                values (?, ?, '{noop}x', true, utc_timestamp(6))""", username, name);
        jdbc.update("""
                insert into membership (user_id, hospital_id, role, created_at)
                select id, ?, 'PANEL_MEMBER', utc_timestamp(6) from user_account where username = ?""", hospital,
                username);
        return username;
    }

    private String caseStatus(long caseId) {
        return jdbc.queryForObject("select status from panel_case where id = ?", String.class, caseId);
    }

    private long audits(String action, long caseId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?", Long.class,
                action, "panel_case:" + caseId);
    }
}
