package jp.renkei.counseling.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jp.renkei.counseling.AvailabilityException;
import jp.renkei.counseling.BookingDetails;
import jp.renkei.counseling.BookingStatus;
import jp.renkei.counseling.CounselorWeek;
import jp.renkei.shared.JapanTime;

/**
 * The counselor's weeks as a calendar: one column a weekday, one card a day with its sessions (each opens its
 * booking), a day of leave with its reason, and how many times are still free.
 */
class WeekCalendar extends Composite<Div> {

    private final Locale locale;

    WeekCalendar(Locale locale) {
        this.locale = locale;
        getContent().getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(7.5rem, 1fr))")
                .set("gap", "var(--lumo-space-s)").set("width", "100%");
    }

    void show(List<CounselorWeek> weeks, LocalDate today) {
        getContent().removeAll();
        for (CounselorWeek week : weeks) {
            for (int i = 0; i < 7; i++) {
                getContent().add(day(week, week.monday().plusDays(i), today));
            }
        }
    }

    private Div day(CounselorWeek week, LocalDate day, LocalDate today) {
        Div card = new Div();
        card.addClassName("week-day");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("min-height", "5.5rem");
        if (day.equals(today)) {
            card.getStyle().set("border-color", "var(--lumo-primary-color)");
        }
        Span date = new Span(day.getMonthValue() + "/" + day.getDayOfMonth() + "（"
                + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + "）");
        date.getStyle().set("font-weight", "600").set("display", "block");
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        card.add(date);
        week.sessions().stream()
                .filter(s -> s.slot().start().atZone(JapanTime.ZONE).toLocalDate().equals(day))
                .filter(s -> s.status() != BookingStatus.CANCELLED)
                .forEach(s -> card.add(session(s)));
        String leave = leave(week, day);
        long free = week.freeSlots().stream()
                .filter(s -> s.start().atZone(JapanTime.ZONE).toLocalDate().equals(day)).count();
        String note = !leave.isEmpty() ? leave : free > 0 ? getTranslation("counseling.freeTimesCount", free) : "";
        if (!note.isEmpty()) {
            Span small = new Span(note);
            small.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", leave.isEmpty() ? "var(--lumo-secondary-text-color)" : "var(--lumo-error-text-color)");
            card.add(small);
        }
        return card;
    }

    /** A link, not a button: the patient's name wraps instead of being cut off, and it can open in a new tab. */
    private RouterLink session(BookingDetails s) {
        RouterLink open = new RouterLink(CounselingTexts.TIME.format(s.slot().start()) + " "
                + getTranslation("counseling.type." + s.sessionType().name()) + "（" + s.patientName() + "）",
                BookingView.class, new RouteParameters("id", String.valueOf(s.id())));
        open.addClassName("week-session");
        open.getStyle().set("display", "block").set("margin", "var(--lumo-space-xs) 0")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", "var(--lumo-primary-color)").set("color", "var(--lumo-primary-contrast-color)")
                .set("font-size", "var(--lumo-font-size-s)").set("text-decoration", "none");
        return open;
    }

    /** A day of leave, with its reason, wherever it was entered. */
    private String leave(CounselorWeek week, LocalDate day) {
        return Stream.concat(week.counselor().exceptions().stream(), week.counselor().leaveElsewhere().stream())
                .filter(e -> e.date().equals(day) && e.kind() == AvailabilityException.Kind.CLOSED)
                .map(e -> e.reason() == null ? getTranslation("counseling.onLeave")
                        : getTranslation("counseling.onLeaveBecause", e.reason()))
                .findFirst().orElse("");
    }
}
