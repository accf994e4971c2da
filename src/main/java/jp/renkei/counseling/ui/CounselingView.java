package jp.renkei.counseling.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.counseling.AvailabilityService;
import jp.renkei.counseling.BookingDetails;
import jp.renkei.counseling.BookingRequest;
import jp.renkei.counseling.BookingService;
import jp.renkei.counseling.CounselorDirectory;
import jp.renkei.counseling.CounselorProfile;
import jp.renkei.counseling.PanelFollowUpDetails;
import jp.renkei.counseling.PanelFollowUpService;
import jp.renkei.counseling.SessionType;
import jp.renkei.counseling.SlotOffer;
import jp.renkei.counseling.SlotTaken;
import jp.renkei.referral.ReferralSummary;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * Booking a remote counseling session: the patient and the kind of session, then a day with free times and a
 * time of a counselor at this hospital or a partner, then a confirmation. Below, the sessions this hospital
 * booked or hosts, and for coordinators their counselors' week.
 */
@Route("counseling")
@Menu(order = 20, title = "nav.counseling", icon = "vaadin:headset")
@RolesAllowed({ Role.Names.LIAISON_CLINICIAN, Role.Names.CORE_COORDINATOR })
class CounselingView extends VerticalLayout implements HasDynamicTitle {

    private final BookingService bookingService;
    private final AvailabilityService availability;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final ComboBox<ReferralSummary> referral = new ComboBox<>();
    /** Referrals offered because a panel's finding asked for a session, though they did not ask for counseling. */
    private final List<ReferralSummary> addedChoices = new ArrayList<>();
    final TextField patientId = new TextField();
    final TextField patientName = new TextField();
    final Select<SessionType> type = new Select<>();
    final ComboBox<CounselorProfile> counselor = new ComboBox<>();
    final SlotPicker picker;
    Dialog confirmation;

    CounselingView(BookingService bookingService, AvailabilityService availability, CounselorDirectory directory,
            PanelFollowUpService followUps, Clock clock) {
        this.bookingService = bookingService;
        this.availability = availability;
        setMaxWidth("80rem");
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        picker = new SlotPicker(locale, today, availability.lastBookableDay(),
                day -> availability.freeSlotsOn(type.getValue(), counselorId(), day), this::confirm);
        referral.setId("booking-referral");
        referral.setLabel(getTranslation("counseling.fromReferral"));
        // read when the list is opened or typed in, not kept per open page: up to 200 referrals each
        referral.setItems(query -> referralChoices(query.getFilter().orElse("")).skip(query.getOffset())
                .limit(query.getLimit()));
        referral.setItemLabelGenerator(CounselingView::choiceLabel);
        referral.setClearButtonVisible(true);
        referral.setWidth("22em");
        patientId.setId("booking-patient-id");
        patientId.setLabel(getTranslation("referral.patientId"));
        patientName.setId("booking-patient-name");
        patientName.setLabel(getTranslation("referral.nameKanji"));
        referral.addValueChangeListener(e -> {
            patientId.setEnabled(e.getValue() == null);
            patientName.setEnabled(e.getValue() == null);
        });
        type.setId("booking-type");
        type.setLabel(getTranslation("counseling.sessionType"));
        type.setItems(SessionType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("counseling.type." + t.name()));
        type.setValue(SessionType.PRE_TEST);
        type.addValueChangeListener(e -> showFreeDays());
        counselor.setId("booking-counselor");
        counselor.setLabel(getTranslation("counseling.counselor"));
        // read when the list is opened, like the referrals: not kept per open page with each one's hours and leave
        counselor.setItems(query -> directory.bookableCounselors().stream().filter(c -> c.displayName()
                .toLowerCase(locale).contains(query.getFilter().orElse("").toLowerCase(locale)))
                .skip(query.getOffset()).limit(query.getLimit()));
        counselor.setItemLabelGenerator(CounselorProfile::displayName);
        counselor.setClearButtonVisible(true);
        counselor.setWidth("16em");
        counselor.setPlaceholder(getTranslation("counseling.anyCounselor"));
        counselor.addValueChangeListener(e -> showFreeDays());
        picker.setId("free-slots");

        FlexLayout choose = new FlexLayout(referral, patientId, patientName, type, counselor);
        choose.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choose.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("counseling.title")), new Paragraph(getTranslation("counseling.hint.calendar")));
        List<PanelFollowUpDetails> waiting = followUps.awaitingBooking();
        if (!waiting.isEmpty()) { // built only when something waits: most visits have nothing there
            add(new PanelFollowUpSection(waiting, this::bookFor));
        }
        add(choose, picker, new H3(getTranslation("counseling.bookings")),
                new BookingTable(bookingService.visibleBookingLines(), locale));
        showFreeDays();
        // Of the people on this screen, only coordinators oversee the hospital's counselors.
        if (availability.overseesCounselors()) {
            add(new H3(getTranslation("counseling.overview")), overview(today, clock.instant()));
        }
    }

    private CounselorOverview overview(LocalDate today, Instant now) {
        return new CounselorOverview(availability.hospitalWeek(today.with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY))), now, locale);
    }

    /**
     * Fills the form for a referral's patient named elsewhere on the page (a panel's secondary finding): a session on
     * secondary findings, then the usual day and time. The referral joins the choices if it did not ask for counseling.
     */
    private void bookFor(ReferralSummary chosen) {
        ReferralSummary listed = bookingService.referralsForCounseling().stream()
                .filter(r -> r.id().equals(chosen.id())).findFirst().orElse(null);
        if (listed == null && addedChoices.stream().noneMatch(r -> r.id().equals(chosen.id()))) {
            addedChoices.add(chosen);
        }
        referral.setValue(listed != null ? listed
                : addedChoices.stream().filter(r -> r.id().equals(chosen.id())).findFirst().orElseThrow());
        type.setValue(SessionType.SECONDARY_FINDINGS);
        Notifications.success(getTranslation("counseling.followUp.bookingFor", chosen.patientName()));
        picker.scrollIntoView();
    }

    /** The open referrals that asked for counseling, then those added here; matched as a combo box does. */
    private Stream<ReferralSummary> referralChoices(String typed) {
        String text = typed.toLowerCase(locale);
        return Stream.concat(bookingService.referralsForCounseling().stream(), addedChoices.stream())
                .filter(r -> choiceLabel(r).toLowerCase(locale).contains(text));
    }

    private static String choiceLabel(ReferralSummary r) {
        return r.id().display() + "　" + r.patientName();
    }

    private Long counselorId() {
        return counselor.getValue() == null ? null : counselor.getValue().id();
    }

    private BookingRequest request(SlotOffer offer) {
        return new BookingRequest(offer.counselor().id(), type.getValue(), offer.slot().start(),
                referral.getValue() == null ? null : referral.getValue().id().value(), patientId.getValue(),
                patientName.getValue());
    }

    /** The confirmation step: what will be booked, and a warning if the patient already has such a session. */
    private void confirm(SlotOffer offer) {
        BookingRequest request = request(offer);
        List<BookingDetails> alike;
        try {
            alike = bookingService.activeBookingsLike(request);
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
            return;
        }
        confirmation = new Dialog(getTranslation("counseling.confirmTitle"));
        confirmation.setId("booking-confirmation");
        confirmation.setWidth("min(36rem, 95vw)");
        FormLayout summary = new FormLayout();
        summary.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        summary.addFormItem(new Span(CounselingTexts.whenWithYear(offer.slot(), locale)),
                getTranslation("counseling.when"));
        summary.addFormItem(new Span(getTranslation("counseling.type." + request.type().name())),
                getTranslation("counseling.sessionType"));
        summary.addFormItem(new Span(referral.getValue() != null ? referral.getValue().patientName()
                : patientName.getValue() + "（" + patientId.getValue() + "）"), getTranslation("referral.patient"));
        summary.addFormItem(new Span(offer.counselor().displayName() + "（" + offer.hospital().name(locale) + "）"),
                getTranslation("counseling.counselor"));
        confirmation.add(summary);
        if (!alike.isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("counseling.duplicateWarning",
                    getTranslation("counseling.type." + request.type().name()),
                    alike.stream().map(b -> CounselingTexts.whenWithYear(b.slot(), locale))
                            .collect(Collectors.joining("、"))));
            warning.setId("duplicate-warning");
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            confirmation.add(warning);
        }
        Button book = new Button(getTranslation(alike.isEmpty() ? "counseling.confirmBook"
                : "counseling.confirmBookAnyway"), e -> book(request));
        book.setId("confirm-booking");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmation.getFooter().add(new Button(getTranslation("action.cancel"), e -> confirmation.close()), book);
        confirmation.open();
    }

    private void book(BookingRequest request) {
        confirmation.close();
        try {
            BookingDetails booked = bookingService.book(request);
            Notifications.success(getTranslation("counseling.booked", CounselingTexts.whenWithYear(booked.slot(),
                    locale)));
            open(booked.id());
        } catch (SlotTaken e) {
            Notifications.error(getTranslation(e.messageKey()));
            showFreeDays();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void open(long bookingId) {
        getUI().ifPresent(ui -> ui.navigate("counseling/bookings/" + bookingId));
    }

    private void showFreeDays() {
        picker.setFreeTimes(availability.freeTimes(type.getValue(), counselorId(), picker.selected));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counseling.title") + " | " + getTranslation("app.name");
    }
}
