package jp.renkei.referral.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.renkei.referral.ScheduledVisit;
import jp.renkei.shared.JapanTime;

/** Dates as people say them: a deadline is its last day ("12/2（水）"), not the exclusive midnight stored. */
final class Deadlines {

    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("M/d（E）", Locale.JAPANESE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEE M/d", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private Deadlines() {
    }

    /** The last Tokyo day before an exclusive bound (midnight 12/3 → 12/2). */
    static LocalDate lastDay(Instant exclusiveBound) {
        return exclusiveBound.minusNanos(1).atZone(JapanTime.ZONE).toLocalDate();
    }

    static String day(LocalDate date, Locale locale) {
        return (Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? JAPANESE : ENGLISH).format(date);
    }

    static String lastDay(Instant exclusiveBound, Locale locale) {
        return day(lastDay(exclusiveBound), locale);
    }

    /** "12/8（火） 10:30 がんゲノム医療外来": as much as is known. */
    static String visit(ScheduledVisit visit, Locale locale) {
        if (visit == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(day(visit.date(), locale));
        if (visit.time() != null) {
            text.append(' ').append(TIME.format(visit.time()));
        }
        if (visit.place() != null) {
            text.append(' ').append(visit.place());
        }
        return text.toString();
    }
}
