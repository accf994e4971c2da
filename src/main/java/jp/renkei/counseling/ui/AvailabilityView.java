package jp.renkei.counseling.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.counseling.AvailabilityException;
import jp.renkei.counseling.AvailabilityService;
import jp.renkei.counseling.CounselorProfile;
import jp.renkei.counseling.OverlappingWindows;
import jp.renkei.counseling.Qualification;
import jp.renkei.counseling.WeeklyWindow;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * The counselor's own page: qualification and languages, weekly hours, one-off leave or extra hours
 * (public holidays are closed unless extra hours say otherwise), and this week's sessions and free time.
 */
@Route("counseling/availability")
@Menu(order = 21, title = "nav.availability", icon = "vaadin:calendar-clock")
@RolesAllowed(Role.Names.GENETIC_COUNSELOR)
class AvailabilityView extends VerticalLayout implements HasDynamicTitle {

    private final java.time.Clock clock;

    private final AvailabilityService counseling;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final Select<Qualification> qualification = new Select<>();
    final TextField languages = new TextField();
    final VerticalLayout windows = new VerticalLayout();
    final List<WindowRow> windowRows = new ArrayList<>();
    /** Built when the counselor opens the editors: most visits only look at the calendar. */
    ExceptionsEditor exceptions;
    final Button save = new Button();
    final WeekCalendar week;
    private final VerticalLayout hours = new VerticalLayout();

    AvailabilityView(AvailabilityService counseling, java.time.Clock clock) {
        this.clock = clock;
        this.counseling = counseling;
        this.week = new WeekCalendar(locale);
        setMaxWidth("70rem");
        CounselorProfile profile = counseling.myProfile();
        qualification.setLabel(getTranslation("counseling.qualification"));
        qualification.setItems(Qualification.values());
        qualification.setItemLabelGenerator(q -> q == null ? "" : getTranslation("counseling.qualification." + q.name()));
        qualification.setValue(profile.qualification());
        languages.setLabel(getTranslation("counseling.languages"));
        languages.setValue(profile.languages());
        windows.setId("weekly-windows");
        windows.setPadding(false);
        save.setText(getTranslation("counseling.publish"));
        save.setId("publish-availability");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> publish());
        hours.setPadding(false);
        Button edit = new Button(getTranslation("counseling.editAvailability"), VaadinIcon.EDIT.create(),
                e -> openEditors(profile));
        edit.setId("edit-availability");
        hours.add(new H3(getTranslation("counseling.weekly")), AvailabilitySummary.weekly(profile.weekly(), locale),
                new H3(getTranslation("counseling.exceptions")), AvailabilitySummary.exceptions(profile.exceptions()),
                edit);

        week.setId("my-week");

        // the calendar first: what a counselor opens this page for most days
        add(new H2(getTranslation("counseling.availabilityTitle")), new H3(getTranslation("counseling.thisWeek")),
                week, new HorizontalLayout(qualification, languages), hours, leaveElsewhere(profile), save);
        showWeek();
    }

    /** The weekly hours and the one-off leave as editable rows, in place of their summary. */
    private void openEditors(CounselorProfile profile) {
        profile.weekly().forEach(this::addWindow);
        Button addWindow = new Button(getTranslation("counseling.addWindow"), VaadinIcon.PLUS.create(),
                e -> addWindow(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
        addWindow.setId("add-window");
        addWindow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exceptions = new ExceptionsEditor(profile.exceptions(), LocalDate.now(clock.withZone(JapanTime.ZONE)));
        hours.removeAll();
        hours.add(new H3(getTranslation("counseling.weekly")), new Paragraph(getTranslation("counseling.weeklyHint")),
                windows, addWindow, new H3(getTranslation("counseling.exceptions")), exceptions);
    }

    private void addWindow(WeeklyWindow window) {
        WindowRow row = new WindowRow(window);
        windowRows.add(row);
        windows.add(row.layout);
    }

    private void publish() {
        try {
            // the hours and leave as they are unless the counselor opened them for editing
            CounselorProfile stored = exceptions == null ? counseling.myProfile() : null;
            List<WeeklyWindow> weekly = stored != null ? stored.weekly()
                    : windowRows.stream().map(WindowRow::value).toList();
            List<AvailabilityException> oneOffs = stored != null ? stored.exceptions() : exceptions.value();
            counseling.publishAvailability(qualification.getValue(), languages.getValue(), weekly, oneOffs);
            Notifications.success(getTranslation("counseling.published"));
            showWeek();
        } catch (OverlappingWindows e) {
            Notifications.error(getTranslation(e.messageKey(), e.day().getDisplayName(TextStyle.FULL, getLocale()),
                    e.arguments().get(0), e.arguments().get(1)));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        } catch (IllegalArgumentException | NullPointerException e) {
            Notifications.error(getTranslation("counseling.error.invalidWindow"));
        }
    }

    /** This week and next as a calendar: sessions of any booking hospital this one is party to, leave, free times. */
    private void showWeek() {
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        week.show(List.of(counseling.myWeek(monday), counseling.myWeek(monday.plusWeeks(1))), today);
    }

    /** Leave entered at the counselor's other hospitals: it closes this hospital's hours too. */
    private com.vaadin.flow.component.Component leaveElsewhere(CounselorProfile profile) {
        if (profile.leaveElsewhere().isEmpty()) {
            return new com.vaadin.flow.component.html.Span();
        }
        return new Paragraph(getTranslation("counseling.leaveElsewhere", profile.leaveElsewhere().stream()
                .map(e -> e.date().format(java.time.format.DateTimeFormatter.ofPattern("yyyy/M/d"))
                        + (e.reason() == null ? "" : "（" + e.reason() + "）"))
                .collect(Collectors.joining("、"))));
    }

    private final class WindowRow {
        final Select<DayOfWeek> day = new Select<>();
        final TimePicker start = new TimePicker();
        final TimePicker end = new TimePicker();
        final HorizontalLayout layout;

        WindowRow(WeeklyWindow window) {
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(d -> d == null ? "" : d.getDisplayName(TextStyle.FULL, locale));
            day.setValue(window.day());
            start.setStep(java.time.Duration.ofMinutes(30));
            end.setStep(java.time.Duration.ofMinutes(30));
            start.setValue(window.start());
            end.setValue(window.end());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            layout = new HorizontalLayout(day, start, new com.vaadin.flow.component.html.Span("–"), end, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.addClassName("window-row");
        }

        WeeklyWindow value() {
            return new WeeklyWindow(day.getValue(), start.getValue(), end.getValue());
        }

        void remove() {
            windowRows.remove(this);
            windows.remove(layout);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counseling.availabilityTitle") + " | " + getTranslation("app.name");
    }
}
