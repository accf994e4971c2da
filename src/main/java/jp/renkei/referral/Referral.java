package jp.renkei.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/**
 * A referral from a liaison hospital (origin) to a partner core or designated hospital (partner). Both see
 * it, no third hospital does. Every transition checks the state and the actor's side and leaves a timeline
 * entry; the receiving side never sees a draft.
 */
@Entity
@Table(name = "referral")
class Referral extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Embedded
    private PatientParticulars patient;

    @Embedded
    private ClinicalDetails clinical;

    @Embedded
    private Specimen specimen;

    @Column(name = "wants_cgp")
    private boolean wantsCgp;

    @Column(name = "wants_counseling")
    private boolean wantsCounseling;

    @Column(name = "wants_panel")
    private boolean wantsPanel;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_prior_test", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<PriorTest> priorTests = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_timeline", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Column(name = "eligibility_warnings")
    private int eligibilityWarnings;

    @Column(name = "eligibility_justification")
    private String eligibilityJustification;

    @Column(name = "referring_user_id", nullable = false, updatable = false)
    private Long referringUserId;

    @Column(name = "referring_user_name", nullable = false, updatable = false)
    private String referringUserName;

    @Column(name = "pending_question")
    private String pendingQuestion;

    @Column(name = "scheduled_on")
    private java.time.LocalDate scheduledOn;

    @Column(name = "ordered_test")
    private String orderedTest;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "ack_due_at")
    private Instant acknowledgementDueAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Referral() {
    }

    Referral(HospitalId referring, HospitalId receiving, long patientId, Actor author, ReferralContent content,
            Instant now) {
        super(referring, receiving);
        this.patientId = patientId;
        this.status = ReferralStatus.DRAFT;
        this.referringUserId = author.user().value();
        this.referringUserName = author.name();
        this.createdAt = now;
        apply(content);
        record(author, ReferralStep.CREATED, null, now);
    }

    /** Changes the content while the referrer still owns it (a draft, or when asked for more information). */
    void revise(Actor actor, long patientId, ReferralContent content, Instant now) {
        requireReferrer(actor);
        requireStatus(EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.RETURNED), "revise");
        this.patientId = patientId;
        apply(content);
        this.updatedAt = now;
    }

    void submit(Actor actor, int warnings, String justification, Instant dueAt, Instant now) {
        requireReferrer(actor);
        requireStatus(EnumSet.of(ReferralStatus.DRAFT), "submit");
        acceptEligibility(warnings, justification);
        this.submittedAt = now;
        this.acknowledgementDueAt = dueAt;
        transition(actor, ReferralStatus.SUBMITTED, ReferralStep.SUBMITTED, justification, now);
    }

    void answerAndResubmit(Actor actor, String answer, int warnings, String justification, Instant dueAt,
            Instant now) {
        requireReferrer(actor);
        requireStatus(EnumSet.of(ReferralStatus.RETURNED), "answer");
        requireText(answer, "referral.error.answerRequired");
        acceptEligibility(warnings, justification);
        this.pendingQuestion = null;
        this.acknowledgementDueAt = dueAt;
        transition(actor, ReferralStatus.SUBMITTED, ReferralStep.ANSWERED_AND_RESUBMITTED, answer, now);
    }

    void withdraw(Actor actor, String reason, Instant now) {
        requireReferrer(actor);
        requireStatus(EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.SUBMITTED, ReferralStatus.RETURNED), "withdraw");
        requireText(reason, "referral.error.reasonRequired");
        transition(actor, ReferralStatus.WITHDRAWN, ReferralStep.WITHDRAWN, reason, now);
    }

    void accept(Actor actor, String note, Instant now) {
        acknowledge(actor, now);
        transition(actor, ReferralStatus.ACCEPTED, ReferralStep.ACCEPTED, note, now);
    }

    void decline(Actor actor, String reason, Instant now) {
        requireText(reason, "referral.error.reasonRequired");
        acknowledge(actor, now);
        transition(actor, ReferralStatus.DECLINED, ReferralStep.DECLINED, reason, now);
    }

    void returnForInformation(Actor actor, String question, Instant now) {
        requireText(question, "referral.error.questionRequired");
        acknowledge(actor, now);
        this.pendingQuestion = question.strip();
        transition(actor, ReferralStatus.RETURNED, ReferralStep.RETURNED_FOR_INFORMATION, question, now);
    }

    void schedule(Actor actor, java.time.LocalDate on, String note, Instant now) {
        requireReceiver(actor);
        requireStatus(EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED), "schedule");
        Objects.requireNonNull(on, "scheduled date");
        this.scheduledOn = on;
        transition(actor, ReferralStatus.SCHEDULED, ReferralStep.SCHEDULED, note, now);
    }

    void orderTest(Actor actor, String testName, Instant now) {
        requireReceiver(actor);
        requireStatus(EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED), "orderTest");
        requireText(testName, "referral.error.testRequired");
        this.orderedTest = testName.strip();
        transition(actor, ReferralStatus.TEST_ORDERED, ReferralStep.TEST_ORDERED, testName, now);
    }

    void returnResults(Actor actor, String note, Instant now) {
        requireReceiver(actor);
        requireStatus(EnumSet.of(ReferralStatus.TEST_ORDERED), "returnResults");
        transition(actor, ReferralStatus.RESULTS_RETURNED, ReferralStep.RESULTS_RETURNED, note, now);
    }

    /** Closes the loop: after results, or after the visit when no test was requested. */
    void close(Actor actor, String note, Instant now) {
        requireReceiver(actor);
        Set<ReferralStatus> closable = wantsCgp
                ? EnumSet.of(ReferralStatus.RESULTS_RETURNED)
                : EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED, ReferralStatus.RESULTS_RETURNED);
        requireStatus(closable, "close");
        transition(actor, ReferralStatus.CLOSED, ReferralStep.CLOSED, note, now);
    }

    /** A counseling session booked for this referral's patient shows on the timeline. */
    void noteCounselingBooked(Actor actor, String what, Instant now) {
        requireSide(actor);
        record(actor, ReferralStep.COUNSELING_BOOKED, what, now);
    }

    void noteAttachment(Actor actor, String fileName, Instant now) {
        requireSide(actor);
        record(actor, ReferralStep.ATTACHMENT_ADDED, fileName, now);
        this.updatedAt = now;
    }

    /** True once per overdue spell (a resubmission starts a new one with a new due time). */
    boolean markOverdueNotified(Instant now) {
        boolean alreadyNotified = overdueNotifiedAt != null && !overdueNotifiedAt.isBefore(acknowledgementDueAt);
        if (!isOverdue(now) || alreadyNotified) {
            return false;
        }
        overdueNotifiedAt = now;
        return true;
    }

    boolean isOverdue(Instant now) {
        return status == ReferralStatus.SUBMITTED && acknowledgementDueAt != null && now.isAfter(acknowledgementDueAt);
    }

    private void acknowledge(Actor actor, Instant now) {
        requireReceiver(actor);
        requireStatus(EnumSet.of(ReferralStatus.SUBMITTED), "acknowledge");
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    private void acceptEligibility(int warnings, String justification) {
        if (warnings > 0 && (justification == null || justification.isBlank())) {
            throw new ReferralTransitionRefused("referral.error.justificationRequired", warnings + " warnings");
        }
        this.eligibilityWarnings = warnings;
        this.eligibilityJustification = warnings > 0 ? justification.strip() : null;
    }

    private void apply(ReferralContent content) {
        this.patient = content.patient();
        this.clinical = content.clinical();
        this.specimen = content.specimen() == null ? Specimen.unknown() : content.specimen();
        Set<RequestedService> services = content.services();
        this.wantsCgp = services.contains(RequestedService.CGP_TEST);
        this.wantsCounseling = services.contains(RequestedService.GENETIC_COUNSELING);
        this.wantsPanel = services.contains(RequestedService.EXPERT_PANEL);
        this.priorTests.clear();
        this.priorTests.addAll(content.priorTests());
    }

    private void transition(Actor actor, ReferralStatus to, ReferralStep step, String note, Instant now) {
        this.status = to;
        this.updatedAt = now;
        record(actor, step, note, now);
    }

    private void record(Actor actor, ReferralStep step, String note, Instant now) {
        this.updatedAt = now;
        timeline.add(new TimelineEntry(now, actor.user().value(), actor.name(), actor.hospital().value(), step, status,
                note == null || note.isBlank() ? null : note.strip()));
    }

    private void requireStatus(Set<ReferralStatus> allowed, String step) {
        if (!allowed.contains(status)) {
            throw new ReferralTransitionRefused("referral.error.illegalTransition", step + " from " + status);
        }
    }

    private void requireReferrer(Actor actor) {
        if (!originHospitalId().equals(actor.hospital())) {
            throw new ReferralTransitionRefused("referral.error.wrongSide", "only the referring hospital");
        }
    }

    private void requireReceiver(Actor actor) {
        if (!partnerHospitalId().equals(actor.hospital())) {
            throw new ReferralTransitionRefused("referral.error.wrongSide", "only the receiving hospital");
        }
    }

    private void requireSide(Actor actor) {
        if (!isVisibleTo(actor.hospital())) {
            throw new ReferralTransitionRefused("referral.error.wrongSide", "not a party to this referral");
        }
    }

    private static void requireText(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new ReferralTransitionRefused(messageKey, "missing");
        }
    }

    ReferralId id() {
        return new ReferralId(id);
    }

    long version() {
        return version;
    }

    long patientId() {
        return patientId;
    }

    ReferralStatus status() {
        return status;
    }

    PatientParticulars patient() {
        return patient;
    }

    ClinicalDetails clinical() {
        return clinical;
    }

    Specimen specimen() {
        return specimen;
    }

    Set<RequestedService> services() {
        Set<RequestedService> services = EnumSet.noneOf(RequestedService.class);
        if (wantsCgp) {
            services.add(RequestedService.CGP_TEST);
        }
        if (wantsCounseling) {
            services.add(RequestedService.GENETIC_COUNSELING);
        }
        if (wantsPanel) {
            services.add(RequestedService.EXPERT_PANEL);
        }
        return services;
    }

    List<PriorTest> priorTests() {
        return Collections.unmodifiableList(priorTests);
    }

    List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    int eligibilityWarnings() {
        return eligibilityWarnings;
    }

    String eligibilityJustification() {
        return eligibilityJustification;
    }

    String referringUserName() {
        return referringUserName;
    }

    String pendingQuestion() {
        return pendingQuestion;
    }

    java.time.LocalDate scheduledOn() {
        return scheduledOn;
    }

    String orderedTest() {
        return orderedTest;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant acknowledgementDueAt() {
        return acknowledgementDueAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
