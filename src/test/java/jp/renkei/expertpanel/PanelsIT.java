package jp.renkei.expertpanel;

import static jp.renkei.expertpanel.composition.PanelRole.A;
import static jp.renkei.expertpanel.composition.PanelRole.B;
import static jp.renkei.expertpanel.composition.PanelRole.C;
import static jp.renkei.expertpanel.composition.PanelRole.D;
import static jp.renkei.expertpanel.composition.PanelRole.E;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.composition.CompositionVerdict;
import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.expertpanel.composition.Shortfall;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;

/**
 * Panels on the real database. Demo: 東都 (1) runs panels, user "coordinator" coordinates there; 青葉台 (3) has its
 * own coordinator "aoba-coordinator"; "liaison2" is a liaison clinician at 房総 (6), which runs no panel.
 */
@RenkeiIntegrationTest
class PanelsIT {

    @Autowired
    PanelService panels;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void anotherHospitalsPeopleCannotReadAPanel() {
        signIn.as("coordinator");
        PanelSummary toto = panels.create(unique("東都 固形がんEP"), TumourCategory.SOLID, false);
        assertThat(panels.list()).extracting(PanelSummary::id).contains(toto.id());

        signIn.as("aoba-coordinator");
        assertThat(panels.list()).extracting(PanelSummary::id).doesNotContain(toto.id());
        assertThatThrownBy(() -> panels.get(toto.id())).as("same answer as for a missing panel")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> panels.addMember(toto.id(), member("侵入者", Set.of(D), null)))
                .isInstanceOf(NotFound.class);

        signIn.as("liaison2");
        assertThatThrownBy(() -> panels.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> panels.get(toto.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void signOffIsRefusedWithTheReasonsWhileShortAndStoresTheRuleSetOnceComplete() {
        clock.setTokyo("2026-12-01T19:00");
        signIn.as("coordinator");
        PanelSummary panel = panels.create(unique("東都 木曜EP"), TumourCategory.SOLID, false);
        var oncologist = panels.addMember(panel.id(), member("腫瘍内科 医師", Set.of(A), "腫瘍内科"));
        var gastro = panels.addMember(panel.id(), member("消化器内科 医師", Set.of(A), "消化器内科"));
        var geneticist = panels.addMember(panel.id(), member("遺伝医学 医師", Set.of(B, E), "臨床遺伝"));
        var counselor = panels.addMember(panel.id(), member("認定遺伝カウンセラー", Set.of(C), null));
        MeetingDetails meeting = panels.schedule(panel.id(), MeetingKind.REAL_TIME, tokyo("2026-12-01T17:30"),
                "https://video.example.jp/ep");
        Set<Long> present = Set.of(oncologist.id(), gastro.id(), geneticist.id(), counselor.id());
        Attendance attendance = new Attendance(present, true, false, false);

        assertThat(panels.get(panel.id()).rosterCheck().shortfalls()).as("roster check of today")
                .containsExactly(new Shortfall("panel.composition.shortfall.D", java.util.List.of("1", "0")));
        assertThatThrownBy(() -> panels.signOff(meeting.id(), meeting.version(), attendance))
                .isInstanceOfSatisfying(CompositionRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("panel.meeting.error.composition");
                    assertThat(refused.verdict().shortfalls()).extracting(Shortfall::messageKey)
                            .containsExactly("panel.composition.shortfall.D");
                });
        assertThat(status(meeting.id())).as("nothing stored on refusal").isEqualTo("SCHEDULED");

        var pathologist = panels.addMember(panel.id(), member("病理医", Set.of(D), "病理診断科"));
        assertThat(panels.get(panel.id()).rosterCheck().valid()).isTrue();
        MeetingDetails signed = panels.signOff(meeting.id(), meeting.version(),
                new Attendance(union(present, pathologist.id()), true, false, false));

        assertThat(signed.status()).isEqualTo(MeetingStatus.SIGNED_OFF);
        assertThat(signed.ruleSetId()).isEqualTo("ep.composition.solid.2025");
        assertThat(signed.ruleSetVersion()).isEqualTo("2025-07-07");
        assertThat(jdbc.queryForMap("select rule_set_id, rule_set_version, status from panel_meeting where id = ?",
                meeting.id())).containsEntry("rule_set_id", "ep.composition.solid.2025")
                .containsEntry("rule_set_version", "2025-07-07").containsEntry("status", "SIGNED_OFF");
        assertThat(jdbc.queryForObject("select count(*) from panel_meeting_attendee where meeting_id = ?", Long.class,
                meeting.id())).isEqualTo(5);
        assertThatThrownBy(() -> panels.removeMember(panel.id(), pathologist.id()))
                .as("a signed-off meeting's attendance stays as recorded").isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("panel.member.error.attendedSignedOff");
        var extra = panels.addMember(panel.id(), member("非常勤 病理医", Set.of(D), "病理診断科"));
        panels.removeMember(panel.id(), extra.id());
        assertThat(panels.get(panel.id()).members()).extracting(PanelMemberDetails::id).doesNotContain(extra.id());
        assertThatThrownBy(() -> panels.signOff(meeting.id(), signed.version(),
                new Attendance(union(present, pathologist.id()), true, false, false)))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("panel.meeting.error.alreadySignedOff");
    }

    @Test
    void aMeetingThatHasNotTakenPlaceCannotBeSignedOff() {
        signIn.as("coordinator");
        PanelSummary panel = panels.create(unique("東都 予定EP"), TumourCategory.SOLID, false);
        MeetingDetails next = panels.schedule(panel.id(), MeetingKind.ASYNC_ROUND,
                clock.instant().plusSeconds(3600), null);
        assertThatThrownBy(() -> panels.signOff(next.id(), next.version(), new Attendance(Set.of(), true, true, false)))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("panel.meeting.error.notYetHeld");
    }

    @Test
    void theSameAttendanceIsJudgedDifferentlyBeforeAndFrom2025_07_07() {
        clock.setTokyo("2025-07-08T12:00");
        signIn.as("coordinator");
        PanelSummary panel = panels.create(unique("東都 改正前後EP"), TumourCategory.SOLID, false);
        // one drug-therapy physician who is also the panel's genetic counselor: allowed before, not from 2025-07-07
        Set<Long> present = Set.of(
                panels.addMember(panel.id(), member("腫瘍内科 医師（遺伝カウンセリング）", Set.of(A, C), "腫瘍内科")).id(),
                panels.addMember(panel.id(), member("乳腺外科 医師", Set.of(A), "乳腺外科")).id(),
                panels.addMember(panel.id(), member("遺伝医学 医師", Set.of(B), "臨床遺伝")).id(),
                panels.addMember(panel.id(), member("病理医", Set.of(D), "病理診断科")).id(),
                panels.addMember(panel.id(), member("分子遺伝学 研究者", Set.of(E), null)).id());
        Attendance attendance = new Attendance(present, false, true, false);
        MeetingDetails july6 = panels.schedule(panel.id(), MeetingKind.ASYNC_ROUND, tokyo("2025-07-06T18:00"), null);
        MeetingDetails july7 = panels.schedule(panel.id(), MeetingKind.ASYNC_ROUND, tokyo("2025-07-07T18:00"), null);

        CompositionVerdict before = panels.judge(july6.id(), attendance);
        CompositionVerdict after = panels.judge(july7.id(), attendance);
        assertThat(before.valid()).isTrue();
        assertThat(before.ruleSetVersion()).isEqualTo("2024-02-28");
        assertThat(after.valid()).isFalse();
        assertThat(after.ruleSetVersion()).isEqualTo("2025-07-07");
        assertThat(after.unconfirmed()).as("the 2025 wording is marked unconfirmed").isNotBlank();
        assertThat(after.shortfalls()).extracting(Shortfall::messageKey).containsExactly("panel.composition.combinedRoles");

        assertThat(panels.signOff(july6.id(), july6.version(), attendance).ruleSetVersion()).isEqualTo("2024-02-28");
        assertThatThrownBy(() -> panels.signOff(july7.id(), july7.version(), attendance))
                .isInstanceOf(CompositionRefused.class);
    }

    @Test
    void theDemoPanelHasEveryCategoryAndASignedOffMeeting() {
        signIn.as("panelist");
        PanelSummary demo = panels.list().stream().filter(p -> p.id() == 1L).findFirst().orElseThrow();
        PanelDetails details = panels.get(demo.id());
        assertThat(details.members().stream().flatMap(m -> m.roles().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PanelRole.values());
        assertThat(details.members()).extracting(PanelMemberDetails::userId).contains(5L);
        assertThat(details.rosterCheck().valid()).as("today's roster check: %s", details.rosterCheck()).isTrue();
        assertThat(details.meetings()).anySatisfy(m -> {
            assertThat(m.status()).isEqualTo(MeetingStatus.SIGNED_OFF);
            assertThat(m.ruleSetId()).isEqualTo("ep.composition.solid.2025");
        }).anySatisfy(m -> assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED));
        assertThat(demo.nextMeeting()).isAfter(clock.instant());
        assertThat(details.meetings()).allSatisfy(m -> assertThat(m.startsAt().atZone(JapanTime.ZONE).getDayOfWeek())
                .as("panels meet on working days").isBetween(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY));
        assertThat(demo.rosterMeetsRules()).isTrue();
        assertThatThrownBy(() -> panels.addMember(demo.id(), member("x", Set.of(E), null)))
                .as("panel members read, coordinators and admins change").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPanelCaseIsSeenByTheReferringAndThePanelsHospitalOnly() {
        long referral = 900_000 + System.nanoTime() % 100_000;
        jdbc.update("""
                insert into panel_case (origin_hospital_id, partner_hospital_id, referral_id, panel_id, panel_name,
                  cancer_type_code, accepted_at, created_at)
                values (5, 1, ?, 1, 'demo panel', 'LUAD', utc_timestamp(6), utc_timestamp(6))""", referral);

        signIn.as("coordinator");
        assertThat(panels.cases(0, 500)).extracting(PanelCaseSummary::referralId).contains(referral);
        signIn.as("liaison");
        assertThat(panels.cases(0, 500)).as("the referring clinician sees the panel's name without reading the panel")
                .filteredOn(c -> Long.valueOf(referral).equals(c.referralId())).singleElement()
                .satisfies(c -> assertThat(c.panelName()).isEqualTo("demo panel"));
        signIn.as("liaison2");
        assertThat(panels.cases(0, 500)).extracting(PanelCaseSummary::referralId).doesNotContain(referral);
        signIn.as("aoba-coordinator");
        assertThat(panels.cases(0, 500)).extracting(PanelCaseSummary::referralId).doesNotContain(referral);
    }

    @Test
    void theCoordinatorOfAPanelHospitalManagesAndAPanelMemberOnlyReads() {
        signIn.as("coordinator");
        assertThat(panels.hospitalRunsPanels()).isTrue();
        assertThat(panels.canManage()).isTrue();
        signIn.as("panelist");
        assertThat(panels.canManage()).isFalse();
    }

    private String status(long meetingId) {
        return jdbc.queryForObject("select status from panel_meeting where id = ?", String.class, meetingId);
    }

    private static NewPanelMember member(String name, Set<PanelRole> roles, String specialty) {
        return new NewPanelMember(null, name, roles, specialty, true, false);
    }

    private static java.time.Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(JapanTime.ZONE).toInstant();
    }

    private static Set<Long> union(Set<Long> ids, long more) {
        java.util.HashSet<Long> all = new java.util.HashSet<>(ids);
        all.add(more);
        return all;
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }
}
