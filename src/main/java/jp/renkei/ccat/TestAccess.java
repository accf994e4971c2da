package jp.renkei.ccat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;

/**
 * What every service of the module asks first: the test, if the viewer's hospital is one of its two; whether the
 * viewer may change it (a coordinator of the testing hospital: the referring hospital reads); today in Japan; and the
 * audit entry for what was read or done.
 */
@Component
class TestAccess {

    private final GenomicTestRepository tests;
    private final CurrentActor currentActor;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TestAccess(GenomicTestRepository tests, CurrentActor currentActor, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.tests = tests;
        this.currentActor = currentActor;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    Actor actor() {
        return currentActor.require();
    }

    GenomicTest visible(long testId) {
        return tests.findById(testId).orElseThrow(() -> new GenomicTestNotFound(testId));
    }

    GenomicTest testingSide(long testId, Actor actor) {
        GenomicTest test = visible(testId);
        if (!test.testingHospital().equals(actor.hospital())) {
            throw new Refused("ccat.test.error.testingHospitalOnly", "ccat_test:" + testId);
        }
        return test;
    }

    boolean editable(GenomicTest test, Actor actor) {
        return actor.hospital().equals(test.testingHospital()) && holds(Role.CORE_COORDINATOR);
    }

    boolean holds(Role role) {
        return currentUser.require().has(role);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }

    /** The end of {@code day} in Japan, or now while that day is today: the instant a state "as of" a day means. */
    Instant endOfDayOrNow(LocalDate day) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant().minusNanos(1);
        Instant now = clock.instant();
        return endOfDay.isBefore(now) ? endOfDay : now;
    }

    Clock clock() {
        return clock;
    }

    void audit(Actor actor, String action, GenomicTest test, String detail) {
        audit(actor, action, "ccat_test:" + test.id(), detail);
    }

    void audit(Actor actor, String action, String subject) {
        audit(actor, action, subject, null);
    }

    private void audit(Actor actor, String action, String subject, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action, subject, detail));
    }
}
