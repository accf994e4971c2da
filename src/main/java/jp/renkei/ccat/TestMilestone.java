package jp.renkei.ccat;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.ccat.milestone.Milestone;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.UserId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Actor;

/**
 * One step of one test as stored: its due date as last planned, the day it was reached and who recorded it, its
 * owner, and the due date an overdue notice went out for. Visible to the same two hospitals as its test.
 */
@Entity
@Table(name = "ccat_milestone")
class TestMilestone extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "test_id", nullable = false, updatable = false)
    private long testId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MilestoneStep step;

    @Column(name = "follow_up_number", nullable = false, updatable = false)
    private int followUpNumber;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "reached_on")
    private LocalDate reachedOn;

    @Column(name = "owner_user_id")
    private Long ownerUserId;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_by_name")
    private String recordedByName;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "overdue_notice_for_due")
    private LocalDate overdueNoticeForDue;

    @Version
    private long version;

    protected TestMilestone() {
    }

    TestMilestone(GenomicTest test, Milestone planned) {
        super(test.referringHospital(), test.testingHospital());
        this.testId = test.id();
        this.step = planned.step();
        this.followUpNumber = planned.followUpNumber();
        this.dueOn = planned.due();
    }

    void replan(LocalDate due) {
        this.dueOn = due;
    }

    void reached(LocalDate day, Actor actor, Instant now) {
        this.reachedOn = day;
        this.recordedBy = actor.isSystem() ? null : actor.user().value();
        this.recordedByName = actor.name();
        this.recordedAt = now;
    }

    /** {@code owner} takes the step on; a system actor cannot own one. */
    void assignTo(Actor owner) {
        this.ownerUserId = owner.user().value();
        this.ownerName = owner.name();
    }

    void release() {
        this.ownerUserId = null;
        this.ownerName = null;
    }

    /** True once per overdue spell: a re-planned due date is a new spell. */
    boolean markOverdueNoticeSent() {
        if (dueOn.equals(overdueNoticeForDue)) {
            return false;
        }
        overdueNoticeForDue = dueOn;
        return true;
    }

    boolean is(MilestoneStep step, int followUpNumber) {
        return this.step == step && this.followUpNumber == followUpNumber;
    }

    Long id() {
        return id;
    }

    long testId() {
        return testId;
    }

    MilestoneStep step() {
        return step;
    }

    int followUpNumber() {
        return followUpNumber;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    LocalDate reachedOn() {
        return reachedOn;
    }

    UserId owner() {
        return ownerUserId == null ? null : UserId.of(ownerUserId);
    }

    String ownerName() {
        return ownerName;
    }

    long version() {
        return version;
    }

    String recordedByName() {
        return recordedByName;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Milestone asMilestone() {
        return new Milestone(step, followUpNumber, dueOn, reachedOn);
    }
}
