package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;

/** The referral aggregate on its own: every transition, who may take it when, what it announces, what comes next. */
class ReferralTest {

    static final HospitalId SAGAMINO = HospitalId.of(5);
    static final HospitalId TOTO = HospitalId.of(1);
    static final Actor LIAISON = new Actor(UserId.of(1), "山野 遥", SAGAMINO);
    static final Actor COORDINATOR = new Actor(UserId.of(3), "森川 千夏", TOTO);
    static final Actor OUTSIDER = new Actor(UserId.of(2), "海老原 拓真", HospitalId.of(6));
    static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    static final Instant DUE = Instant.parse("2026-12-02T15:00:00Z");

    private Instant t = T0;

    private Instant later() {
        t = t.plus(Duration.ofMinutes(10));
        return t;
    }

    private Referral draft(Set<RequestedService> services) {
        Referral referral = new Referral(SAGAMINO, TOTO, 7, LIAISON, content(services), T0);
        ReflectionTestUtils.setField(referral, "id", 42L); // what saving assigns
        return referral;
    }

    private Referral sent(Set<RequestedService> services) {
        Referral referral = draft(services);
        referral.submit(LIAISON, 0, null, DUE, later());
        referral.clearDomainEvents();
        return referral;
    }

    private static ReferralContent content(Set<RequestedService> services) {
        return new ReferralContent(
                new PatientParticulars("S-1", "試験 花子", "シケン ハナコ", LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "膵癌"),
                Specimen.unknown(), List.of(), services);
    }

    @Test
    void aDraftBelongsToTheReferrerWhoMayEditSendOrWithdrawIt() {
        Referral referral = draft(Set.of(RequestedService.CGP_TEST));

        assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(referral.domainEvents()).singleElement().isInstanceOf(ReferralDrafted.class);
        assertThat(referral.nextSteps()).containsExactly(
                new NextStep(ReferralAction.EDIT, NextStep.Side.REFERRER),
                new NextStep(ReferralAction.SUBMIT, NextStep.Side.REFERRER),
                new NextStep(ReferralAction.WITHDRAW, NextStep.Side.REFERRER));
    }

    @Test
    void sendingRegistersSubmittedWithTheDeadlineAndHandsTheNextStepToTheReceiver() {
        Referral referral = draft(Set.of(RequestedService.CGP_TEST));
        referral.clearDomainEvents();

        referral.submit(LIAISON, 0, null, DUE, later());

        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(referral.domainEvents()).singleElement().isInstanceOfSatisfying(ReferralSubmitted.class, e -> {
            assertThat(e.referral()).isEqualTo(new ReferralId(42));
            assertThat(e.referringHospital()).isEqualTo(SAGAMINO);
            assertThat(e.receivingHospital()).isEqualTo(TOTO);
            assertThat(e.acknowledgementDueAt()).isEqualTo(DUE);
            assertThat(e.actor()).isEqualTo(LIAISON);
        });
        assertThat(referral.nextSteps()).extracting(NextStep::action).containsExactly(ReferralAction.WITHDRAW,
                ReferralAction.ACCEPT, ReferralAction.RETURN_FOR_INFORMATION, ReferralAction.DECLINE);
        assertThat(referral.timeline()).extracting(e -> e.action() + "→" + e.detail())
                .containsExactly("CREATED→DRAFT", "SUBMITTED→SUBMITTED");
    }

    @Test
    void acceptingAnnouncesTheRequestedServicesHospitalsAndCancerType() {
        Referral referral = sent(Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));

        referral.accept(COORDINATOR, "受け入れます", later());

        assertThat(referral.domainEvents()).singleElement().isInstanceOfSatisfying(ReferralAccepted.class, e -> {
            assertThat(e.services()).containsExactlyInAnyOrder(RequestedService.CGP_TEST,
                    RequestedService.EXPERT_PANEL);
            assertThat(e.cancerTypeCode()).isEqualTo("PAAD");
            assertThat(e.referringHospital()).isEqualTo(SAGAMINO);
            assertThat(e.receivingHospital()).isEqualTo(TOTO);
            assertThat(e.actor().name()).isEqualTo("森川 千夏");
        });
        assertThat(referral.timeline().getLast().note()).isEqualTo("受け入れます");
        assertThat(referral.nextSteps()).containsExactly(new NextStep(ReferralAction.SCHEDULE, NextStep.Side.RECEIVER),
                new NextStep(ReferralAction.ORDER_TEST, NextStep.Side.RECEIVER));
    }

    @Test
    void theWholeLoopRegistersOneEventPerStepInOrder() {
        Referral referral = sent(Set.of(RequestedService.CGP_TEST));
        referral.returnForInformation(COORDINATOR, "家族歴は？", later());
        assertThat(referral.pendingQuestion()).isEqualTo("家族歴は？");
        assertThat(referral.nextSteps()).extracting(NextStep::action).containsExactly(ReferralAction.EDIT,
                ReferralAction.ANSWER, ReferralAction.WITHDRAW);
        referral.answerAndResubmit(LIAISON, "母：乳癌", 0, null, DUE.plus(Duration.ofDays(2)), later());
        assertThat(referral.pendingQuestion()).isNull();
        referral.accept(COORDINATOR, null, later());
        ScheduledVisit visit = new ScheduledVisit(LocalDate.of(2026, 12, 8), LocalTime.of(10, 30), "ゲノム外来 B-12");
        referral.schedule(COORDINATOR, visit, null, later());
        referral.orderTest(COORDINATOR, "FoundationOne CDx", later());
        referral.returnResults(COORDINATOR, "EP済み", later());
        referral.close(COORDINATOR, null, later());

        assertThat(referral.domainEvents()).extracting(Object::getClass).containsExactly(ReferralReturned.class,
                ReferralResubmitted.class, ReferralAccepted.class, ReferralScheduled.class, ReferralTestOrdered.class,
                ReferralResultsReturned.class, ReferralClosed.class);
        assertThat(referral.domainEvents()).filteredOn(ReferralScheduled.class::isInstance).singleElement()
                .extracting(e -> ((ReferralScheduled) e).visit()).isEqualTo(visit);
        assertThat(referral.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(referral.visit()).isEqualTo(visit);
        assertThat(referral.nextSteps()).isEmpty();

        referral.clearDomainEvents();
        assertThat(referral.domainEvents()).as("published once").isEmpty();
    }

    @Test
    void withoutATestTheReceiverClosesAfterAcceptingOrScheduling() {
        Referral referral = sent(Set.of(RequestedService.GENETIC_COUNSELING));
        referral.accept(COORDINATOR, null, later());

        assertThat(referral.nextSteps()).extracting(NextStep::action).containsExactly(ReferralAction.SCHEDULE,
                ReferralAction.CLOSE);
        assertThatThrownBy(() -> referral.orderTest(COORDINATOR, "F1CDx", later()))
                .isInstanceOfSatisfying(ReferralTransitionRefused.class, e ->
                        assertThat(e.messageKey()).isEqualTo("referral.error.illegalTransition"));
        referral.close(COORDINATOR, null, later());
        assertThat(referral.status()).isEqualTo(ReferralStatus.CLOSED);
    }

    @Test
    void declineAndWithdrawNeedAReasonAndEndTheReferral() {
        Referral declined = sent(Set.of(RequestedService.CGP_TEST));
        assertThatThrownBy(() -> declined.decline(COORDINATOR, " ", later()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.messageKey())
                        .isEqualTo("referral.error.reasonRequired"));
        declined.decline(COORDINATOR, "PS 3", later());
        assertThat(declined.domainEvents()).singleElement().isInstanceOfSatisfying(ReferralDeclined.class,
                e -> assertThat(e.reason()).isEqualTo("PS 3"));
        assertThat(declined.nextSteps()).isEmpty();

        Referral withdrawn = sent(Set.of(RequestedService.CGP_TEST));
        withdrawn.withdraw(LIAISON, "患者希望", later());
        assertThat(withdrawn.domainEvents()).singleElement().isInstanceOf(ReferralWithdrawn.class);
        assertThat(withdrawn.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void eachSideIsRefusedTheOthersStepsAndAThirdHospitalEverything() {
        Referral referral = sent(Set.of(RequestedService.CGP_TEST));

        assertThatThrownBy(() -> referral.accept(LIAISON, null, later()))
                .isInstanceOfSatisfying(ReferralTransitionRefused.class, e ->
                        assertThat(e.messageKey()).isEqualTo("referral.error.wrongSide"));
        assertThatThrownBy(() -> referral.withdraw(COORDINATOR, "x", later()))
                .isInstanceOfSatisfying(ReferralTransitionRefused.class, e ->
                        assertThat(e.messageKey()).isEqualTo("referral.error.wrongSide"));
        assertThatThrownBy(() -> referral.accept(OUTSIDER, null, later())).isInstanceOf(ReferralTransitionRefused.class);
        assertThatThrownBy(() -> referral.noteCounselingBooked(OUTSIDER, "x", later()))
                .isInstanceOf(ReferralTransitionRefused.class);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(referral.domainEvents()).isEmpty();
    }

    @Test
    void stepsOutOfOrderAreRefusedByState() {
        Referral referral = sent(Set.of(RequestedService.CGP_TEST));

        for (Runnable step : List.<Runnable>of(
                () -> referral.submit(LIAISON, 0, null, DUE, later()),
                () -> referral.schedule(COORDINATOR, new ScheduledVisit(LocalDate.of(2026, 12, 8), null, null), null,
                        later()),
                () -> referral.orderTest(COORDINATOR, "F1CDx", later()),
                () -> referral.returnResults(COORDINATOR, null, later()),
                () -> referral.close(COORDINATOR, null, later()),
                () -> referral.answerAndResubmit(LIAISON, "a", 0, null, DUE, later()))) {
            assertThatThrownBy(step::run).isInstanceOfSatisfying(ReferralTransitionRefused.class,
                    e -> assertThat(e.messageKey()).isEqualTo("referral.error.illegalTransition"));
        }
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
    }

    @Test
    void aJustificationSavedWithTheDraftCountsWhenSendingWithWarnings() {
        Referral referral = new Referral(SAGAMINO, TOTO, 7, LIAISON,
                content(Set.of(RequestedService.CGP_TEST)).withJustification("先進医療Aを希望"), T0);

        referral.submit(LIAISON, 1, null, DUE, later());

        assertThat(referral.eligibilityJustification()).isEqualTo("先進医療Aを希望");
        assertThat(referral.eligibilityWarnings()).isEqualTo(1);
    }

    @Test
    void warningsWithoutAnyJustificationRefuseSending() {
        Referral referral = draft(Set.of(RequestedService.CGP_TEST));

        assertThatThrownBy(() -> referral.submit(LIAISON, 2, " ", DUE, later()))
                .isInstanceOfSatisfying(Refused.class, e ->
                        assertThat(e.messageKey()).isEqualTo("referral.error.justificationRequired"));
        assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
    }

    @Test
    void answeringWithWarningsButNoJustificationSaysToAddItByEditing() {
        Referral referral = sent(Set.of(RequestedService.CGP_TEST));
        referral.returnForInformation(COORDINATOR, "家族歴は？", later());

        assertThatThrownBy(() -> referral.answerAndResubmit(LIAISON, "母：乳癌", 1, null, DUE, later()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.messageKey())
                        .isEqualTo("referral.error.justificationRequiredBeforeAnswer"));
        assertThat(referral.status()).isEqualTo(ReferralStatus.RETURNED);
    }

    @Test
    void aLateAcknowledgementIsAnnouncedOncePerSpellBySystem() {
        Referral referral = sent(Set.of(RequestedService.CGP_TEST));
        Instant late = DUE.plus(Duration.ofMinutes(1));

        assertThat(referral.markOverdueNotified(DUE.minusSeconds(60))).isFalse();
        assertThat(referral.markOverdueNotified(late)).isTrue();
        assertThat(referral.markOverdueNotified(late.plusSeconds(300))).isFalse();

        assertThat(referral.domainEvents()).singleElement().isInstanceOfSatisfying(
                ReferralAcknowledgementOverdue.class, e -> {
                    assertThat(e.actor().isSystem()).isTrue();
                    assertThat(e.acknowledgementDueAt()).isEqualTo(DUE);
                });
    }
}
