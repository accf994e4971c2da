package jp.renkei.counseling.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.renkei.counseling.TimeRange;
import jp.renkei.shared.JapanTime;

/** Session times as people read them: Tokyo time, with the weekday. */
final class CounselingTexts {

    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("M月d日（E） HH:mm", Locale.JAPANESE)
            .withZone(JapanTime.ZONE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)
            .withZone(JapanTime.ZONE);
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("HH:mm").withZone(JapanTime.ZONE);

    private CounselingTexts() {
    }

    static String at(java.time.Instant instant, Locale locale) {
        return (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? EN : JA).format(instant);
    }

    static String when(TimeRange slot, Locale locale) {
        DateTimeFormatter start = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? EN : JA;
        return start.format(slot.start()) + "–" + END.format(slot.end());
    }
}
