package jp.renkei.counseling.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.renkei.counseling.TimeRange;
import jp.renkei.shared.JapanTime;

/** Session times as people read them: Tokyo time, with the weekday, and the year where a record is shown. */
final class CounselingTexts {

    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("M月d日（E） HH:mm", Locale.JAPANESE)
            .withZone(JapanTime.ZONE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)
            .withZone(JapanTime.ZONE);
    private static final DateTimeFormatter JA_YEAR = DateTimeFormatter.ofPattern("yyyy年M月d日（E） HH:mm",
            Locale.JAPANESE).withZone(JapanTime.ZONE);
    private static final DateTimeFormatter EN_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            Locale.ENGLISH).withZone(JapanTime.ZONE);
    private static final DateTimeFormatter DAY_JA = DateTimeFormatter.ofPattern("yyyy年M月d日（E）", Locale.JAPANESE);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_JA = DateTimeFormatter.ofPattern("yyyy年M月", Locale.JAPANESE);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(JapanTime.ZONE);

    private CounselingTexts() {
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    static String at(Instant instant, Locale locale) {
        return (english(locale) ? EN_YEAR : JA_YEAR).format(instant);
    }

    /** Within the coming weeks (lists), where the year goes without saying. */
    static String when(TimeRange slot, Locale locale) {
        return (english(locale) ? EN : JA).format(slot.start()) + "–" + TIME.format(slot.end());
    }

    /** A booking's time as a record: with the year. */
    static String whenWithYear(TimeRange slot, Locale locale) {
        return (english(locale) ? EN_YEAR : JA_YEAR).format(slot.start()) + "–" + TIME.format(slot.end());
    }

    static String day(LocalDate day, Locale locale) {
        return (english(locale) ? DAY_EN : DAY_JA).format(day);
    }

    static String month(LocalDate day, Locale locale) {
        return (english(locale) ? MONTH_EN : MONTH_JA).format(day);
    }
}
