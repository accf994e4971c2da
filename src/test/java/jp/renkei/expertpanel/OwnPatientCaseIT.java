package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.PdfInspection;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.referral.Sex;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Refused;

/**
 * A coordinator of 青葉台 (3, aoba-coordinator) opens panel cases for the hospital's own patients: placed like
 * referred cases, titled by the patient ID, on the agenda and in the report without any referral, with a
 * turnaround counted from the specimen; 東都 (coordinator) and 房総 (liaison2) see none of it. The tests work in
 * 2036, a year no other test schedules 青葉台's meetings in (the event registry stores times only up to 2038).
 */
@RenkeiIntegrationTest
class OwnPatientCaseIT {

    private static final HospitalId AOBA = HospitalId.of(3);
    private static final String AOBA_COORDINATOR = "aoba-coordinator";

    @Autowired
    OwnPatientCaseService ownCases;
    @Autowired
    PanelService panels;
    @Autowired
    PanelAssignmentService assignments;
    @Autowired
    PanelCaseService workspace;
    @Autowired
    PanelReportService reports;
    @Autowired
    PanelCaseResultsService results;
    @Autowired
    PanelCaseRepository cases;
    @Autowired
    HospitalScopes scopes;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aCoordinatorsOwnCaseGoesToTheMeetingWithRoomAndItsReportNamesThePatientWithoutAReferral() {
        clock.setTokyo("2036-03-02T10:00");
        signIn.as(AOBA_COORDINATOR);
        long panel = solidPanel();
        MeetingDetails small = meeting(panel, "2036-03-04T17:30", 1);
        MeetingDetails next = meeting(panel, "2036-03-11T17:30", 5);

        long first = ownCases.open(patient(p -> p));
        long second = ownCases.open(patient(p -> new NewOwnPatientCase("A-20431", "宮城 花子", "ミヤギ ハナコ",
                LocalDate.of(1958, 11, 3), Sex.FEMALE, "BRCA", "トリプルネガティブ乳癌。術後再発。",
                null, "佐藤 美和")));

        assertThat(meetingOf(first)).isEqualTo(small.id());
        assertThat(meetingOf(second)).as("the first meeting is full").isEqualTo(next.id());
        assertThat(assignments.assignment(first).dueOn()).isAfter(LocalDate.of(2036, 3, 2));
        PanelCaseWorkspace page = workspace.get(first);
        assertThat(page.summary().referralId()).isNull();
        assertThat(page.summary().caseNumber()).isEqualTo("A-20430");
        assertThat(page.summary().cancerTypeCode()).as("as the catalogue spells it").isEqualTo("PAAD");
        assertThat(page.summary().referringHospital()).isEqualTo(AOBA).isEqualTo(page.summary().panelHospital());
        assertThat(panels.cases(0, 500)).filteredOn(c -> c.id() == first).singleElement()
                .satisfies(c -> assertThat(c.caseNumber()).isEqualTo("A-20430"));

        Path agenda = PdfInspection.save(panels.agendaPdf(small.id()),
                Path.of("target", "e2e-artifacts", "panel-agenda-own-case.pdf"));
        assertThat(PdfInspection.text(agenda)).contains("自院患者ID A-20430").contains("青葉台がんセンター")
                .contains("山田 健一").contains("膵腺癌（PAAD）").contains("膵管腺癌、肝転移").doesNotContain("紹介番号")
                .doesNotContain("青葉 太郎");

        workspace.addVariant(first, new VariantEntry("KRAS", "p.G12D", new BigDecimal("31.0"),
                Pathogenicity.PATHOGENIC, false));
        long kras = workspace.get(first).variants().getFirst().id();
        workspace.recommend(first, kras, EvidenceLevel.C, "治験薬", TherapyRoute.CLINICAL_TRIAL, "jRCT2031360001",
                false);
        concludeAt(first, small);
        clock.setTokyo("2036-03-05T10:00");
        signIn.as(AOBA_COORDINATOR);
        reports.issue(first);
        PanelReportFile file = reports.download(first);
        assertThat(file.fileName()).isEqualTo("panel-report-A-20430.pdf");
        Path pdf = PdfInspection.save(file.pdf(), Path.of("target", "e2e-artifacts", "panel-report-own-case.pdf"));
        assertThat(PdfInspection.text(pdf)).contains("検討結果報告書").contains("青葉 太郎").contains("A-20430")
                .contains("当院の患者ID：A-20430").contains("自院患者ID").contains("青葉台がんセンター")
                .contains("山田 健一 医師").contains("KRAS")
                .contains("jRCT2031360001").doesNotContain("紹介番号").doesNotContain("紹介元")
                .doesNotContain("R-0");

        results.recordExplanation(first, LocalDate.of(2036, 3, 5));
        assertThat(jdbc.queryForObject("select status from panel_case where id = ?", String.class, first))
                .as("the hospital's coordinator records the explanation of its own patient").isEqualTo("EXPLAINED");

        Turnaround turnaround = results.results(first).turnaround();
        assertThat(turnaround.referralSent()).as("no referral").isNull();
        assertThat(turnaround.specimenCollected()).isEqualTo(LocalDate.of(2036, 1, 20));
        assertThat(Turnaround.days(turnaround.specimenCollected(), turnaround.reported())).as("20 Jan to 5 Mar in a leap year").isEqualTo(45);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PANEL_OWN_CASE_OPENED' "
                + "and subject = ?", Long.class, "panel_case:" + first)).isEqualTo(1);
    }

    @Test
    void anotherHospitalCannotSeeTheOwnCase() {
        clock.setTokyo("2036-05-01T10:00");
        signIn.as(AOBA_COORDINATOR);
        long caseId = ownCases.open(patient(p -> p));

        signIn.as("coordinator");
        assertThatThrownBy(() -> workspace.get(caseId)).isInstanceOf(PanelCaseNotFound.class);
        assertThat(panels.cases(0, 1000)).noneMatch(c -> c.id() == caseId);
        assertThatThrownBy(() -> results.results(caseId)).isInstanceOf(PanelCaseNotFound.class);
        signIn.as("liaison2");
        assertThatThrownBy(() -> results.results(caseId)).isInstanceOf(PanelCaseNotFound.class);
        assertThatThrownBy(() -> ownCases.open(patient(p -> p))).as("only a coordinator opens a case")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ownCases.canOpen()).isFalse();
    }

    @Test
    void badInputIsRefusedWithItsMessageAndNothingIsSaved() {
        clock.setTokyo("2036-07-01T10:00");
        signIn.as(AOBA_COORDINATOR);
        long casesBefore = count("panel_case");
        long patientsBefore = count("panel_own_patient");

        assertRefused(p -> with(p, "患者 ID", p.nameKanji(), p.birthDate(), p.cancerTypeCode(), p.specimenCollectedOn(),
                p.attendingPhysician()), "panel.ownCase.error.patientId");
        assertRefused(p -> with(p, p.hospitalPatientId(), " ", p.birthDate(), p.cancerTypeCode(),
                p.specimenCollectedOn(), p.attendingPhysician()), "panel.ownCase.error.name");
        assertRefused(p -> with(p, p.hospitalPatientId(), p.nameKanji(), LocalDate.of(2036, 7, 2), p.cancerTypeCode(),
                null, p.attendingPhysician()), "panel.ownCase.error.birthDate");
        assertRefused(p -> with(p, p.hospitalPatientId(), p.nameKanji(), p.birthDate(), "膵癌",
                p.specimenCollectedOn(), p.attendingPhysician()), "panel.ownCase.error.cancerType");
        assertRefused(p -> with(p, p.hospitalPatientId(), p.nameKanji(), p.birthDate(), p.cancerTypeCode(),
                LocalDate.of(2036, 7, 2), p.attendingPhysician()), "panel.ownCase.error.specimen");
        assertRefused(p -> with(p, p.hospitalPatientId(), p.nameKanji(), p.birthDate(), p.cancerTypeCode(),
                p.specimenCollectedOn(), ""), "panel.ownCase.error.physician");

        assertThat(count("panel_case")).isEqualTo(casesBefore);
        assertThat(count("panel_own_patient")).isEqualTo(patientsBefore);
    }

    @Test
    void theDemoOwnPatientCaseAtTotoIsOnTheUpcomingMeetingsAgenda() {
        Long meeting = jdbc.queryForObject("""
                select c.meeting_id from panel_case c join panel_own_patient o on o.panel_case_id = c.id
                 where o.hospital_patient_id = 'T-0042871' and c.referral_id is null""", Long.class);
        assertThat(meeting).isEqualTo(jdbc.queryForObject("select meeting_id from panel_case where referral_id = 5",
                Long.class));
        signIn.as("coordinator");
        Path agenda = PdfInspection.save(panels.agendaPdf(meeting),
                Path.of("target", "e2e-artifacts", "panel-agenda-with-own-case.pdf"));
        assertThat(PdfInspection.text(agenda)).contains("自院患者ID T-0042871").contains("R-000005")
                .contains("呼吸器内科 長谷川 聡").doesNotContain("北村 和夫");
    }

    private void assertRefused(UnaryOperator<NewOwnPatientCase> change, String key) {
        assertThatThrownBy(() -> ownCases.open(patient(change))).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static NewOwnPatientCase patient(UnaryOperator<NewOwnPatientCase> change) {
        return change.apply(new NewOwnPatientCase("A-20430", "青葉 太郎", "アオバ タロウ", LocalDate.of(1961, 4, 12),
                Sex.MALE, "paad", "膵管腺癌、肝転移。一次治療後に増悪。", LocalDate.of(2036, 1, 20), "山田 健一"));
    }

    private static NewOwnPatientCase with(NewOwnPatientCase p, String patientId, String name, LocalDate birthDate,
            String cancerType, LocalDate specimen, String physician) {
        return new NewOwnPatientCase(patientId, name, p.nameKana(), birthDate, p.sex(), cancerType,
                p.clinicalSummary(), specimen, physician);
    }

    /** 青葉台's solid-tumour panel: the first one, as the assigner picks, created if it has none yet. */
    private long solidPanel() {
        return panels.list().stream().filter(p -> p.category() == TumourCategory.SOLID).findFirst()
                .map(PanelSummary::id)
                .orElseGet(() -> panels.create("青葉台 固形がんEP", TumourCategory.SOLID, false).id());
    }

    private MeetingDetails meeting(long panel, String tokyoTime, int capacity) {
        MeetingDetails meeting = panels.schedule(panel, MeetingKind.REAL_TIME,
                LocalDateTime.parse(tokyoTime).atZone(JapanTime.ZONE).toInstant(), "https://video.example.jp/aoba");
        assignments.changeCapacity(meeting.id(), capacity);
        return meeting;
    }

    /** What the review flow will do: the meeting concluded the case (the flow itself is tested elsewhere). */
    private void concludeAt(long caseId, MeetingDetails meeting) {
        signIn.out();
        scopes.runAs(AOBA, "test conclusion", () -> new TransactionTemplate(transactions).executeWithoutResult(tx ->
                cases.findById(caseId).orElseThrow().conclude("ep.composition.solid.2025", "2025-07-07",
                        meeting.startsAt().plusSeconds(3600))));
    }

    private Long meetingOf(long caseId) {
        return jdbc.queryForObject("select meeting_id from panel_case where id = ?", Long.class, caseId);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
