package jp.renkei.counseling.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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

import jp.renkei.counseling.BookingDetails;
import jp.renkei.counseling.BookingPermissions;
import jp.renkei.counseling.BookingStatus;
import jp.renkei.counseling.CounselingRefused;
import jp.renkei.counseling.CounselingService;
import jp.renkei.counseling.SlotOffer;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;

/** One session: when, who, the video link and calendar file, its history, and what can still change. */
@Route("counseling/bookings/:id")
@RolesAllowed({ Role.Names.LIAISON_CLINICIAN, Role.Names.CORE_COORDINATOR, Role.Names.GENETIC_COUNSELOR })
class BookingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CounselingService counseling;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final H2 title = new H2();
    final FormLayout facts = new FormLayout();
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout history = new VerticalLayout();
    private BookingDetails booking;

    private final jp.renkei.shared.live.LiveUpdates live;

    BookingView(CounselingService counseling, jp.renkei.shared.live.LiveUpdates live) {
        this.counseling = counseling;
        this.live = live;
        setMaxWidth("60rem");
        facts.setId("booking-facts");
        facts.addClassName("section-card");
        actions.setId("booking-actions");
        history.setPadding(false);
        history.setSpacing(false);
        add(title, facts, actions, new H3(getTranslation("counseling.history")), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(counseling.get(event.getRouteParameters().getLong("id").orElse(0L)));
            live.subscribe(this, jp.renkei.shared.live.LiveTopics.booking(booking.id()), () -> show(counseling.get(booking.id())));
        } catch (CounselingRefused e) {
            throw new jp.renkei.shared.ui.RecordNotFound(event.getLocation().getPath());
        }
    }

    private void show(BookingDetails b) {
        booking = b;
        title.setText(getTranslation("counseling.type." + b.sessionType().name()) + "　"
                + CounselingTexts.when(b.slot(), locale));
        facts.removeAll();
        item("referral.status", new Span(getTranslation("counseling.status." + b.status().name())));
        item("referral.patient", new Span(b.patientName() + "（" + b.patientHospitalId() + "）"));
        item("counseling.counselor", new Span(b.counselor().displayName() + "・"
                + getTranslation("counseling.qualification." + b.counselor().qualification().name())));
        Anchor video = new Anchor(b.videoUrl(), b.videoUrl());
        video.setId("video-link");
        video.setTarget("_blank");
        item("counseling.video", video);
        Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = counseling.icsOf(b.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "renkei-counseling-" + b.id() + ".ics",
                    "text/calendar", bytes.length);
        }), getTranslation("counseling.ics"));
        ics.setId("ics-download");
        ics.getElement().setAttribute("download", true);
        item("counseling.calendar", ics);
        if (b.status() == BookingStatus.COMPLETED) {
            item("counseling.outcome", new Span(outcomeText(b)));
        }
        actions.removeAll();
        if (b.status() == BookingStatus.BOOKED) {
            BookingPermissions may = counseling.permissions();
            if (may.reschedule()) {
                actions.add(button("booking-reschedule", "counseling.reschedule", this::reschedule));
            }
            if (may.cancel()) {
                actions.add(button("booking-cancel", "counseling.cancel", this::cancel));
            }
            if (may.recordNoShow()) {
                actions.add(button("booking-no-show", "counseling.noShow", () -> run(() ->
                        counseling.recordNoShow(b.id(), b.version()))));
            }
            if (may.recordOutcome()) {
                actions.add(button("booking-outcome", "counseling.recordOutcome", this::outcome));
            }
        }
        history.removeAll();
        b.history().reversed().forEach(h -> history.add(new Div(new Span(CounselingTexts.at(h.occurredAt(), locale)
                + "　" + h.actorName() + "　" + getTranslation("counseling.action." + h.action())
                + (h.note() == null ? "" : "：" + h.note())))));
    }

    private String outcomeText(BookingDetails b) {
        return getTranslation("counseling.outcome.furtherTesting") + "：" + yesNo(b.furtherTestingAdvised()) + "　"
                + getTranslation("counseling.outcome.family") + "：" + yesNo(b.familyCounselingAdvised())
                + (b.outcomeNote() == null ? "" : "　" + b.outcomeNote());
    }

    private String yesNo(Boolean value) {
        return getTranslation(Boolean.TRUE.equals(value) ? "counseling.yes" : "counseling.no");
    }

    private void item(String labelKey, com.vaadin.flow.component.Component value) {
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
            run(() -> counseling.cancel(booking.id(), booking.version(), reason.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void reschedule() {
        Dialog dialog = new Dialog(getTranslation("counseling.reschedule"));
        ComboBox<SlotOffer> slot = new ComboBox<>(getTranslation("counseling.newTime"));
        slot.setItems(counseling.freeSlots(booking.sessionType(), booking.counselor().id()));
        slot.setItemLabelGenerator(o -> CounselingTexts.when(o.slot(), locale));
        slot.setWidthFull();
        TextArea reason = new TextArea(getTranslation("referral.step.reason"));
        reason.setWidthFull();
        dialog.add(new VerticalLayout(slot, reason));
        Button confirm = new Button(getTranslation("counseling.reschedule"), e -> {
            if (slot.getValue() == null) {
                slot.setInvalid(true);
                return;
            }
            dialog.close();
            run(() -> counseling.reschedule(booking.id(), booking.version(), slot.getValue().slot().start(),
                    reason.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
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
            run(() -> counseling.recordOutcome(booking.id(), booking.version(), furtherTesting.getValue(),
                    family.getValue(), note.getValue()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void run(java.util.function.Supplier<BookingDetails> step) {
        try {
            show(step.get());
            Notifications.success(getTranslation("counseling.saved"));
        } catch (CounselingRefused e) {
            Notifications.error(getTranslation(e.messageKey()));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(getTranslation("error.accessDenied.message"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counseling.title") + " | " + getTranslation("app.name");
    }
}
