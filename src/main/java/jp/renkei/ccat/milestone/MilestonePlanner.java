package jp.renkei.ccat.milestone;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.renkei.shared.calendar.BusinessCalendar;

/**
 * Dates a test's milestones. Each step is due a number of business days after the step before it: after the day
 * it was reached, or after its due date while it is open, so a late step moves everything after it and an early
 * one brings it forward. Follow-ups are due on the first business day on or after each interval from the
 * explanation.
 */
public final class MilestonePlanner {

    private static final List<MilestoneStep> CHAIN = List.copyOf(EnumSet.range(MilestoneStep.CONSENT,
            MilestoneStep.RESULT_EXPLAINED));

    private final BusinessCalendar calendar;
    private final MilestoneTargets targets;

    public MilestonePlanner(BusinessCalendar calendar, MilestoneTargets targets) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    /**
     * @param orderedOn        the day the test was ordered, from which the consent is due
     * @param reached          the day each step was reached, for the steps reached so far (no follow-ups)
     * @param followUpsReached the days the follow-up entries were made, first one first
     */
    public List<Milestone> plan(CatalogueTest test, LocalDate orderedOn, Map<MilestoneStep, LocalDate> reached,
            List<LocalDate> followUpsReached) {
        if (reached.containsKey(MilestoneStep.FOLLOW_UP)) {
            throw new IllegalArgumentException("follow-ups are passed one by one, not as a step");
        }
        List<Period> followUps = targets.followUpsAfterExplanation();
        if (followUpsReached.size() > followUps.size()) {
            throw new IllegalArgumentException(followUpsReached.size() + " follow-ups entered, but only "
                    + followUps.size() + " are planned");
        }
        List<Milestone> milestones = new ArrayList<>();
        LocalDate previous = orderedOn;
        for (MilestoneStep step : CHAIN) {
            LocalDate due = calendar.addBusinessDays(previous, businessDays(step, test));
            Milestone milestone = new Milestone(step, 0, due, reached.get(step));
            milestones.add(milestone);
            previous = milestone.reachedOn() == null ? due : milestone.reachedOn();
        }
        for (int i = 0; i < followUps.size(); i++) {
            LocalDate due = firstBusinessDayFrom(previous.plus(followUps.get(i)));
            milestones.add(new Milestone(MilestoneStep.FOLLOW_UP, i + 1, due,
                    i < followUpsReached.size() ? followUpsReached.get(i) : null));
        }
        return List.copyOf(milestones);
    }

    /** The steps overdue on {@code today}, the longest overdue first. */
    public List<Milestone> overdue(List<Milestone> milestones, LocalDate today) {
        return milestones.stream()
                .filter(milestone -> milestone.statusOn(today) == MilestoneStatus.OVERDUE)
                .sorted(Comparator.comparing(Milestone::due))
                .toList();
    }

    private int businessDays(MilestoneStep step, CatalogueTest test) {
        return step == MilestoneStep.LAB_RESULT_UPLOADED
                ? test.labTurnaroundBusinessDays()
                : targets.businessDaysAfterPrevious(step);
    }

    private LocalDate firstBusinessDayFrom(LocalDate day) {
        return calendar.isBusinessDay(day) ? day : calendar.addBusinessDays(day, 1);
    }
}
