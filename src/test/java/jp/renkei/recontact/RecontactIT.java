package jp.renkei.recontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.expertpanel.PanelCaseService;
import jp.renkei.expertpanel.ReferredCases;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.workflow.Refused;

/**
 * Recontact on the real database: 相模野 (liaison) referred a prostate-cancer patient whose case 東都's panel concluded
 * with an NTRK fusion; a later tumour-agnostic approval raises one task for 相模野's clinician and 東都's coordinator,
 * however often it is saved or matched at once; an approval for another cancer type raises none; 房総みらい and 青葉台
 * never see the task.
 */
@RenkeiIntegrationTest
class RecontactIT {

    @Autowired
    TherapyApprovals approvals;
    @Autowired
    RecontactTasks tasks;
    @Autowired
    RecontactMatcher matcher;
    @Autowired
    PanelCaseService workspace;
    @Autowired
    ReferralService referrals;
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
    void aMatchingApprovalRaisesOneTaskHoweverOftenItIsSavedOrMatched() throws Exception {
        long caseId = concludedCaseWith("NTRK1", "TPM3-NTRK1 fusion");

        signIn.as("network-admin");
        NewTherapyApproval larotrectinib = new NewTherapyApproval("ntrk1", "fusion", "", "ラロトレクチニブ（テスト）",
                today(), "テスト用の承認情報");
        TherapyApproval first = approvals.record(larotrectinib);
        TherapyApproval again = approvals.record(larotrectinib);
        assertThat(again.id()).as("saved twice, recorded once").isEqualTo(first.id());
        assertThat(first.everyCancerType()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> tasksFor(first.id(), caseId) == 1);

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> nodes = List.of(node(start, first.id()), node(start, first.id()));
        start.countDown();
        int created = nodes.stream().mapToInt(CompletableFuture::join).sum();
        assertThat(created).as("two nodes matching at once add nothing").isZero();
        assertThat(tasksFor(first.id(), caseId)).isEqualTo(1);

        String label = jdbc.queryForObject("SELECT referral_id FROM panel_case WHERE id = ?", Long.class, caseId)
                .toString();
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(5, "LIAISON_CLINICIAN", label) == 1
                && notices(1, "CORE_COORDINATOR", label) == 1);
        Thread.sleep(500);
        assertThat(notices(5, "LIAISON_CLINICIAN", label)).as("one notice to the referring clinicians").isEqualTo(1);
        assertThat(notices(1, "CORE_COORDINATOR", label)).as("one to the panel's coordinators").isEqualTo(1);

        signIn.as("liaison");
        RecontactTaskDetails task = tasks.list().stream().filter(t -> t.panelCaseId() == caseId).findFirst()
                .orElseThrow();
        assertThat(task.approval().drug()).isEqualTo("ラロトレクチニブ（テスト）");
        assertThat(task.caseLabel()).startsWith("R-");
        assertThat(task.gene() + " " + task.alteration()).isEqualTo("NTRK1 TPM3-NTRK1 fusion");
        assertThat(task.open()).isTrue();
        signIn.as("coordinator");
        assertThat(tasks.list()).extracting(RecontactTaskDetails::id).contains(task.id());

        signIn.as("liaison");
        tasks.markContacted(task.id(), task.version());
        RecontactTaskDetails done = tasks.list().stream().filter(t -> t.id() == task.id()).findFirst().orElseThrow();
        assertThat(done.contactedOn()).isEqualTo(today());
        assertThat(done.contactedBy()).isEqualTo("山野 遥");
        assertThatThrownBy(() -> tasks.markContacted(task.id(), done.version())).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.messageKey()).isEqualTo("recontact.error.alreadyContacted"));
    }

    @Test
    void anApprovalForAnotherCancerTypeOrAlterationRaisesNone() {
        long caseId = concludedCaseWith("NTRK3", "ETV6-NTRK3 fusion");
        signIn.as("network-admin");
        TherapyApproval lung = approvals.record(new NewTherapyApproval("NTRK3", "fusion", "luad", "エヌトレクチニブ（テスト）",
                today(), "テスト用"));
        TherapyApproval pointMutation = approvals.record(new NewTherapyApproval("NTRK3", "p.G623R", "PRAD",
                "別の薬（テスト）", today(), "テスト用"));
        assertThat(lung.cancerTypeCode()).isEqualTo("LUAD");

        assertThat(matcher.raise(lung.id())).isZero();
        assertThat(matcher.raise(pointMutation.id())).isZero();
        assertThat(tasksFor(lung.id(), caseId) + tasksFor(pointMutation.id(), caseId)).isZero();
    }

    @Test
    void noOtherHospitalSeesTheTaskAndTheNetworkAdminSeesNoCase() {
        long caseId = concludedCaseWith("ROS1", "CD74-ROS1 fusion");
        signIn.as("network-admin");
        TherapyApproval approval = approvals.record(new NewTherapyApproval("ROS1", "", "", "ROS1阻害薬（テスト）", today(),
                "テスト用"));
        await().atMost(Duration.ofSeconds(20)).until(() -> tasksFor(approval.id(), caseId) == 1);
        assertThatThrownBy(() -> tasks.list()).as("the network admin keeps approvals, not cases")
                .isInstanceOf(AccessDeniedException.class);

        for (String outsider : List.of("liaison2", "aoba-coordinator")) {
            signIn.as(outsider);
            assertThat(tasks.list()).as(outsider).noneMatch(t -> t.panelCaseId() == caseId);
        }
        signIn.as("liaison");
        assertThat(tasks.list()).anyMatch(t -> t.panelCaseId() == caseId);
    }

    @Test
    void anApprovalNeedsAKnownCancerTypeAndADayNotInTheFuture() {
        signIn.as("network-admin");
        assertThatThrownBy(() -> approvals.record(new NewTherapyApproval("BRAF", "p.V600E", "NOPE", "薬", today(),
                "出典"))).isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("recontact.error.cancerType"));
        assertThatThrownBy(() -> approvals.record(new NewTherapyApproval("BRAF", "p.V600E", "", "薬",
                today().plusDays(1), "出典"))).isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("recontact.error.approvedOn"));
        signIn.as("coordinator");
        assertThatThrownBy(() -> approvals.list()).isInstanceOf(AccessDeniedException.class);
    }

    /** 相模野's referral to 東都, with one pathogenic variant, concluded a week ago (before any approval today). */
    private long concludedCaseWith(String gene, String alteration) {
        long caseId = ReferredCases.open(signIn, referrals, jdbc, clock, "再連絡 太郎").caseId();
        signIn.as("coordinator");
        workspace.addVariant(caseId, new VariantEntry(gene, alteration, new BigDecimal("30.0"),
                Pathogenicity.PATHOGENIC, false));
        signIn.out();
        jdbc.update("UPDATE panel_case SET status = 'CONCLUDED', concluded_at = ? WHERE id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(7))), caseId);
        return caseId;
    }

    private CompletableFuture<Integer> node(CountDownLatch start, long approvalId) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return matcher.raise(approvalId);
        });
    }

    private long tasksFor(long approvalId, long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM recontact_task WHERE approval_id = ? AND panel_case_id = ?",
                Long.class, approvalId, caseId);
    }

    private long notices(long hospital, String role, String referralId) {
        String label = String.format("R-%06d", Long.parseLong(referralId));
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE hospital_id = ? AND recipient_role = ?"
                + " AND message_key = 'recontact.notice' AND message_args LIKE ?", Long.class, hospital, role,
                "%" + label + "%");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(jp.renkei.shared.JapanTime.ZONE));
    }
}
