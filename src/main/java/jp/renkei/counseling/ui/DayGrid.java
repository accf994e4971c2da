package jp.renkei.counseling.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import org.springframework.web.util.HtmlUtils;

/**
 * The slot picker's weeks of days as one element: the cells are plain {@code <button class="booking-day"
 * data-date="2026-12-01">} drawn from one HTML string, and one click listener on the grid says which date was
 * clicked. Forty-two Vaadin buttons with their listeners and tooltips made the booking page the heaviest view per
 * open tab (performance.md, "Memory per UI"). Native buttons keep keyboard access: days with free times are
 * focusable and open with Enter or Space, the others are disabled.
 */
class DayGrid extends Composite<Div> {

    DayGrid(Consumer<LocalDate> onDay) {
        getContent().setId("booking-days");
        ButtonsClicked.listen(getContent().getElement(), "date", date -> {
            try {
                onDay.accept(LocalDate.parse(date));
            } catch (DateTimeParseException notADate) {
                // only a tampered client sends anything but the ISO dates drawn here: nothing to select
            }
        });
    }

    /** Draws the days from {@code firstMonday} to {@code last}: free days stand out, {@code selected} is marked. */
    void show(LocalDate firstMonday, LocalDate last, LocalDate selected, SortedMap<LocalDate, Integer> freeDays,
            Locale locale) {
        StringBuilder html = new StringBuilder(4096);
        for (int i = 0; i < 7; i++) {
            String weekday = DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT, locale);
            html.append("<span class=\"booking-weekday\">").append(HtmlUtils.htmlEscape(weekday)).append("</span>");
        }
        for (LocalDate day = firstMonday; !day.isAfter(last); day = day.plusDays(1)) {
            boolean free = freeDays.containsKey(day);
            html.append("<button type=\"button\" class=\"booking-day")
                    .append(day.equals(selected) ? " selected" : free ? " free" : "")
                    .append("\" data-date=\"").append(day).append('"');
            if (free) {
                String freeTimes = getTranslation("counseling.freeTimesCount", freeDays.get(day));
                html.append(" title=\"").append(HtmlUtils.htmlEscape(freeTimes)).append('"');
            } else {
                html.append(" disabled");
            }
            if (day.equals(selected)) {
                html.append(" aria-pressed=\"true\"");
            }
            // the first of a month, and the first cell, say which month they are in
            html.append('>').append(day.getDayOfMonth() == 1 || day.equals(firstMonday)
                    ? day.getMonthValue() + "/" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth()))
                    .append("</button>");
        }
        getContent().getElement().setProperty("innerHTML", html.toString());
    }
}
