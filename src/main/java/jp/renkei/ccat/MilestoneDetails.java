package jp.renkei.ccat;

import java.time.Instant;
import java.time.LocalDate;

import jp.renkei.ccat.milestone.MilestoneStatus;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.UserId;

/**
 * One step of a test as its page shows it on the day it is read.
 *
 * @param owner          null while nobody is assigned, and then {@code ownerName} too
 * @param recordedByName who recorded the day ("system" when it came from the panel's events); null while open
 * @param fromPanel      the day is taken from the expert panel's records and is not typed here
 * @param ownedByViewer  the signed-in person owns the step
 */
public record MilestoneDetails(MilestoneStep step, int followUpNumber, LocalDate dueOn, LocalDate reachedOn,
        MilestoneStatus status, int businessDaysOverdue, UserId owner, String ownerName, String recordedByName, Instant recordedAt,
        boolean fromPanel, boolean ownedByViewer) {
}
