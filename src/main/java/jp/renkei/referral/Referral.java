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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.HistoryEntry;

/**
 * A referral from a liaison hospital (origin) to a partner core or designated hospital (partner). Both see
 * it, no third hospital does. Every transition checks the state and the actor's side, leaves a timeline
 * entry and registers a past-tense {@link ReferralEvent}, published when the service saves the referral;
 * {@link #nextSteps()} answers what may happen next from the same rules. The receiving side never sees a draft.
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
    private List<HistoryEntry> timeline = new ArrayList<>();

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

    @Embedded
    private ScheduledVisit visit;

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

    @Transient
    private List<EventFactory> pendingEvents = new ArrayList<>();

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
        register((id, from, to) -> new ReferralDrafted(id, from, to, author, now));
    }

    /** Changes the content while the referrer still owns it (a draft, or when asked for more information). */
    void revise(Actor actor, long patientId, ReferralContent content, Instant now) {
        require(actor, ReferralAction.EDIT);
        this.patientId = patientId;
        apply(content);
        this.updatedAt = now;
    }

    /**
     * Sends the draft. {@code justification} is what the referrer typed when sending; without one the
     * justification saved with the draft counts, so a reopened draft sends as written.
     */
    void submit(Actor actor, int warnings, String justification, Instant dueAt, Instant now) {
        require(actor, ReferralAction.SUBMIT);
        acceptEligibility(warnings, justification);
        this.submittedAt = now;
        this.acknowledgementDueAt = dueAt;
        transition(actor, ReferralStatus.SUBMITTED, ReferralStep.SUBMITTED, eligibilityJustification, now);
        register((id, from, to) -> new ReferralSubmitted(id, from, to, actor, now, dueAt));
    }

    void answerAndResubmit(Actor actor, String answer, int warnings, String justification, Instant dueAt,
            Instant now) {
        require(actor, ReferralAction.ANSWER);
        requireText(answer, "referral.error.answerRequired");
        // the answer dialog has no room for a justification: say where it goes instead
        acceptEligibility(warnings, justification, "referral.error.justificationRequiredBeforeAnswer");
        this.pendingQuestion = null;
        this.acknowledgementDueAt = dueAt;
        transition(actor, ReferralStatus.SUBMITTED, ReferralStep.ANSWERED_AND_RESUBMITTED, answer, now);
        String text = answer.strip();
        register((id, from, to) -> new ReferralResubmitted(id, from, to, actor, now, text, dueAt));
    }

    void withdraw(Actor actor, String reason, Instant now) {
        require(actor, ReferralAction.WITHDRAW);
        requireText(reason, "referral.error.reasonRequired");
        transition(actor, ReferralStatus.WITHDRAWN, ReferralStep.WITHDRAWN, reason, now);
        String text = reason.strip();
        register((id, from, to) -> new ReferralWithdrawn(id, from, to, actor, now, text));
    }

    void accept(Actor actor, String note, Instant now) {
        require(actor, ReferralAction.ACCEPT);
        acknowledge(now);
        transition(actor, ReferralStatus.ACCEPTED, ReferralStep.ACCEPTED, note, now);
        Set<RequestedService> services = services();
        String cancerType = clinical == null ? null : clinical.cancerTypeCode();
        register((id, from, to) -> new ReferralAccepted(id, from, to, actor, now, services, cancerType));
    }

    void decline(Actor actor, String reason, Instant now) {
        require(actor, ReferralAction.DECLINE);
        requireText(reason, "referral.error.reasonRequired");
        acknowledge(now);
        transition(actor, ReferralStatus.DECLINED, ReferralStep.DECLINED, reason, now);
        String text = reason.strip();
        register((id, from, to) -> new ReferralDeclined(id, from, to, actor, now, text));
    }

    void returnForInformation(Actor actor, String question, Instant now) {
        require(actor, ReferralAction.RETURN_FOR_INFORMATION);
        requireText(question, "referral.error.questionRequired");
        acknowledge(now);
        this.pendingQuestion = question.strip();
        transition(actor, ReferralStatus.RETURNED, ReferralStep.RETURNED_FOR_INFORMATION, question, now);
        String text = pendingQuestion;
        register((id, from, to) -> new ReferralReturned(id, from, to, actor, now, text));
    }

    void schedule(Actor actor, ScheduledVisit visit, String note, Instant now) {
        require(actor, ReferralAction.SCHEDULE);
        Objects.requireNonNull(visit, "visit");
        this.visit = visit;
        transition(actor, ReferralStatus.SCHEDULED, ReferralStep.SCHEDULED, note, now);
        register((id, from, to) -> new ReferralScheduled(id, from, to, actor, now, visit));
    }

    void orderTest(Actor actor, String testName, Instant now) {
        require(actor, ReferralAction.ORDER_TEST);
        requireText(testName, "referral.error.testRequired");
        this.orderedTest = testName.strip();
        transition(actor, ReferralStatus.TEST_ORDERED, ReferralStep.TEST_ORDERED, testName, now);
        String test = orderedTest;
        StandardTreatmentStatus standardTreatment = clinical == null ? null : clinical.standardTreatment();
        register((id, from, to) -> new ReferralTestOrdered(id, from, to, actor, now, test, standardTreatment));
    }

    void returnResults(Actor actor, String note, Instant now) {
        require(actor, ReferralAction.RETURN_RESULTS);
        transition(actor, ReferralStatus.RESULTS_RETURNED, ReferralStep.RESULTS_RETURNED, note, now);
        register((id, from, to) -> new ReferralResultsReturned(id, from, to, actor, now));
    }

    /** Closes the loop: after results, or after the visit when no test was requested. */
    void close(Actor actor, String note, Instant now) {
        require(actor, ReferralAction.CLOSE);
        transition(actor, ReferralStatus.CLOSED, ReferralStep.CLOSED, note, now);
        register((id, from, to) -> new ReferralClosed(id, from, to, actor, now));
    }

    /** A counseling session booked for this referral's patient shows on the timeline. */
    void noteCounselingBooked(Actor actor, String what, Instant now) {
        requireParty(actor);
        record(actor, ReferralStep.COUNSELING_BOOKED, what, now);
    }

    void noteAttachment(Actor actor, String fileName, Instant now) {
        requireParty(actor);
        record(actor, ReferralStep.ATTACHMENT_ADDED, fileName, now);
    }

    /** True once per overdue spell (a resubmission starts a new one with a new due time). */
    boolean markOverdueNotified(Instant now) {
        boolean alreadyNotified = overdueNotifiedAt != null && !overdueNotifiedAt.isBefore(acknowledgementDueAt);
        if (!isOverdue(now) || alreadyNotified) {
            return false;
        }
        overdueNotifiedAt = now;
        Instant due = acknowledgementDueAt;
        register((id, from, to) -> new ReferralAcknowledgementOverdue(id, from, to, Actor.system(to), now, due));
        return true;
    }

    boolean isOverdue(Instant now) {
        return isOverdue(status, acknowledgementDueAt, now);
    }

    /** Sent and not acknowledged by its deadline (an exclusive bound). */
    static boolean isOverdue(ReferralStatus status, Instant acknowledgementDueAt, Instant now) {
        return status == ReferralStatus.SUBMITTED && acknowledgementDueAt != null && now.isAfter(acknowledgementDueAt);
    }

    /** What may happen next and which side takes it: the same rules the transitions check. */
    List<NextStep> nextSteps() {
        List<NextStep> steps = new ArrayList<>();
        for (ReferralAction action : ReferralAction.values()) {
            if (allowedFrom(action).contains(status)) {
                steps.add(new NextStep(action, sideOf(action)));
            }
        }
        return steps;
    }

    private Set<ReferralStatus> allowedFrom(ReferralAction action) {
        return switch (action) {
            case EDIT -> EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.RETURNED);
            case SUBMIT -> EnumSet.of(ReferralStatus.DRAFT);
            case ANSWER -> EnumSet.of(ReferralStatus.RETURNED);
            case WITHDRAW -> EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.SUBMITTED, ReferralStatus.RETURNED);
            case ACCEPT, RETURN_FOR_INFORMATION, DECLINE -> EnumSet.of(ReferralStatus.SUBMITTED);
            case SCHEDULE -> EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED);
            // a test only when one was asked for; without one the loop closes after the visit
            case ORDER_TEST -> wantsCgp ? EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED)
                    : EnumSet.noneOf(ReferralStatus.class);
            case RETURN_RESULTS -> EnumSet.of(ReferralStatus.TEST_ORDERED);
            case CLOSE -> wantsCgp ? EnumSet.of(ReferralStatus.RESULTS_RETURNED)
                    : EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED, ReferralStatus.RESULTS_RETURNED);
        };
    }

    private static NextStep.Side sideOf(ReferralAction action) {
        return switch (action) {
            case EDIT, SUBMIT, ANSWER, WITHDRAW -> NextStep.Side.REFERRER;
            default -> NextStep.Side.RECEIVER;
        };
    }

    private void require(Actor actor, ReferralAction action) {
        boolean referrer = sideOf(action) == NextStep.Side.REFERRER;
        if (!(referrer ? originHospitalId() : partnerHospitalId()).equals(actor.hospital())) {
            throw new ReferralTransitionRefused("referral.error.wrongSide", action + " by " + actor.hospital());
        }
        if (!allowedFrom(action).contains(status)) {
            throw new ReferralTransitionRefused("referral.error.illegalTransition", action + " from " + status);
        }
    }

    private void acknowledge(Instant now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    private void acceptEligibility(int warnings, String justification) {
        acceptEligibility(warnings, justification, "referral.error.justificationRequired");
    }

    private void acceptEligibility(int warnings, String justification, String refusalKey) {
        String given = justification == null || justification.isBlank() ? eligibilityJustification : justification;
        if (warnings > 0 && (given == null || given.isBlank())) {
            throw new ReferralTransitionRefused(refusalKey, warnings + " warnings");
        }
        this.eligibilityWarnings = warnings;
        this.eligibilityJustification = warnings > 0 ? given.strip() : null;
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
        this.eligibilityJustification = content.eligibilityJustification();
    }

    private void transition(Actor actor, ReferralStatus to, ReferralStep step, String note, Instant now) {
        this.status = to;
        record(actor, step, note, now);
    }

    private void record(Actor actor, ReferralStep step, String note, Instant now) {
        this.updatedAt = now;
        timeline.add(HistoryEntry.of(actor, step.name(), note, status.name(), now));
    }

    /** Events need the id, which a new referral only has once saved: they are made when published. */
    private void register(EventFactory event) {
        pendingEvents.add(event);
    }

    @FunctionalInterface
    interface EventFactory {
        ReferralEvent create(ReferralId id, HospitalId referring, HospitalId receiving);
    }

    @DomainEvents
    List<ReferralEvent> domainEvents() {
        if (pendingEvents.isEmpty()) {
            return List.of();
        }
        ReferralId id = id();
        return pendingEvents.stream().map(e -> e.create(id, originHospitalId(), partnerHospitalId())).toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        pendingEvents.clear();
    }

    private void requireParty(Actor actor) {
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
        return services(wantsCgp, wantsCounseling, wantsPanel);
    }

    /** The services asked for, from the table's three flags. */
    static Set<RequestedService> services(boolean wantsCgp, boolean wantsCounseling, boolean wantsPanel) {
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

    List<HistoryEntry> timeline() {
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

    ScheduledVisit visit() {
        return visit;
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
