package jp.renkei.counseling.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import org.springframework.web.util.HtmlUtils;

import jp.renkei.counseling.AvailabilityException;
import jp.renkei.counseling.BookingLine;
import jp.renkei.counseling.BookingStatus;
import jp.renkei.counseling.CounselorWeek;
import jp.renkei.shared.JapanTime;

/**
 * The counselor's weeks as a calendar: one column a weekday, one card a day with its sessions (each a link to its
 * booking), a day of leave with its reason, and how many times are still free. Drawn as one element from one HTML
 * string (styles in renkei.css): fourteen cards of Vaadin components, each with its own style map, made the
 * counselor's page twice as heavy per open tab as home (performance.md, "Memory per UI").
 */
class WeekCalendar extends Composite<Div> {

    private final Locale locale;

    WeekCalendar(Locale locale) {
        this.locale = locale;
        getContent().addClassName("week-calendar");
    }

    void show(List<CounselorWeek> weeks, LocalDate today) {
        StringBuilder html = new StringBuilder(8192);
        for (CounselorWeek week : weeks) {
            for (int i = 0; i < 7; i++) {
                day(html, week, week.monday().plusDays(i), today);
            }
        }
        getContent().getElement().setProperty("innerHTML", html.toString());
    }

    private void day(StringBuilder html, CounselorWeek week, LocalDate day, LocalDate today) {
        html.append("<div class=\"week-day").append(day.equals(today) ? " today" : "").append("\">");
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        html.append("<span class=\"week-date").append(weekend ? " weekend" : "").append("\">")
                .append(escape(day.getMonthValue() + "/" + day.getDayOfMonth() + "（"
                        + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + "）"))
                .append("</span>");
        week.sessions().stream()
                .filter(s -> s.slot().start().atZone(JapanTime.ZONE).toLocalDate().equals(day))
                .filter(s -> s.status() != BookingStatus.CANCELLED)
                .forEach(s -> session(html, s));
        String leave = leave(week, day);
        long free = week.freeSlots().stream()
                .filter(s -> s.start().atZone(JapanTime.ZONE).toLocalDate().equals(day)).count();
        String note = !leave.isEmpty() ? leave : free > 0 ? getTranslation("counseling.freeTimesCount", free) : "";
        if (!note.isEmpty()) {
            html.append("<span class=\"week-note").append(leave.isEmpty() ? "" : " leave").append("\">")
                    .append(escape(note)).append("</span>");
        }
        html.append("</div>");
    }

    /**
     * A link, not a button: the patient's name wraps instead of being cut off, and it can open in a new tab. The
     * router handles the click within the page, as for a {@code RouterLink}.
     */
    private void session(StringBuilder html, BookingLine s) {
        html.append("<a class=\"week-session\" router-link href=\"counseling/bookings/").append(s.id()).append("\">")
                .append(escape(CounselingTexts.TIME.format(s.slot().start()) + " "
                        + getTranslation("counseling.type." + s.sessionType().name()) + "（" + s.patientName() + "）"))
                .append("</a>");
    }

    /** A day of leave, with its reason, wherever it was entered. */
    private String leave(CounselorWeek week, LocalDate day) {
        return Stream.concat(week.counselor().exceptions().stream(), week.counselor().leaveElsewhere().stream())
                .filter(e -> e.date().equals(day) && e.kind() == AvailabilityException.Kind.CLOSED)
                .map(e -> e.reason() == null ? getTranslation("counseling.onLeave")
                        : getTranslation("counseling.onLeaveBecause", e.reason()))
                .findFirst().orElse("");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
