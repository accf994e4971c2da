package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.Mailboxes;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.notification.NotificationInbox;
import jp.renkei.notification.NotificationItem;
import jp.renkei.referral.attachment.AttachmentRejected;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;

/**
 * The referral loop on the real database: demo hospital 5 (相模野, user "liaison") refers to 1 (東都, user
 * "coordinator"); hospital 6 (房総, user "liaison2") is the outsider.
 */
@RenkeiIntegrationTest
class ReferralWorkflowIT {

    static final HospitalId TOTO = HospitalId.of(1);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    ReferralService referrals;
    @Autowired
    NotificationInbox inbox;
    @Autowired
    SignIn signIn;
    @Autowired
    OverdueAcknowledgements overdue;
    @Autowired
    ReferralFigures figures;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOutAndResetTime() {
        signIn.out();
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }

    @Test
    void fullLoopFromDraftToClosedKeepsEveryStepOnTheTimeline() {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);
        assertThat(sent.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(sent.acknowledgementDueAt()).isAfter(sent.submittedAt());

        signIn.as("coordinator");
        ReferralDetails returned = referrals.returnForInformation(sent.id(), sent.version(), "家族歴を教えてください");
        signIn.as("liaison");
        ReferralDetails answered = referrals.answerAndResubmit(returned.id(), returned.version(), "母：乳癌（52歳）", null);
        signIn.as("coordinator");
        ReferralDetails accepted = referrals.accept(answered.id(), answered.version(), "受け入れます");
        ReferralDetails scheduled = referrals.schedule(accepted.id(), accepted.version(), today().plusDays(3), null);
        ReferralDetails ordered = referrals.orderTest(scheduled.id(), scheduled.version(), "FoundationOne CDx");
        ReferralDetails results = referrals.returnResults(ordered.id(), ordered.version(), "EP済み");
        ReferralDetails closed = referrals.close(results.id(), results.version(), null);

        assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(closed.timeline()).extracting(TimelineEntry::step).containsExactly(ReferralStep.CREATED,
                ReferralStep.SUBMITTED, ReferralStep.RETURNED_FOR_INFORMATION, ReferralStep.ANSWERED_AND_RESUBMITTED,
                ReferralStep.ACCEPTED, ReferralStep.SCHEDULED, ReferralStep.TEST_ORDERED, ReferralStep.RESULTS_RETURNED,
                ReferralStep.CLOSED);
        assertThat(closed.timeline()).filteredOn(e -> e.step() == ReferralStep.RETURNED_FOR_INFORMATION).singleElement()
                .satisfies(e -> {
                    assertThat(e.actorName()).isEqualTo("森川 千夏");
                    assertThat(e.note()).isEqualTo("家族歴を教えてください");
                });
        signIn.as("liaison");
        assertThat(referrals.get(closed.id()).status()).isEqualTo(ReferralStatus.CLOSED);
    }

    @Test
    void illegalStepsAreRefusedAndChangeNothing() {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));

        signIn.as("coordinator");
        assertThatThrownBy(() -> referrals.get(draft.id())).as("receiver never sees a draft")
                .isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> referrals.accept(draft.id(), draft.version(), null)).isInstanceOf(ReferralNotFound.class);

        signIn.as("liaison");
        assertThatThrownBy(() -> referrals.accept(draft.id(), draft.version(), null))
                .isInstanceOf(AccessDeniedException.class);
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);
        assertThatThrownBy(() -> referrals.submit(sent.id(), sent.version(), null))
                .isInstanceOf(ReferralTransitionRefused.class);

        signIn.as("coordinator");
        assertThatThrownBy(() -> referrals.close(sent.id(), sent.version(), null))
                .isInstanceOf(ReferralTransitionRefused.class);
        assertThatThrownBy(() -> referrals.decline(sent.id(), sent.version(), " "))
                .isInstanceOf(ReferralTransitionRefused.class)
                .extracting(e -> ((ReferralTransitionRefused) e).messageKey()).isEqualTo("referral.error.reasonRequired");
        assertThat(referrals.get(sent.id()).status()).isEqualTo(ReferralStatus.SUBMITTED);
    }

    @Test
    void anotherLiaisonHospitalCannotListOpenDownloadOrPrintTheReferral() {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));
        AttachmentInfo file = referrals.attach(draft.id(), "病理報告書.pdf", minimalPdf());
        signIn.as("coordinator");
        assertThat(referrals.list(ReferralFilter.everything(), 0, 500)).as("a draft is the referrer's alone")
                .extracting(ReferralSummary::id).doesNotContain(draft.id());

        signIn.as("liaison");
        ReferralDetails sent = referrals.submit(draft.id(), referrals.get(draft.id()).version(), null);
        signIn.as("coordinator");
        assertThat(referrals.list(ReferralFilter.everything(), 0, 500)).extracting(ReferralSummary::id)
                .contains(sent.id());

        signIn.as("liaison2");
        assertThat(referrals.list(ReferralFilter.everything(), 0, 500)).extracting(ReferralSummary::id)
                .doesNotContain(sent.id());
        assertThatThrownBy(() -> referrals.get(sent.id())).isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> referrals.download(file.id())).isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> referrals.letterPdf(sent.id())).isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> referrals.attach(sent.id(), "x.pdf", minimalPdf())).isInstanceOf(ReferralNotFound.class);

        signIn.as("coordinator");
        assertThat(referrals.download(file.id()).content()).isEqualTo(minimalPdf());
        assertThat(referrals.letterPdf(sent.id())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void staleVersionIsRefusedInsteadOfOverwriting() {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);

        signIn.as("coordinator");
        referrals.accept(sent.id(), sent.version(), "先に受諾");
        assertThatThrownBy(() -> referrals.decline(sent.id(), sent.version(), "後から辞退"))
                .isInstanceOf(ReferralChangedConcurrently.class);
        assertThat(referrals.get(sent.id()).status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void twoCoordinatorsActingAtTheSameMomentLeaveExactlyOneDecision() throws Exception {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);
        signIn.out();

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<String> accept = CompletableFuture.supplyAsync(() -> act("coordinator", start,
                () -> referrals.accept(sent.id(), sent.version(), "受諾")));
        CompletableFuture<String> decline = CompletableFuture.supplyAsync(() -> act("toto-coordinator2", start,
                () -> referrals.decline(sent.id(), sent.version(), "辞退")));
        start.countDown();

        assertThat(List.of(accept.get(), decline.get())).containsExactlyInAnyOrder("ok", "conflict");
        signIn.as("coordinator");
        ReferralDetails after = referrals.get(sent.id());
        assertThat(after.status()).isIn(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED);
        assertThat(after.timeline()).extracting(TimelineEntry::step)
                .filteredOn(s -> s == ReferralStep.ACCEPTED || s == ReferralStep.DECLINED).hasSize(1);
    }

    @Test
    void badInputGivesFieldMessagesAndSavesNothing() {
        signIn.as("liaison");
        int before = referrals.list(ReferralFilter.everything(), 0, 1000).size();
        PatientParticulars futureBaby = new PatientParticulars(uniquePid(), "未来 太郎", "Mirai Taro",
                today().plusDays(1), Sex.MALE);

        assertThatThrownBy(() -> referrals.saveDraft(null, null, TOTO, new ReferralContent(futureBaby, null, null,
                List.of(), Set.of())))
                .isInstanceOfSatisfying(ReferralInvalid.class, e -> assertThat(e.fieldMessages())
                        .containsEntry(ReferralValidation.NAME_KANA, "referral.validation.kanaInvalid")
                        .containsEntry(ReferralValidation.BIRTH_DATE, "referral.validation.birthDateFuture"));
        ReferralDetails incomplete = referrals.saveDraft(null, null, TOTO, new ReferralContent(
                completeContent(uniquePid()).patient(), null, null, List.of(), Set.of()));
        assertThatThrownBy(() -> referrals.submit(incomplete.id(), incomplete.version(), null))
                .isInstanceOfSatisfying(ReferralInvalid.class, e -> assertThat(e.fieldMessages())
                        .containsKeys(ReferralValidation.CANCER_TYPE, ReferralValidation.SERVICES));
        assertThat(referrals.get(incomplete.id()).status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(referrals.list(ReferralFilter.everything(), 0, 1000)).hasSize(before + 1);
    }

    @Test
    void disguisedOrOversizeFilesAreRejectedByContent() {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4};

        assertThatThrownBy(() -> referrals.attach(draft.id(), "report.pdf", zip))
                .isInstanceOfSatisfying(AttachmentRejected.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.unsupportedType"));
        assertThatThrownBy(() -> referrals.attach(draft.id(), "huge.pdf", new byte[21 * 1024 * 1024]))
                .isInstanceOf(AttachmentRejected.class);
        assertThat(referrals.get(draft.id()).attachments()).isEmpty();
    }

    @Test
    void eligibilityWarningNeedsAWrittenJustificationWhichIsKept() {
        signIn.as("liaison");
        ReferralContent ongoing = completeContent(uniquePid());
        ongoing = new ReferralContent(ongoing.patient(), new ClinicalDetails("LUAD", "IV", 1,
                StandardTreatmentStatus.ONGOING, 1, "一次治療中"), ongoing.specimen(), List.of(), ongoing.services());
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, ongoing);

        assertThat(referrals.assess(TOTO, ongoing).hasWarnings()).isTrue();
        assertThatThrownBy(() -> referrals.submit(draft.id(), draft.version(), null))
                .isInstanceOfSatisfying(ReferralTransitionRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("referral.error.justificationRequired"));
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), "先進医療Aでの実施を希望");
        assertThat(sent.eligibilityJustification()).isEqualTo("先進医療Aでの実施を希望");
        assertThat(sent.eligibilityWarnings()).isPositive();
    }

    @Test
    void aJustificationTypedInADraftIsKeptWhenReopenedAndSendsWithoutRetyping() {
        signIn.as("liaison");
        ReferralContent ongoing = completeContent(uniquePid());
        ongoing = new ReferralContent(ongoing.patient(), new ClinicalDetails("LUAD", "IV", 1,
                StandardTreatmentStatus.ONGOING, 1, "一次治療中"), ongoing.specimen(), List.of(), ongoing.services(),
                "先進医療Aでの実施を希望");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, ongoing);

        ReferralDetails reopened = referrals.get(draft.id());
        assertThat(reopened.content().eligibilityJustification()).isEqualTo("先進医療Aでの実施を希望");
        ReferralDetails sent = referrals.submit(reopened.id(), reopened.version(), null);
        assertThat(sent.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(sent.eligibilityJustification()).isEqualTo("先進医療Aでの実施を希望");
        assertThat(sent.eligibilityWarnings()).isPositive();
    }

    @Test
    void theVisitKeepsItsTimeAndPlaceAndEachSideSeesWhatComesNext() {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);
        assertThat(sent.myNextSteps()).containsExactly(ReferralAction.WITHDRAW);

        signIn.as("coordinator");
        ReferralDetails received = referrals.get(sent.id());
        assertThat(received.myNextSteps()).containsExactly(ReferralAction.ACCEPT,
                ReferralAction.RETURN_FOR_INFORMATION, ReferralAction.DECLINE);
        ReferralDetails accepted = referrals.accept(sent.id(), received.version(), null);
        ScheduledVisit visit = new ScheduledVisit(today().plusDays(7), java.time.LocalTime.of(14, 30),
                "がんゲノム医療外来（2階 B-12）");
        ReferralDetails scheduled = referrals.schedule(accepted.id(), accepted.version(), visit, null);

        signIn.as("liaison");
        ReferralDetails seen = referrals.get(scheduled.id());
        assertThat(seen.visit()).isEqualTo(visit);
        assertThat(seen.myNextSteps()).as("the receiver acts next").isEmpty();
        assertThat(referrals.list(ReferralFilter.everything(), 0, 200)).filteredOn(r -> r.id().equals(seen.id()))
                .singleElement().extracting(ReferralSummary::visit).isEqualTo(visit);
    }

    @Test
    void submissionNotifiesTheReceivingCoordinatorsInAppAndByEmail() throws Exception {
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);
        String display = sent.id().display();

        MimeMessage mail = waitForMail("coordinator@toto-u.example.jp", display);
        assertThat(subject(mail)).contains("紹介 " + display + " が届きました");
        assertThat(mailbox("liaison@sagamino.example.jp")).extracting(ReferralWorkflowIT::subject)
                .as("the referrer is not told about their own submission").noneMatch(s -> s.contains(display + " が届きました"));
        assertThat(mail.getContent().toString()).doesNotContain(sent.content().patient().nameKanji());

        signIn.as("coordinator");
        List<NotificationItem> items = waitForNotification(display);
        assertThat(items).filteredOn(i -> i.arguments().contains(display)).singleElement()
                .satisfies(i -> {
                    assertThat(i.read()).isFalse();
                    assertThat(i.link()).isEqualTo("referrals/" + sent.id().value());
                });
        assertThat(inbox.countForCurrentUser()).isPositive();
    }

    /** Delivery runs after commit on another thread; earlier tests' notices may arrive meanwhile. */
    private static MimeMessage waitForMail(String recipient, String subjectPart) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            java.util.Optional<MimeMessage> found = mailbox(recipient).stream()
                    .filter(m -> subject(m).contains(subjectPart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + recipient + " about " + subjectPart + " within 15 s");
    }

    private static List<MimeMessage> mailbox(String address) {
        return Mailboxes.of(smtp, address);
    }

    @Test
    void listsCanBeOrderedByNumberOrDeadlineInEitherDirection() {
        signIn.as("coordinator");
        List<Long> ascending = referrals.list(ReferralFilter.everything(), ReferralSort.NUMBER, true, 0, 100).stream()
                .map(r -> r.id().value()).toList();
        List<Long> descending = referrals.list(ReferralFilter.everything(), ReferralSort.NUMBER, false, 0, 100).stream()
                .map(r -> r.id().value()).toList();
        assertThat(ascending).hasSizeGreaterThan(3).isSorted();
        assertThat(descending).isEqualTo(ascending.reversed());
        List<java.time.Instant> dues = referrals.list(new ReferralFilter(Set.of(ReferralStatus.SUBMITTED), null, null,
                null, null, false), ReferralSort.ACKNOWLEDGEMENT_DUE, true, 0, 100).stream()
                .map(ReferralSummary::acknowledgementDueAt).toList();
        assertThat(dues).isNotEmpty().isSorted();
    }

    @Test
    void aPatientIsFoundByHospitalIdKanjiOrKanaName() {
        signIn.as("liaison");
        String pid = uniquePid();
        ReferralContent content = completeContent(pid);
        content = new ReferralContent(new PatientParticulars(pid, "検索 美咲", "ケンサク ミサキ",
                LocalDate.of(1968, 4, 12), Sex.FEMALE), content.clinical(), content.specimen(), List.of(),
                content.services());
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, content);

        for (String typed : List.of(pid, pid.toLowerCase().substring(0, 6), "検索", "検索 美咲", "ケンサク", "けんさく み",
                "ｹﾝｻｸ")) {
            assertThat(referrals.list(filterByPatient(typed), 0, 50)).as("search %s", typed)
                    .extracting(ReferralSummary::id).contains(draft.id());
        }
        assertThat(referrals.list(filterByPatient("美咲"), 0, 50)).as("names match from the family name")
                .extracting(ReferralSummary::id).doesNotContain(draft.id());
        assertThat(referrals.list(filterByPatient("100%"), 0, 50)).as("wildcards are literal").isEmpty();

        signIn.as("liaison2");
        assertThat(referrals.list(filterByPatient("検索"), 0, 50)).as("another hospital's patient").isEmpty();
    }

    private static ReferralFilter filterByPatient(String typed) {
        return new ReferralFilter(Set.of(), null, null, null, null, false, typed);
    }

    @Test
    void theInboxPutsOverdueReferralsFirstEarliestDeadlineFirst() {
        signIn.as("coordinator");
        List<ReferralSummary> inbox = referrals.list(ReferralFilter.everything(), 0, 100);

        int firstOnTime = (int) inbox.stream().takeWhile(ReferralSummary::overdue).count();
        assertThat(firstOnTime).as("the demo network has an overdue referral").isPositive();
        assertThat(inbox.subList(firstOnTime, inbox.size())).noneMatch(ReferralSummary::overdue);
        assertThat(inbox.subList(0, firstOnTime)).extracting(ReferralSummary::acknowledgementDueAt).isSorted();
        List<ReferralSummary> secondPage = referrals.list(ReferralFilter.everything(), firstOnTime, 100);
        assertThat(secondPage.getFirst().id()).as("paging continues after the overdue part")
                .isEqualTo(inbox.get(firstOnTime).id());
    }

    @Test
    void coordinatorsHomeCountsWhatWaitsForAcknowledgement() {
        signIn.as("coordinator");
        long before = figure("home.figure.referralsToAcknowledge");
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));
        long drafts = figure("home.figure.referralsDraft");
        referrals.submit(draft.id(), draft.version(), null);

        assertThat(figure("home.figure.referralsDraft")).isEqualTo(drafts - 1);
        signIn.as("coordinator");
        assertThat(figure("home.figure.referralsToAcknowledge")).isEqualTo(before + 1);
    }

    @Test
    void eachHomeTileOpensTheListOfExactlyWhatItCounts() {
        for (String user : List.of("coordinator", "liaison")) {
            signIn.as(user);
            for (jp.renkei.shared.ui.HomeFigure tile : figures.figuresForCurrentUser()) {
                assertThat(tile.route()).as(tile.labelKey()).startsWith("referrals");
                ReferralFilter opened = tile.route().contains("?") ? ReferralFilterTest.parse(tile.route())
                        : ReferralFilter.everything();
                assertThat(referrals.list(opened, 0, 1000)).as("%s of %s via %s", tile.labelKey(), user, tile.route())
                        .hasSize((int) tile.value());
            }
        }
        signIn.as("coordinator");
        assertThat(figures.figuresForCurrentUser()).filteredOn(f -> f.labelKey().equals("home.figure.referralsOverdue"))
                .singleElement().satisfies(f -> assertThat(f.route()).isEqualTo("referrals?overdue=true"));
    }

    private long figure(String key) {
        return figures.figuresForCurrentUser().stream().filter(f -> f.labelKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no home figure " + key)).value();
    }

    /**
     * Sent at the edges of the day and on the eve of a public holiday: the deadline is the end of the second
     * business day after the sending day (in Tokyo), the referral is not overdue a minute before it, and once
     * late it is notified once however often the job runs.
     */
    @ParameterizedTest(name = "sent {0} JST, due by the end of {1}")
    @CsvSource({
            "2026-12-01T00:30, 2026-12-03",
            "2026-12-01T11:45, 2026-12-03",
            "2026-12-01T23:30, 2026-12-03",
            "2026-12-25T23:30, 2027-01-04", // Friday: Monday 12/28, then the 12/29–1/3 closure
            "2027-02-10T16:00, 2027-02-15", // Wednesday before 建国記念の日 (Thursday 2/11)
    })
    void lateAcknowledgementIsHighlightedAndNotifiedOnce(String sentAt, LocalDate lastDay) throws Exception {
        clock.setTokyo(sentAt);
        signIn.as("liaison");
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, completeContent(uniquePid()));
        ReferralDetails sent = referrals.submit(draft.id(), draft.version(), null);
        assertThat(sent.acknowledgementDueAt()).isEqualTo(lastDay.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant());
        signIn.out();

        clock.set(sent.acknowledgementDueAt().minusSeconds(60));
        overdue.notifyLateAcknowledgements();
        signIn.as("coordinator");
        assertThat(referrals.get(sent.id()).overdue()).as("still within the last business day").isFalse();
        signIn.out();

        clock.set(sent.acknowledgementDueAt().plusSeconds(60));
        overdue.notifyLateAcknowledgements();
        overdue.notifyLateAcknowledgements();

        signIn.as("coordinator");
        assertThat(referrals.get(sent.id()).overdue()).isTrue();
        assertThat(referrals.list(new ReferralFilter(Set.of(), null, null, null, null, true), 0, 100))
                .extracting(ReferralSummary::id).contains(sent.id());
        String display = sent.id().display();
        java.util.function.Supplier<Long> overdueNotices = () -> inbox.recent(100).stream()
                .filter(n -> n.messageKey().equals("notice.referral.OVERDUE") && n.arguments().contains(display)).count();
        for (int i = 0; i < 300 && overdueNotices.get() == 0; i++) { // listeners may still be busy with earlier tests
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        assertThat(overdueNotices.get()).as("one overdue notice for the coordinators, not one per run").isEqualTo(1);
    }

    private List<NotificationItem> waitForNotification(String display) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<NotificationItem> items = inbox.recent(50);
            if (items.stream().anyMatch(n -> n.arguments().contains(display))) {
                return items;
            }
            Thread.sleep(100);
        }
        return inbox.recent(50);
    }

    private String act(String username, CountDownLatch start, Runnable step) {
        signIn.as(username);
        try {
            start.await();
            step.run();
            return "ok";
        } catch (ReferralChangedConcurrently | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            return "conflict";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            signIn.out();
        }
    }

    private static String subject(MimeMessage message) {
        return Mailboxes.subject(message);
    }

    static String uniquePid() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ReferralContent completeContent(String pid) {
        return new ReferralContent(
                new PatientParticulars(pid, "試験 花子", "シケン ハナコ", LocalDate.of(1970, 5, 1), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 2, StandardTreatmentStatus.ENDED, 1, "膵癌、二次治療後に増悪。"),
                new Specimen(SpecimenType.FFPE_TISSUE, today().minusMonths(6), "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
    }

    static byte[] minimalPdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
