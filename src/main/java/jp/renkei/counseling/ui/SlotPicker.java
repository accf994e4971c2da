package jp.renkei.counseling.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.renkei.counseling.FreeTimes;
import jp.renkei.counseling.SlotOffer;

/**
 * Pick a day, then a time, as in a modern scheduler: six weeks of day buttons from the chosen day's week (days
 * with free times stand out, the others are disabled), a date field to jump anywhere within the horizon, and
 * the chosen day's times. Rolling weeks rather than calendar months, so that on the 30th the coming weeks
 * are in view. The six weeks are one element ({@link DayGrid}) and so are the chosen day's times ({@link TimeList}),
 * to keep each UI small.
 */
class SlotPicker extends Composite<FlexLayout> {

    private final Locale locale;
    private final LocalDate today;
    private final LocalDate lastDay;
    private final Function<LocalDate, List<SlotOffer>> timesOn;
    private SortedMap<LocalDate, Integer> freeDays = Collections.emptySortedMap();
    private static final int WEEKS = 6;
    private LocalDate firstMonday;
    LocalDate selected;

    final DatePicker jump = new DatePicker();
    final Span monthLabel = new Span();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final DayGrid days = new DayGrid(this::dayClicked);
    final H4 dayTitle = new H4();
    final TimeList times;

    SlotPicker(Locale locale, LocalDate today, LocalDate lastDay, Function<LocalDate, List<SlotOffer>> timesOn,
            Consumer<SlotOffer> onPick) {
        this.locale = locale;
        this.today = today;
        this.lastDay = lastDay;
        this.timesOn = timesOn;
        this.times = new TimeList(onPick);
        jump.setId("booking-date");
        jump.setLabel(getTranslation("counseling.jumpToDate"));
        jump.setMin(today);
        jump.setMax(lastDay);
        jump.setLocale(locale);
        jump.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select(e.getValue());
            }
        });
        previous.setId("weeks-earlier");
        previous.setAriaLabel(getTranslation("counseling.earlierWeeks"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> showWeeks(firstMonday.minusWeeks(WEEKS)));
        next.setId("weeks-later");
        next.setAriaLabel(getTranslation("counseling.laterWeeks"));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(e -> showWeeks(firstMonday.plusWeeks(WEEKS)));
        monthLabel.getStyle().set("font-weight", "600").set("min-width", "12em").set("text-align", "center");
        HorizontalLayout header = new HorizontalLayout(previous, monthLabel, next);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout calendar = new VerticalLayout(jump, header, days);
        calendar.setPadding(false);
        calendar.setWidth("auto");
        VerticalLayout dayColumn = new VerticalLayout(dayTitle, times);
        dayColumn.setPadding(false);
        dayColumn.setWidth("32rem");
        getContent().add(calendar, dayColumn);
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().getStyle().set("gap", "var(--lumo-space-xl)");
    }

    /** New free days (another session type or counselor), with the times of the day the service chose to show. */
    void setFreeTimes(FreeTimes free) {
        this.freeDays = free.perDay();
        show(free.day() == null ? today : free.day(), free.times());
    }

    void select(LocalDate day) {
        show(day, freeDays.containsKey(day) ? timesOn.apply(day) : List.of());
    }

    private void show(LocalDate day, List<SlotOffer> times) {
        selected = day;
        jump.setValue(day);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (firstMonday == null || day.isBefore(firstMonday) || !day.isBefore(firstMonday.plusWeeks(WEEKS))) {
            firstMonday = monday;
        }
        showWeeks(firstMonday);
        dayTitle.setText(CounselingTexts.day(day, locale));
        this.times.show(times, getTranslation(
                freeDays.isEmpty() ? "counseling.noFreeTimes" : "counseling.noFreeTimesThatDay"), locale);
    }

    private void showWeeks(LocalDate monday) {
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        firstMonday = monday.isBefore(thisWeek) ? thisWeek : monday;
        LocalDate last = firstMonday.plusWeeks(WEEKS).minusDays(1);
        monthLabel.setText(CounselingTexts.month(firstMonday, locale)
                + (last.getMonth() == firstMonday.getMonth() ? "" : " – " + CounselingTexts.month(last, locale)));
        previous.setEnabled(firstMonday.isAfter(thisWeek));
        next.setEnabled(last.isBefore(lastDay));
        days.show(firstMonday, last, selected, freeDays, locale);
    }

    /** A day clicked in the grid: only days with free times are enabled there, so only those are taken. */
    private void dayClicked(LocalDate day) {
        if (freeDays.containsKey(day)) {
            select(day);
        }
    }
}
