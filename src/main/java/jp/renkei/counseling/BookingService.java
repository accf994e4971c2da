package jp.renkei.counseling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.counseling.video.VideoVisitProvider;
import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.ReferralSummary;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.referral.RequestedService;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.ChangedConcurrently;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * Booking use cases: each loads the booking, calls one transition and saves; the booking's events do the rest
 * (mail, reminders, notices, audit, referral timeline). Booking and rescheduling lock the counselor as a person
 * (all their hospitals), so concurrent attempts are decided one after the other by the database; a unique key
 * on (person, active start) is the second guard. Those two run read-committed so that the busy times read
 * after the lock include the booking the previous lock holder just committed. On a replicated database that
 * certifies at commit the lock is local to one node: a conflicting commit is retried ({@link RetriedOnConflict}),
 * and the second try sees the winner's booking and refuses with "just taken".
 */
@Service
public class BookingService {

    private final CounselingBookingRepository bookings;
    private final BookingLineReader lines;
    private final PersonCalendar calendars;
    private final ReachableHospitals reachable;
    private final CounselingSettings settings;
    private final VideoVisitProvider video;
    private final ReferralService referrals;
    private final InvitationFactory invitations;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookingService(CounselingBookingRepository bookings, BookingLineReader lines, PersonCalendar calendars,
            ReachableHospitals reachable, CounselingSettings settings, VideoVisitProvider video,
            ReferralService referrals, InvitationFactory invitations, Viewers viewers,
            ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.lines = lines;
        this.calendars = calendars;
        this.reachable = reachable;
        this.settings = settings;
        this.video = video;
        this.referrals = referrals;
        this.invitations = invitations;
        this.viewers = viewers;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetriedOnConflict
    public BookingDetails book(BookingRequest request) {
        BookingViewer viewer = viewers.current();
        Patient patient = patientOf(request);
        Counselor counselor = calendars.lock(request.counselorId());
        if (!reachable.fromHere().containsKey(counselor.hospital())) {
            throw new CounselorNotFound(request.counselorId());
        }
        TimeRange slot = new TimeRange(request.start(), request.start().plus(settings.lengthOf(request.type())));
        requireFree(counselor, slot, null);
        CounselingBooking booking = CounselingBooking.book(viewer.actor(), counselor, request.referralId(),
                patient.pid(), patient.name(), request.type(), slot, video.newVisitUrl(), UUID.randomUUID() + "@renkei",
                clock.instant());
        try {
            booking = bookings.saveAndFlush(booking);
        } catch (DataIntegrityViolationException sameStartTaken) {
            throw new SlotTaken();
        }
        return booking.toDetails(counselor.toProfile(), viewer, clock.instant());
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetriedOnConflict
    public BookingDetails reschedule(long bookingId, long expectedVersion, Instant newStart, String reason) {
        CounselingBooking booking = load(bookingId, expectedVersion);
        Counselor counselor = calendars.lock(booking.counselorId());
        TimeRange slot = new TimeRange(newStart, newStart.plus(booking.length()));
        requireFree(counselor, slot, booking.slot());
        booking.reschedule(slot, CounselingTexts.reason(reason), viewers.current(), clock.instant());
        try {
            booking = bookings.saveAndFlush(booking);
        } catch (DataIntegrityViolationException sameStartTaken) {
            throw new SlotTaken();
        }
        return details(booking);
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional
    public BookingDetails cancel(long bookingId, long expectedVersion, String reason) {
        CounselingBooking booking = load(bookingId, expectedVersion);
        booking.cancel(CounselingTexts.reason(reason), viewers.current(), clock.instant());
        return details(bookings.saveAndFlush(booking)); // flushed: the returned version is the new one
    }

    @PreAuthorize("hasAnyRole('GENETIC_COUNSELOR', 'CORE_COORDINATOR')")
    @Transactional
    public BookingDetails recordNoShow(long bookingId, long expectedVersion) {
        CounselingBooking booking = load(bookingId, expectedVersion);
        booking.recordNoShow(viewers.current(), clock.instant());
        return details(bookings.saveAndFlush(booking)); // flushed: the returned version is the new one
    }

    @PreAuthorize("hasRole('GENETIC_COUNSELOR')")
    @Transactional
    public BookingDetails recordOutcome(long bookingId, long expectedVersion, boolean furtherTesting,
            boolean familyCounseling, String note) {
        CounselingBooking booking = load(bookingId, expectedVersion);
        booking.recordOutcome(furtherTesting, familyCounseling, CounselingTexts.note(note), viewers.current(), clock.instant());
        return details(bookings.saveAndFlush(booking)); // flushed: the returned version is the new one
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional // not read-only: reading a booking (patient name, video link) is audited
    public BookingDetails get(long bookingId) {
        CounselingBooking booking = bookings.findById(bookingId).orElseThrow(() -> new BookingNotFound(bookingId));
        BookingViewer viewer = viewers.current();
        events.publishEvent(AuditEvent.byUser(viewer.actor().user(), viewer.actor().name(), viewer.actor().hospital(),
                "COUNSELING_VIEWED", "counseling:" + bookingId, null));
        return details(booking);
    }

    /**
     * Bookings this hospital made or hosts as lines of a list: the latest {@value BookingLines#ENDED_SHOWN} that ended
     * in the past week, then the next {@value BookingLines#AHEAD_SHOWN} not yet ended, up to the end of the booking
     * horizon. Bounded, because the page is opened at every booking and a busy hospital hosts thousands of sessions
     * in that window (the load benchmark's 1,000 people filled the heap with this list alone, performance.md). Three
     * queries whatever the number of bookings and counselors (no history, leave or next steps read for them).
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional(readOnly = true)
    public BookingLines visibleBookingLines() {
        Instant now = clock.instant();
        List<BookingLineReader.Line> ended = lines.endedBetween(now.minus(Duration.ofDays(7)), now,
                BookingLines.ENDED_SHOWN);
        List<BookingLineReader.Line> ahead = lines.ahead(now, now.plus(Duration.ofDays(settings.daysAhead() + 30L)),
                BookingLines.AHEAD_SHOWN + 1);
        boolean moreAhead = ahead.size() > BookingLines.AHEAD_SHOWN;
        List<BookingLineReader.Line> visible = new ArrayList<>(ended.reversed());
        visible.addAll(ahead.subList(0, Math.min(ahead.size(), BookingLines.AHEAD_SHOWN)));
        Map<Long, String> names = calendars.namesOf(visible.stream().map(BookingLineReader.Line::counselorId)
                .collect(Collectors.toSet()));
        return new BookingLines(visible.stream().map(line -> line.named(names.get(line.counselorId()))).toList(),
                moreAhead);
    }

    /**
     * Still-booked sessions of the same kind for the same patient at this hospital: the booking page warns
     * about a second one (and lets the person go on, e.g. a family session for a second relative).
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<BookingDetails> activeBookingsLike(BookingRequest request) {
        Patient patient = patientOf(request);
        BookingViewer viewer = viewers.current();
        Instant now = clock.instant();
        return bookings.activeOfPatient(patient.pid(), request.type(), now).stream()
                .map(b -> b.toDetails(calendars.profileOf(b.counselorId()), viewer, now)).toList();
    }

    /** The .ics of a booking, for the download button: same UID and sequence as the emailed invitation. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional(readOnly = true)
    public CalendarFile icsOf(long bookingId) {
        return invitations.fileOf(bookings.findById(bookingId).orElseThrow(() -> new BookingNotFound(bookingId)));
    }

    /** Open referrals of this hospital (either side) that asked for genetic counseling. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ReferralSummary> referralsForCounseling() {
        return referrals.list(new ReferralFilter(ReferralStatus.open(), null, null, null,
                RequestedService.GENETIC_COUNSELING, false), 0, 200);
    }

    /** The time must be one the person offers now at this hospital (hours, leave anywhere, other sessions). */
    private void requireFree(Counselor counselor, TimeRange slot, TimeRange moving) {
        Instant now = clock.instant();
        if (!slot.start().isAfter(now)) {
            throw new SlotTaken();
        }
        Instant dayStart = slot.start().atZone(JapanTime.ZONE).toLocalDate().atStartOfDay(JapanTime.ZONE).toInstant();
        Instant from = dayStart.isBefore(now) ? now : dayStart;
        Duration length = Duration.between(slot.start(), slot.end());
        if (!calendars.freeSlots(counselor, length, from, dayStart.plus(Duration.ofDays(1)), moving).contains(slot)) {
            throw new SlotTaken();
        }
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
        return new Patient(CounselingTexts.patientId(request.patientHospitalId().strip()),
                CounselingTexts.patientName(request.patientName().strip()));
    }

    private record Patient(String pid, String name) {
    }

    private CounselingBooking load(long bookingId, long expectedVersion) {
        CounselingBooking booking = bookings.findById(bookingId).orElseThrow(() -> new BookingNotFound(bookingId));
        if (booking.version() != expectedVersion) {
            throw new ChangedConcurrently("counseling booking " + bookingId);
        }
        return booking;
    }

    private BookingDetails details(CounselingBooking booking) {
        return booking.toDetails(calendars.profileOf(booking.counselorId()), viewers.current(), clock.instant());
    }
}
