package jp.renkei.counseling;

import java.time.DayOfWeek;

/**
 * Two weekly windows share time on one weekday. The weekday is kept apart from the message's arguments because the
 * service does not know the reader's language; the page names it ({@code counseling.error.overlappingWindows}: the
 * weekday, then both windows).
 */
public class OverlappingWindows extends CounselingRefused {

    private final DayOfWeek day;

    OverlappingWindows(WeeklyWindow first, WeeklyWindow second) {
        super("counseling.error.overlappingWindows", first.toString(), second.toString());
        this.day = first.day();
    }

    public DayOfWeek day() {
        return day;
    }
}
