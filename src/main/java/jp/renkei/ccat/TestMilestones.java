package jp.renkei.ccat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.Milestone;
import jp.renkei.ccat.milestone.MilestonePlanner;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.shared.workflow.Actor;

/**
 * A test's stored milestones: planned when the test is opened, re-planned whenever a step is reached or the test
 * changes (so the stored due dates are always the planner's), and {@link CcatMilestoneReached} published for each
 * step reached. Runs inside the caller's transaction and hospital scope.
 */
@Component
class TestMilestones {

    private final TestMilestoneRepository milestones;
    private final TestCatalogue catalogue;
    private final MilestonePlanner planner;
    private final ApplicationEventPublisher events;
    private final CcatLivePages live;
    private final Clock clock;

    TestMilestones(TestMilestoneRepository milestones, TestCatalogue catalogue, MilestonePlanner planner,
            ApplicationEventPublisher events, CcatLivePages live, Clock clock) {
        this.milestones = milestones;
        this.catalogue = catalogue;
        this.planner = planner;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    List<TestMilestone> of(GenomicTest test) {
        return milestones.findByTestIdOrderByIdAsc(test.id());
    }

    void open(GenomicTest test) {
        planner.plan(labTurnaroundOf(test), test.orderedOn(), Map.of(), List.of()).stream()
                .map(planned -> new TestMilestone(test, planned))
                .forEach(milestones::save);
    }

    /** The step was reached on {@code day} (a correction replaces the day): re-plans and publishes the event. */
    void reach(GenomicTest test, MilestoneStep step, int followUpNumber, LocalDate day, Actor actor) {
        List<TestMilestone> stored = of(test);
        TestMilestone milestone = stored.stream().filter(m -> m.is(step, followUpNumber)).findFirst()
                .orElseThrow(() -> new IllegalStateException("test " + test.id() + " has no step " + step + " #"
                        + followUpNumber));
        milestone.reached(day, actor, clock.instant());
        replan(test, stored);
        events.publishEvent(new CcatMilestoneReached(test.id(), test.referralId(), test.testingHospital(),
                test.referringHospital(), step, followUpNumber, day, clock.instant()));
        live.changed(test);
    }

    /** Writes the planner's due dates for the steps as they stand now. */
    void replan(GenomicTest test, List<TestMilestone> stored) {
        Map<MilestoneStep, LocalDate> reached = new EnumMap<>(MilestoneStep.class);
        stored.stream().filter(m -> m.step() != MilestoneStep.FOLLOW_UP && m.reachedOn() != null)
                .forEach(m -> reached.put(m.step(), m.reachedOn()));
        // follow-ups are entered in order, so the reached ones are the first ones
        List<LocalDate> followUps = stored.stream()
                .filter(m -> m.step() == MilestoneStep.FOLLOW_UP && m.reachedOn() != null)
                .sorted(Comparator.comparingInt(TestMilestone::followUpNumber))
                .map(TestMilestone::reachedOn).toList();
        for (Milestone planned : planner.plan(labTurnaroundOf(test), test.orderedOn(), reached, followUps)) {
            stored.stream().filter(m -> m.is(planned.step(), planned.followUpNumber())).findFirst()
                    .ifPresent(m -> m.replan(planned.due()));
        }
    }

    /**
     * The catalogue test, or while none is chosen the one with the longest lab turnaround: the lab step is then
     * due no earlier than any catalogue test would allow, and the test page says the test is still to be chosen.
     */
    private CatalogueTest labTurnaroundOf(GenomicTest test) {
        return (test.catalogueTestId() == null ? Optional.<CatalogueTest>empty()
                : catalogue.find(test.catalogueTestId()))
                .orElseGet(() -> catalogue.tests().stream()
                        .max(Comparator.comparingInt(CatalogueTest::labTurnaroundBusinessDays)).orElseThrow());
    }
}
