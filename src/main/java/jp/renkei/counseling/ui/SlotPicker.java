package jp.renkei.counseling.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.renkei.counseling.SlotOffer;

/**
 * Pick a day, then a time, as in a modern scheduler: a month of day buttons (days with free times stand out,
 * the others are disabled), a date field to jump anywhere within the horizon, and the chosen day's times.
 * Only one month and one day's times exist as components at a time, to keep each UI small.
 */
class SlotPicker extends Composite<FlexLayout> {

    private final Locale locale;
    private final LocalDate today;
    private final LocalDate lastDay;
    private final Function<LocalDate, List<SlotOffer>> timesOn;
    private final Consumer<SlotOffer> onPick;
    private SortedMap<LocalDate, Integer> freeDays = new TreeMap<>();
    private LocalDate month;
    LocalDate selected;

    final DatePicker jump = new DatePicker();
    final Span monthLabel = new Span();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Div days = new Div();
    final H4 dayTitle = new H4();
    final VerticalLayout times = new VerticalLayout();

    SlotPicker(Locale locale, LocalDate today, LocalDate lastDay, Function<LocalDate, List<SlotOffer>> timesOn,
            Consumer<SlotOffer> onPick) {
        this.locale = locale;
        this.today = today;
        this.lastDay = lastDay;
        this.timesOn = timesOn;
        this.onPick = onPick;
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
        previous.setId("month-previous");
        previous.setAriaLabel(getTranslation("counseling.previousMonth"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> showMonth(month.minusMonths(1)));
        next.setId("month-next");
        next.setAriaLabel(getTranslation("counseling.nextMonth"));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(e -> showMonth(month.plusMonths(1)));
        monthLabel.getStyle().set("font-weight", "600").set("min-width", "8em").set("text-align", "center");
        HorizontalLayout header = new HorizontalLayout(previous, monthLabel, next);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        days.setId("booking-days");
        days.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, 2.6rem)")
                .set("gap", "var(--lumo-space-xs)");
        VerticalLayout calendar = new VerticalLayout(jump, header, days);
        calendar.setPadding(false);
        calendar.setWidth("auto");
        times.setId("day-times");
        times.setPadding(false);
        times.setSpacing(false);
        times.getStyle().set("gap", "var(--lumo-space-xs)");
        VerticalLayout dayColumn = new VerticalLayout(dayTitle, times);
        dayColumn.setPadding(false);
        dayColumn.setWidth("24rem");
        getContent().add(calendar, dayColumn);
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().getStyle().set("gap", "var(--lumo-space-xl)");
    }

    /** New free days (another session type or counselor): shows the first free day, or the chosen one. */
    void setFreeDays(SortedMap<LocalDate, Integer> freeDays) {
        this.freeDays = new TreeMap<>(freeDays);
        LocalDate day = selected != null && freeDays.containsKey(selected) ? selected
                : freeDays.isEmpty() ? today : freeDays.firstKey();
        select(day);
    }

    void select(LocalDate day) {
        selected = day;
        jump.setValue(day);
        showMonth(day.withDayOfMonth(1));
        dayTitle.setText(CounselingTexts.day(day, locale));
        times.removeAll();
        List<SlotOffer> offers = freeDays.containsKey(day) ? timesOn.apply(day) : List.of();
        if (offers.isEmpty()) {
            times.add(new Paragraph(getTranslation(freeDays.isEmpty() ? "counseling.noFreeTimes"
                    : "counseling.noFreeTimesThatDay")));
        }
        offers.forEach(offer -> times.add(timeButton(offer)));
    }

    private Button timeButton(SlotOffer offer) {
        Button time = new Button(CounselingTexts.TIME.format(offer.slot().start()) + "–"
                + CounselingTexts.TIME.format(offer.slot().end()) + "　"
                + offer.counselor().displayName() + "（" + offer.hospital().name(locale) + "）", e -> onPick.accept(offer));
        time.addClassName("book-slot");
        time.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        time.setWidthFull();
        time.getStyle().set("justify-content", "flex-start");
        return time;
    }

    private void showMonth(LocalDate first) {
        month = first;
        monthLabel.setText(CounselingTexts.month(first, locale));
        previous.setEnabled(first.isAfter(today.withDayOfMonth(1)));
        next.setEnabled(!first.plusMonths(1).isAfter(lastDay));
        days.removeAll();
        for (int i = 0; i < 7; i++) {
            Span weekday = new Span(DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT, locale));
            weekday.getStyle().set("text-align", "center").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            days.add(weekday);
        }
        LocalDate start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = first.with(TemporalAdjusters.lastDayOfMonth());
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            days.add(day.getMonth() == first.getMonth() ? dayButton(day) : new Span());
        }
    }

    private Button dayButton(LocalDate day) {
        LocalDate chosen = day;
        Button button = new Button(String.valueOf(day.getDayOfMonth()), e -> select(chosen));
        button.addClassName("booking-day");
        button.getElement().setAttribute("data-date", day.toString());
        button.getStyle().set("min-width", "0").set("padding", "0");
        boolean free = freeDays.containsKey(day);
        button.setEnabled(free);
        if (day.equals(selected)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (free) {
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
            button.getStyle().set("font-weight", "700").set("background", "var(--lumo-primary-color-10pct)");
        }
        if (free) {
            button.setTooltipText(getTranslation("counseling.freeTimesCount", freeDays.get(day)));
        }
        return button;
    }
}
