package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jp.renkei.shared.JapanTime;

/**
 * How long a case took, as calendar days between Tokyo dates: from the referral being sent, the specimen being
 * collected and the C-CAT report arriving, to the panel's conclusion, the report and the explanation to the patient.
 * Any date may be missing (not given, not reached yet); a span with a missing end is null.
 */
public record Turnaround(LocalDate referralSent, LocalDate specimenCollected, LocalDate ccatReport,
        LocalDate concluded, LocalDate reported, LocalDate explained) {

    static Turnaround of(Instant referralSent, LocalDate specimenCollected, LocalDate ccatReport, Instant concluded,
            Instant reported, LocalDate explained) {
        return new Turnaround(day(referralSent), specimenCollected, ccatReport, day(concluded), day(reported),
                explained);
    }

    /** Days from {@code start} to {@code end}, or null when either is missing. */
    public static Long days(LocalDate start, LocalDate end) {
        return start == null || end == null ? null : ChronoUnit.DAYS.between(start, end);
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, JapanTime.ZONE);
    }
}
