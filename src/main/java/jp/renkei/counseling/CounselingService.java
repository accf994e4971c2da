package jp.renkei.counseling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.counseling.calendar.IcsWriter;
import jp.renkei.counseling.calendar.Invitation;
import jp.renkei.counseling.video.VideoVisitProvider;
import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.ReferralSummary;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.notification.Notice;
import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalSummary;
import jp.renkei.tenancy.PartnerLink;

/**
 * Counseling use cases. Booking locks the counselor's row, so concurrent attempts on one counselor are
 * decided one after the other by the database; a unique key on the active slot is the second guard.
 */
@Service
public class CounselingService {

    private final CounselorRepository counselors;
    private final CounselingBookingRepository bookings;
    private final CounselingReminderRepository reminders;
    private final CounselingSettings settings;
    private final VideoVisitProvider video;
    private final HospitalDirectory hospitals;
    private final ReferralService referrals;
    private final HospitalContext hospitalContext;
    private final CurrentUser currentUser;
    private final InvitationFactory invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CounselingService(CounselorRepository counselors, CounselingBookingRepository bookings,
            CounselingReminderRepository reminders, CounselingSettings settings, VideoVisitProvider video,
            HospitalDirectory hospitals, ReferralService referrals, HospitalContext hospitalContext,
            CurrentUser currentUser, InvitationFactory invitations, ApplicationEventPublisher events, Clock clock) {
        this.counselors = counselors;
        this.bookings = bookings;
        this.reminders = reminders;
        this.settings = settings;
        this.video = video;
        this.hospitals = hospitals;
        this.referrals = referrals;
        this.hospitalContext = hospitalContext;
        this.currentUser = currentUser;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** Free slots of counselors at this hospital and its partners (or of one counselor) for the coming weeks. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<SlotOffer> freeSlots(SessionType type, Long counselorId) {
        Instant from = clock.instant();
        Instant to = LocalDate.now(clock.withZone(JapanTime.ZONE)).plusDays(settings.daysAhead())
                .atStartOfDay(JapanTime.ZONE).toInstant();
        Map<HospitalId, HospitalSummary> reachable = reachableHospitals();
        List<SlotOffer> offers = new ArrayList<>();
        for (Counselor counselor : counselors.findAtHospitals(reachable.keySet().stream().map(HospitalId::value)
                .toList())) {
            if (counselorId != null && counselor.id() != counselorId) {
                continue;
            }
            CounselorProfile profile = counselor.toProfile();
            slotsOf(profile, type, from, to).forEach(slot -> offers.add(
                    new SlotOffer(profile, reachable.get(profile.hospital()), slot)));
        }
        offers.sort(Comparator.comparing((SlotOffer o) -> o.slot().start()).thenComparing(o -> o.counselor().displayName()));
        return offers;
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional
    public BookingDetails book(BookingRequest request) {
        SignedInUser user = currentUser.require();
        HospitalId here = hospitalContext.require();
        Counselor counselor = counselors.lockById(request.counselorId())
                .orElseThrow(() -> new CounselingRefused("counseling.error.counselorNotFound"));
        if (!reachableHospitals().containsKey(counselor.hospital())) {
            throw new CounselingRefused("counseling.error.counselorNotFound");
        }
        TimeRange slot = new TimeRange(request.start(), request.start().plus(settings.lengthOf(request.type())));
        requireFree(counselor.toProfile(), request.type(), slot, null);
        Patient patient = patientOf(request);
        Instant now = clock.instant();
        CounselingBooking booking;
        try {
            booking = bookings.saveAndFlush(new CounselingBooking(here, counselor, request.referralId(), patient.pid(),
                    patient.name(), request.type(), slot, video.newVisitUrl(), UUID.randomUUID() + "@renkei",
                    user.id().value(), user.displayName(), now));
        } catch (DataIntegrityViolationException sameStartTaken) {
            throw new SlotTaken();
        }
        scheduleReminders(booking, now);
        events.publishEvent(new CounselingSessionBooked(booking.id(), here, false));
        notifyCounselors(booking, "notice.counseling.BOOKED");
        if (request.referralId() != null) {
            events.publishEvent(new CounselingBookedForReferral(request.referralId(), slot.start(),
                    counselor.displayName(), new jp.renkei.shared.workflow.Actor(user.id(), user.displayName(), here)));
        }
        audit(user, here, "COUNSELING_BOOKED", booking.id(), slot.start().toString());
        return booking.toDetails(counselor.toProfile());
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional
    public BookingDetails reschedule(long bookingId, long expectedVersion, Instant newStart, String reason) {
        SignedInUser user = currentUser.require();
        CounselingBooking booking = load(bookingId, expectedVersion);
        Counselor counselor = counselors.lockById(booking.counselorId()).orElseThrow();
        TimeRange slot = new TimeRange(newStart, newStart.plus(booking.slot().end().toEpochMilli()
                - booking.slot().start().toEpochMilli(), java.time.temporal.ChronoUnit.MILLIS));
        requireFree(counselor.toProfile(), null, slot, booking);
        Instant now = clock.instant();
        try {
            booking.reschedule(slot, user.displayName(), reason, now);
            bookings.flush();
        } catch (DataIntegrityViolationException sameStartTaken) {
            throw new SlotTaken();
        }
        reminders.dropUnsent(booking.id());
        scheduleReminders(booking, now);
        events.publishEvent(new CounselingSessionBooked(booking.id(), booking.originHospitalId(), false));
        notifyCounselors(booking, "notice.counseling.RESCHEDULED");
        audit(user, hospitalContext.require(), "COUNSELING_RESCHEDULED", booking.id(), newStart.toString());
        return booking.toDetails(counselor.toProfile());
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional
    public BookingDetails cancel(long bookingId, long expectedVersion, String reason) {
        SignedInUser user = currentUser.require();
        CounselingBooking booking = load(bookingId, expectedVersion);
        booking.cancel(user.displayName(), reason, clock.instant());
        reminders.dropUnsent(booking.id());
        events.publishEvent(new CounselingSessionBooked(booking.id(), booking.originHospitalId(), true));
        notifyCounselors(booking, "notice.counseling.CANCELLED");
        audit(user, hospitalContext.require(), "COUNSELING_CANCELLED", booking.id(), reason);
        return details(booking);
    }

    @PreAuthorize("hasAnyRole('GENETIC_COUNSELOR', 'CORE_COORDINATOR')")
    @Transactional
    public BookingDetails recordNoShow(long bookingId, long expectedVersion) {
        SignedInUser user = currentUser.require();
        CounselingBooking booking = load(bookingId, expectedVersion);
        booking.recordNoShow(user.displayName(), clock.instant());
        audit(user, hospitalContext.require(), "COUNSELING_NO_SHOW", booking.id(), null);
        return details(booking);
    }

    @PreAuthorize("hasRole('GENETIC_COUNSELOR')")
    @Transactional
    public BookingDetails recordOutcome(long bookingId, long expectedVersion, boolean furtherTesting,
            boolean familyCounseling, String note) {
        SignedInUser user = currentUser.require();
        CounselingBooking booking = load(bookingId, expectedVersion);
        booking.recordOutcome(user.displayName(), furtherTesting, familyCounseling, note, clock.instant());
        audit(user, hospitalContext.require(), "COUNSELING_OUTCOME", booking.id(), null);
        return details(booking);
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional // not read-only: reading a booking (patient name, video link) is audited
    public BookingDetails get(long bookingId) {
        CounselingBooking booking = bookings.findById(bookingId)
                .orElseThrow(() -> new CounselingRefused("counseling.error.bookingNotFound"));
        audit(currentUser.require(), hospitalContext.require(), "COUNSELING_VIEWED", bookingId, null);
        return details(booking);
    }

    /** Bookings this hospital made or hosts, from a week ago to the end of the booking horizon. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional(readOnly = true)
    public List<BookingDetails> visibleBookings() {
        Instant now = clock.instant();
        List<CounselingBooking> visible = bookings.visibleBetween(now.minus(java.time.Duration.ofDays(7)),
                now.plus(java.time.Duration.ofDays(settings.daysAhead() + 30L)));
        return withProfiles(visible);
    }

    /** The .ics of a booking, for the download button: same UID and sequence as the emailed invitation. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional(readOnly = true)
    public String icsOf(long bookingId) {
        CounselingBooking booking = bookings.findById(bookingId)
                .orElseThrow(() -> new CounselingRefused("counseling.error.bookingNotFound"));
        Invitation invitation = invitations.of(details(booking), booking.icsUid(), booking.icsSequence(),
                booking.bookedByUserId());
        return IcsWriter.write(invitation, clock);
    }

    /** The signed-in counselor's directory entry at the active hospital, created on first use. */
    @PreAuthorize("hasRole('GENETIC_COUNSELOR')")
    @Transactional
    public CounselorProfile myProfile() {
        return mine().toProfile();
    }

    @PreAuthorize("hasRole('GENETIC_COUNSELOR')")
    @Transactional
    public CounselorProfile publishAvailability(Qualification qualification, String languages,
            List<WeeklyWindow> weekly, List<AvailabilityException> exceptions) {
        Counselor counselor = mine();
        counselor.describe(qualification, languages);
        counselor.publish(weekly, exceptions);
        audit(currentUser.require(), hospitalContext.require(), "COUNSELING_AVAILABILITY_PUBLISHED", counselor.id(),
                weekly.size() + " windows, " + exceptions.size() + " exceptions");
        return counselor.toProfile();
    }

    /** The counselor's own week: sessions (of any booking hospital) and still-free slots. */
    @PreAuthorize("hasRole('GENETIC_COUNSELOR')")
    @Transactional
    public CounselorWeek myWeek(LocalDate monday) {
        Counselor counselor = mine();
        return weekOf(counselor, monday);
    }

    /** Every counselor of the coordinator's hospital with their week. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<CounselorWeek> hospitalWeek(LocalDate monday) {
        return counselors.findAtHospitals(List.of(hospitalContext.require().value())).stream()
                .map(c -> weekOf(c, monday)).toList();
    }

    /** What the signed-in person may do with a booking; mirrors the method security below. */
    @PreAuthorize("isAuthenticated()")
    public BookingPermissions permissions() {
        SignedInUser user = currentUser.require();
        boolean books = user.has(jp.renkei.shared.Role.LIAISON_CLINICIAN) || user.has(jp.renkei.shared.Role.CORE_COORDINATOR);
        boolean counsels = user.has(jp.renkei.shared.Role.GENETIC_COUNSELOR);
        return new BookingPermissions(books, books || counsels,
                counsels || user.has(jp.renkei.shared.Role.CORE_COORDINATOR), counsels);
    }

    /** Open referrals of this hospital (either side) that asked for genetic counseling. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ReferralSummary> referralsForCounseling() {
        return referrals.list(new ReferralFilter(ReferralStatus.open(), null, null, null,
                RequestedService.GENETIC_COUNSELING, false), 0, 200);
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<CounselorProfile> bookableCounselors() {
        return counselors.findAtHospitals(reachableHospitals().keySet().stream().map(HospitalId::value).toList())
                .stream().map(Counselor::toProfile).toList();
    }

    private CounselorWeek weekOf(Counselor counselor, LocalDate monday) {
        Instant from = monday.atStartOfDay(JapanTime.ZONE).toInstant();
        Instant to = monday.plusDays(7).atStartOfDay(JapanTime.ZONE).toInstant();
        CounselorProfile profile = counselor.toProfile();
        List<BookingDetails> sessions = bookings.ofCounselorBetween(counselor.id(), from, to).stream()
                .filter(b -> b.isVisibleTo(hospitalContext.require()))
                .map(b -> b.toDetails(profile)).toList();
        Instant start = from.isBefore(clock.instant()) ? clock.instant() : from;
        List<TimeRange> free = start.isBefore(to) ? slotsOf(profile, SessionType.PRE_TEST, start, to) : List.of();
        return new CounselorWeek(profile, monday, sessions, free);
    }

    private List<TimeRange> slotsOf(CounselorProfile profile, SessionType type, Instant from, Instant to) {
        List<TimeRange> busy = bookings.busyTimes(profile.id(), from.minus(settings.buffer()), to.plus(settings.buffer()))
                .stream().map(row -> new TimeRange(instant(row[0]), instant(row[1]))).toList();
        return SlotCalculator.freeSlots(SlotCalculator.Availability.of(profile.weekly(), profile.exceptions()), busy,
                settings.lengthOf(type == null ? SessionType.PRE_TEST : type), settings.buffer(), settings.step(),
                from, to, JapanTime.ZONE);
    }

    /** The slot must be one the counselor offers now (availability, holidays, buffer around other sessions). */
    private void requireFree(CounselorProfile profile, SessionType type, TimeRange slot, CounselingBooking moving) {
        Instant dayStart = slot.start().atZone(JapanTime.ZONE).toLocalDate().atStartOfDay(JapanTime.ZONE).toInstant();
        Instant dayEnd = dayStart.plus(java.time.Duration.ofDays(1));
        Instant from = dayStart.isBefore(clock.instant()) ? clock.instant() : dayStart;
        if (!slot.start().isAfter(clock.instant())) {
            throw new SlotTaken();
        }
        List<TimeRange> busy = bookings.busyTimes(profile.id(), dayStart.minus(settings.buffer()), dayEnd.plus(settings.buffer()))
                .stream().map(row -> new TimeRange(instant(row[0]), instant(row[1])))
                .filter(range -> moving == null || !range.equals(moving.slot())).toList();
        java.time.Duration length = java.time.Duration.between(slot.start(), slot.end());
        boolean offered = SlotCalculator.freeSlots(SlotCalculator.Availability.of(profile.weekly(), profile.exceptions()),
                busy, length, settings.buffer(), settings.step(), from, dayEnd, JapanTime.ZONE).contains(slot);
        if (!offered) {
            throw new SlotTaken();
        }
    }

    private Map<HospitalId, HospitalSummary> reachableHospitals() {
        HospitalId here = hospitalContext.require();
        Map<HospitalId, HospitalSummary> reachable = new java.util.LinkedHashMap<>();
        reachable.put(here, hospitals.get(here));
        hospitals.partnersOf(here).stream().map(PartnerLink::hospital).forEach(h -> reachable.put(h.id(), h));
        return reachable;
    }

    private Counselor mine() {
        SignedInUser user = currentUser.require();
        HospitalId here = hospitalContext.require();
        return counselors.findByHospitalIdAndUserId(here.value(), user.id().value())
                .orElseGet(() -> counselors.save(new Counselor(here, user.id(), user.displayName(),
                        invitations.emailOf(user.id()), clock.instant())));
    }

    private Patient patientOf(BookingRequest request) {
        if (request.referralId() != null) {
            ReferredPatient patient = referrals.patientFor(new ReferralId(request.referralId()));
            return new Patient(patient.hospitalPatientId(), patient.nameKanji());
        }
        if (request.patientHospitalId() == null || request.patientHospitalId().isBlank()
                || request.patientName() == null || request.patientName().isBlank()) {
            throw new CounselingRefused("counseling.error.patientRequired");
        }
        return new Patient(request.patientHospitalId().strip(), request.patientName().strip());
    }

    private record Patient(String pid, String name) {
    }

    /** In-app (and email) notice to the counselors' hospital; the time only, never the patient. */
    private void notifyCounselors(CounselingBooking booking, String key) {
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE)
                .format(booking.slot().start());
        events.publishEvent(new Notice(booking.partnerHospitalId(), jp.renkei.shared.Role.GENETIC_COUNSELOR, key,
                List.of(when), "counseling/bookings/" + booking.id()));
    }

    private void scheduleReminders(CounselingBooking booking, Instant now) {
        for (var lead : List.of(Map.entry(CounselingReminder.Kind.H24, settings.firstReminder()),
                Map.entry(CounselingReminder.Kind.H1, settings.secondReminder()))) {
            Instant due = booking.slot().start().minus(lead.getValue());
            if (due.isAfter(now)) {
                reminders.save(new CounselingReminder(booking.id(), booking.originHospitalId(), lead.getKey(), due));
            }
        }
    }

    private CounselingBooking load(long bookingId, long expectedVersion) {
        CounselingBooking booking = bookings.findById(bookingId)
                .orElseThrow(() -> new CounselingRefused("counseling.error.bookingNotFound"));
        if (booking.version() != expectedVersion) {
            throw new CounselingRefused("error.concurrentChange");
        }
        events.publishEvent(new jp.renkei.shared.live.LiveChange(jp.renkei.shared.live.LiveTopics.booking(bookingId)));
        return booking;
    }

    private BookingDetails details(CounselingBooking booking) {
        return booking.toDetails(counselors.findById(booking.counselorId()).orElseThrow().toProfile());
    }

    private List<BookingDetails> withProfiles(List<CounselingBooking> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(b -> ids.add(b.counselorId()));
        Map<Long, CounselorProfile> profiles = counselors.findAllById(ids).stream()
                .collect(Collectors.toMap(Counselor::id, Counselor::toProfile));
        Function<CounselingBooking, BookingDetails> map = b -> b.toDetails(profiles.get(b.counselorId()));
        return list.stream().map(map).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private void audit(SignedInUser user, HospitalId hospital, String action, long subject, String detail) {
        events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), hospital, action,
                "counseling:" + subject, detail));
    }
}
