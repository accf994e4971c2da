package jp.renkei.ccat.milestone;

import java.time.LocalDate;
import java.util.Objects;

import jp.renkei.shared.calendar.BusinessCalendar;

/**
 * One step of one test: when it is due (the last day, inclusive) and when it was reached ({@code null} while open).
 *
 * @param followUpNumber 1, 2, … for {@link MilestoneStep#FOLLOW_UP} entries, 0 for every other step
 */
public record Milestone(MilestoneStep step, int followUpNumber, LocalDate due, LocalDate reachedOn) {

    public Milestone {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(due, "due");
        if ((step == MilestoneStep.FOLLOW_UP) != (followUpNumber > 0)) {
            throw new IllegalArgumentException("only follow-ups are numbered: " + step + " #" + followUpNumber);
        }
    }

    public MilestoneStatus statusOn(LocalDate today) {
        if (reachedOn != null) {
            return reachedOn.isAfter(due) ? MilestoneStatus.REACHED_LATE : MilestoneStatus.REACHED;
        }
        return today.isAfter(due) ? MilestoneStatus.OVERDUE : MilestoneStatus.OPEN;
    }

    /** How many business days past its due date an open step is on {@code today}; 0 if it is not overdue. */
    public int businessDaysOverdue(LocalDate today, BusinessCalendar calendar) {
        return statusOn(today) == MilestoneStatus.OVERDUE ? calendar.businessDaysBetween(due, today) : 0;
    }
}
