package jp.renkei.counseling.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.counseling.AvailabilityService;
import jp.renkei.counseling.BookingDetails;
import jp.renkei.counseling.BookingService;
import jp.renkei.counseling.BookingStatus;
import jp.renkei.counseling.BookingStep;
import jp.renkei.counseling.CalendarFile;
import jp.renkei.counseling.SlotOffer;
import jp.renkei.referral.ReferralId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.HistoryEntry;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;

/**
 * One session: when (with the year), who, the referral it serves, the video link while it is booked, the
 * calendar file, the steps the booking offers this viewer, and its history with old → new times.
 */
@Route("counseling/bookings/:id")
@RolesAllowed({ Role.Names.LIAISON_CLINICIAN, Role.Names.CORE_COORDINATOR, Role.Names.GENETIC_COUNSELOR })
class BookingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BookingService bookings;
    private final AvailabilityService availability;
    private final Clock clock;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final H2 title = new H2();
    final FormLayout facts = new FormLayout();
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout history = new VerticalLayout();
    BookingDetails booking;

    private final jp.renkei.shared.live.LiveUpdates live;

    BookingView(BookingService bookings, AvailabilityService availability, Clock clock,
            jp.renkei.shared.live.LiveUpdates live) {
        this.bookings = bookings;
        this.availability = availability;
        this.clock = clock;
        this.live = live;
        setMaxWidth("60rem");
        facts.setId("booking-facts");
        facts.addClassName("section-card");
        actions.setId("booking-actions");
        history.setId("booking-history");
        history.setPadding(false);
        history.setSpacing(false);
        add(title, facts, actions, new H3(getTranslation("counseling.history")), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a missing booking, or another hospital's, raises NotFound: the shell's not-found page shows it
        show(bookings.get(event.getRouteParameters().getLong("id").orElse(0L)));
        live.subscribe(this, jp.renkei.shared.live.LiveTopics.booking(booking.id()), () -> show(bookings.get(booking.id())));
    }

    void show(BookingDetails b) {
        booking = b;
        title.setText(getTranslation("counseling.type." + b.sessionType().name()) + "　"
                + CounselingTexts.whenWithYear(b.slot(), locale));
        facts.removeAll();
        item("referral.status", new Span(getTranslation("counseling.status." + b.status().name())));
        item("referral.patient", new Span(b.patientName() + "（" + b.patientHospitalId() + "）"));
        if (b.referralId() != null) {
            Anchor referral = new Anchor("referrals/" + b.referralId(), new ReferralId(b.referralId()).display());
            referral.setId("booking-referral");
            item("counseling.referral", referral);
        }
        item("counseling.counselor", new Span(b.counselor().displayName() + "・"
                + getTranslation("counseling.qualification." + b.counselor().qualification().name())));
        if (b.status() == BookingStatus.BOOKED) { // a called-off or past session has no room to join
            Anchor video = new Anchor(b.videoUrl(), b.videoUrl());
            video.setId("video-link");
            video.setTarget("_blank");
            item("counseling.video", video);
        }
        item("counseling.calendar", icsLink(b.id()));
        if (b.status() == BookingStatus.COMPLETED) {
            item("counseling.outcome", new Span(outcomeText(b)));
        }
        actions.removeAll();
        for (BookingStep step : b.nextSteps()) {
            actions.add(button(step));
        }
        history.removeAll();
        b.history().reversed().forEach(h -> history.add(new Div(new Span(historyLine(h)))));
    }

    private String historyLine(HistoryEntry h) {
        return CounselingTexts.at(h.occurredAt(), locale) + "　" + h.actorName() + "　"
                + getTranslation("counseling.action." + h.action())
                + (h.detail() == null ? "" : "　" + h.detail())
                + (h.note() == null ? "" : "：" + h.note());
    }

    private Anchor icsLink(long id) {
        Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
            CalendarFile file = bookings.icsOf(id);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), getTranslation("counseling.ics"));
        ics.setId("ics-download");
        ics.getElement().setAttribute("download", true);
        return ics;
    }

    private Button button(BookingStep step) {
        return switch (step) {
            case RESCHEDULE -> button("booking-reschedule", "counseling.reschedule", this::reschedule);
            case CANCEL -> button("booking-cancel", "counseling.cancel", this::cancel);
            case RECORD_NO_SHOW -> button("booking-no-show", "counseling.noShow",
                    () -> run(() -> bookings.recordNoShow(booking.id(), booking.version())));
            case RECORD_OUTCOME -> button("booking-outcome", "counseling.recordOutcome", this::outcome);
        };
    }

    private String outcomeText(BookingDetails b) {
        return getTranslation("counseling.outcome.furtherTesting") + "：" + yesNo(b.furtherTestingAdvised()) + "　"
                + getTranslation("counseling.outcome.family") + "：" + yesNo(b.familyCounselingAdvised())
                + (b.outcomeNote() == null ? "" : "　" + b.outcomeNote());
    }

    private String yesNo(Boolean value) {
        return getTranslation(Boolean.TRUE.equals(value) ? "counseling.yes" : "counseling.no");
    }

    private void item(String labelKey, Component value) {
        facts.addFormItem(value, getTranslation(labelKey));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }

    private void cancel() {
        Dialog dialog = new Dialog(getTranslation("counseling.cancel"));
        TextArea reason = new TextArea(getTranslation("referral.step.reason"));
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(getTranslation("counseling.cancel"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("referral.step.textRequired"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            run(() -> bookings.cancel(booking.id(), booking.version(), reason.getValue()));
        });
        confirm.setId("confirm-cancel");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** A new time picked as when booking (a day, then a time of the same counselor), with an optional reason. */
    private void reschedule() {
        Dialog dialog = new Dialog(getTranslation("counseling.reschedule"));
        dialog.setId("reschedule-dialog");
        Span chosen = new Span(getTranslation("counseling.pickNewTime"));
        chosen.setId("reschedule-choice");
        SlotOffer[] picked = new SlotOffer[1];
        SlotPicker picker = new SlotPicker(locale, LocalDate.now(clock.withZone(JapanTime.ZONE)),
                availability.lastBookableDay(),
                day -> availability.freeSlotsOn(booking.sessionType(), booking.counselor().id(), day), offer -> {
                    picked[0] = offer;
                    chosen.setText(getTranslation("counseling.newTime") + "："
                            + CounselingTexts.whenWithYear(offer.slot(), locale));
                });
        picker.setFreeTimes(availability.freeTimes(booking.sessionType(), booking.counselor().id(), null));
        TextArea reason = new TextArea(getTranslation("referral.step.reason"));
        reason.setId("reschedule-reason");
        reason.setWidthFull();
        dialog.add(new VerticalLayout(picker, chosen, reason));
        Button confirm = new Button(getTranslation("counseling.reschedule"), e -> {
            if (picked[0] == null) {
                chosen.getStyle().set("color", "var(--lumo-error-text-color)");
                return;
            }
            dialog.close();
            run(() -> bookings.reschedule(booking.id(), booking.version(), picked[0].slot().start(),
                    reason.getValue()));
        });
        confirm.setId("confirm-reschedule");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("action.cancel"), e -> dialog.close());
        keep.setId("keep-time");
        dialog.getFooter().add(keep, confirm);
        dialog.open();
    }

    private void outcome() {
        Dialog dialog = new Dialog(getTranslation("counseling.recordOutcome"));
        Checkbox furtherTesting = new Checkbox(getTranslation("counseling.outcome.furtherTesting"));
        Checkbox family = new Checkbox(getTranslation("counseling.outcome.family"));
        TextArea note = new TextArea(getTranslation("referral.step.note"));
        note.setWidthFull();
        dialog.add(new VerticalLayout(furtherTesting, family, note));
        Button save = new Button(getTranslation("action.save"), e -> {
            dialog.close();
            run(() -> bookings.recordOutcome(booking.id(), booking.version(), furtherTesting.getValue(),
                    family.getValue(), note.getValue()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void run(Supplier<BookingDetails> step) {
        try {
            show(step.get());
            Notifications.success(getTranslation("counseling.saved"));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(getTranslation("error.accessDenied.message"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counseling.title") + " | " + getTranslation("app.name");
    }
}
