package jp.renkei.expertpanel.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jp.renkei.shared.JapanTime;

/**
 * The calendar days (Japan) a skipping case would have saved: from the day it could have been decided without the
 * panel (its results were in: the last variant entered, not before the case was accepted) to the day the panel
 * answered. That is the recorded conclusion; failing one, the day of the meeting the case is on once it has been
 * held; failing that, today, and the days are "so far".
 */
public record Saving(Answer answer, LocalDate decidable, LocalDate answeredOn, long days) {

    public enum Answer {
        /** The panel's conclusion is recorded. */
        CONCLUDED,
        /** The case's meeting has been held; no conclusion is recorded (cases from before conclusions were kept). */
        MEETING_HELD,
        /** The panel has not answered yet: the days run until today. */
        NOT_YET
    }

    public static Saving of(Instant accepted, Instant lastVariantEntered, Instant concludedAt, Instant meetingStartsAt,
            Instant now) {
        Instant decidable = lastVariantEntered == null || lastVariantEntered.isBefore(accepted) ? accepted
                : lastVariantEntered;
        Answer answer;
        Instant answered;
        if (concludedAt != null) {
            answer = Answer.CONCLUDED;
            answered = concludedAt;
        } else if (meetingStartsAt != null && meetingStartsAt.isBefore(now)) {
            answer = Answer.MEETING_HELD;
            answered = meetingStartsAt;
        } else {
            answer = Answer.NOT_YET;
            answered = now;
        }
        LocalDate from = day(decidable);
        LocalDate to = day(answered);
        return new Saving(answer, from, to, Math.max(0, ChronoUnit.DAYS.between(from, to)));
    }

    public boolean panelAnswered() {
        return answer != Answer.NOT_YET;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(JapanTime.ZONE).toLocalDate();
    }
}
