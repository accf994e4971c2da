package jp.renkei.counseling.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.counseling.BookingDetails;
import jp.renkei.counseling.BookingRequest;
import jp.renkei.counseling.BookingStatus;
import jp.renkei.counseling.CounselorWeek;
import jp.renkei.counseling.CounselingRefused;
import jp.renkei.counseling.CounselingService;
import jp.renkei.counseling.CounselorProfile;
import jp.renkei.counseling.SessionType;
import jp.renkei.counseling.SlotOffer;
import jp.renkei.counseling.SlotTaken;
import jp.renkei.referral.ReferralSummary;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;

/**
 * Booking a remote counseling session in two clicks: pick the patient and the kind of session, then a free
 * slot of a counselor at this hospital or a partner. Below, the sessions this hospital booked or hosts.
 */
@Route("counseling")
@Menu(order = 20, title = "nav.counseling", icon = "vaadin:headset")
@RolesAllowed({ Role.Names.LIAISON_CLINICIAN, Role.Names.CORE_COORDINATOR })
class CounselingView extends VerticalLayout implements HasDynamicTitle {

    private final CounselingService counseling;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final ComboBox<ReferralSummary> referral = new ComboBox<>();
    final TextField patientId = new TextField();
    final TextField patientName = new TextField();
    final Select<SessionType> type = new Select<>();
    final ComboBox<CounselorProfile> counselor = new ComboBox<>();
    final Grid<SlotOffer> slots = new Grid<>();
    final Grid<BookingDetails> bookings = new Grid<>();

    CounselingView(CounselingService counseling) {
        this.counseling = counseling;
        setMaxWidth("80rem");
        referral.setId("booking-referral");
        referral.setLabel(getTranslation("counseling.fromReferral"));
        referral.setItems(counseling.referralsForCounseling());
        referral.setItemLabelGenerator(r -> r.id().display() + "　" + r.patientName());
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
        type.addValueChangeListener(e -> showSlots());
        counselor.setId("booking-counselor");
        counselor.setLabel(getTranslation("counseling.counselor"));
        counselor.setItems(counseling.bookableCounselors());
        counselor.setItemLabelGenerator(CounselorProfile::displayName);
        counselor.setClearButtonVisible(true);
        counselor.setPlaceholder(getTranslation("counseling.anyCounselor"));
        counselor.addValueChangeListener(e -> showSlots());

        slots.setId("free-slots");
        slots.addColumn(o -> CounselingTexts.when(o.slot(), locale)).setHeader(getTranslation("counseling.when"))
                .setAutoWidth(true);
        slots.addColumn(o -> o.counselor().displayName()).setHeader(getTranslation("counseling.counselor"))
                .setAutoWidth(true);
        slots.addColumn(o -> getTranslation("counseling.qualification." + o.counselor().qualification().name()))
                .setAutoWidth(true);
        slots.addColumn(o -> o.hospital().name(locale)).setHeader(getTranslation("hospital.name")).setAutoWidth(true);
        slots.addComponentColumn(this::bookButton).setAutoWidth(true).setFlexGrow(0);
        slots.setHeight("22rem");
        slots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);

        bookings.setId("bookings");
        bookings.addColumn(b -> CounselingTexts.when(b.slot(), locale)).setHeader(getTranslation("counseling.when"))
                .setAutoWidth(true);
        bookings.addColumn(b -> getTranslation("counseling.type." + b.sessionType().name()))
                .setHeader(getTranslation("counseling.sessionType")).setAutoWidth(true);
        bookings.addColumn(BookingDetails::patientName).setHeader(getTranslation("referral.patient")).setAutoWidth(true);
        bookings.addColumn(b -> b.counselor().displayName()).setHeader(getTranslation("counseling.counselor"))
                .setAutoWidth(true);
        bookings.addColumn(b -> getTranslation("counseling.status." + b.status().name()))
                .setHeader(getTranslation("referral.status")).setAutoWidth(true);
        bookings.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("counseling/bookings/" + e.getItem().id())));
        bookings.setAllRowsVisible(true);

        FlexLayout choose = new FlexLayout(referral, patientId, patientName, type, counselor);
        choose.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choose.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("counseling.title")), new Paragraph(getTranslation("counseling.hint")), choose,
                slots, new H3(getTranslation("counseling.bookings")), bookings);
        showSlots();
        bookings.setItems(counseling.visibleBookings());
        // Of the people on this screen, only coordinators record attendance: they oversee the hospital's counselors.
        if (counseling.permissions().recordNoShow()) {
            add(new H3(getTranslation("counseling.overview")), overview());
        }
    }

    /** The coordinator's view of every counselor of the hospital this week. */
    private Grid<CounselorWeek> overview() {
        Grid<CounselorWeek> grid = new Grid<>();
        grid.setId("counselor-overview");
        grid.addColumn(w -> w.counselor().displayName()).setHeader(getTranslation("counseling.counselor"))
                .setAutoWidth(true);
        grid.addColumn(w -> w.sessions().stream().filter(s -> s.status() != BookingStatus.CANCELLED)
                .map(s -> CounselingTexts.when(s.slot(), locale)).collect(java.util.stream.Collectors.joining(" ／ ")))
                .setHeader(getTranslation("counseling.overview.sessions")).setFlexGrow(3);
        grid.addColumn(w -> w.freeSlots().size()).setHeader(getTranslation("counseling.overview.free"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(counseling.hospitalWeek(java.time.LocalDate.now(jp.renkei.shared.JapanTime.ZONE)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))));
        return grid;
    }

    private Button bookButton(SlotOffer offer) {
        Button book = new Button(getTranslation("counseling.book"), e -> book(offer));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        book.addClassName("book-slot");
        return book;
    }

    private void book(SlotOffer offer) {
        try {
            BookingDetails booked = counseling.book(new BookingRequest(offer.counselor().id(), type.getValue(),
                    offer.slot().start(), referral.getValue() == null ? null : referral.getValue().id().value(),
                    patientId.getValue(), patientName.getValue()));
            Notifications.success(getTranslation("counseling.booked", CounselingTexts.when(booked.slot(), locale)));
            getUI().ifPresent(ui -> ui.navigate("counseling/bookings/" + booked.id()));
        } catch (SlotTaken e) {
            Notifications.error(getTranslation(e.messageKey()));
            showSlots();
        } catch (CounselingRefused e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    private void showSlots() {
        List<SlotOffer> offers = counseling.freeSlots(type.getValue(),
                counselor.getValue() == null ? null : counselor.getValue().id());
        slots.setItems(offers);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counseling.title") + " | " + getTranslation("app.name");
    }
}
