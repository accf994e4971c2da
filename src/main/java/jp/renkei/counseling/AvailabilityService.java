package jp.renkei.counseling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentActor;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.tenancy.HospitalSummary;

/**
 * When counselors can be booked: they publish hours and leave; bookers see free times by day, within the
 * booking horizon ({@code renkei.counseling.days-ahead}); counselors and coordinators see weeks.
 */
@Service
public class AvailabilityService {

    private final CounselorRepository counselors;
    private final CounselingBookingRepository bookings;
    private final PersonCalendar calendars;
    private final CounselorSnapshots directory;
    private final ReachableHospitals reachable;
    private final CounselingSettings settings;
    private final HospitalContext hospitalContext;
    private final CurrentActor currentActor;
    private final Viewers viewers;
    private final InvitationFactory invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AvailabilityService(CounselorRepository counselors, CounselingBookingRepository bookings, PersonCalendar calendars,
            CounselorSnapshots directory, ReachableHospitals reachable, CounselingSettings settings,
            HospitalContext hospitalContext, CurrentActor currentActor, Viewers viewers, InvitationFactory invitations,
            ApplicationEventPublisher events, Clock clock) {
        this.counselors = counselors;
        this.bookings = bookings;
        this.calendars = calendars;
        this.directory = directory;
        this.reachable = reachable;
        this.settings = settings;
        this.hospitalContext = hospitalContext;
        this.currentActor = currentActor;
        this.viewers = viewers;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** The last day a session can be booked on (today plus the horizon), for date pickers. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate lastBookableDay() {
        return today().plusDays(settings.daysAhead() - 1L);
    }

    /**
     * The free days and the times of the preferred day, or of the first free day when the preferred one has none:
     * what the booking page opens with, from one reading of the counselors' calendars instead of two.
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public FreeTimes freeTimes(SessionType type, Long counselorId, LocalDate preferred) {
        Map<HospitalId, HospitalSummary> hospitals = reachable.fromHere();
        Map<CounselorProfile, List<TimeRange>> free = calendars.freeSlots(bookable(counselorId, hospitals),
                settings.lengthOf(type), clock.instant(), horizonEnd());
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        free.values().forEach(slots -> countByDay(slots, days));
        LocalDate day = preferred != null && days.containsKey(preferred) ? preferred
                : days.isEmpty() ? null : days.firstKey();
        return new FreeTimes(days, day, day == null ? List.of() : offers(free, hospitals, startsOn(day)));
    }

    /**
     * Adds one counselor's free times, earliest first, to the count of each day. Thousands of times a visit: the
     * zone is asked for the day once a day, not once a time (its rules search their transitions each time).
     */
    private static void countByDay(List<TimeRange> ascending, SortedMap<LocalDate, Integer> days) {
        LocalDate day = null;
        Instant nextDay = Instant.MIN;
        int count = 0;
        for (TimeRange slot : ascending) {
            if (!slot.start().isBefore(nextDay)) {
                if (day != null) {
                    days.merge(day, count, Integer::sum);
                }
                day = slot.start().atZone(JapanTime.ZONE).toLocalDate();
                nextDay = day.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant();
                count = 0;
            }
            count++;
        }
        if (day != null) {
            days.merge(day, count, Integer::sum);
        }
    }

    /** Times starting on this day in Japan. */
    private static Predicate<TimeRange> startsOn(LocalDate day) {
        Instant start = day.atStartOfDay(JapanTime.ZONE).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant();
        return slot -> !slot.start().isBefore(start) && slot.start().isBefore(end);
    }

    /** Free times on one day, earliest first: what the booking page lists after a day is picked. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<SlotOffer> freeSlotsOn(SessionType type, Long counselorId, LocalDate day) {
        Instant from = later(day.atStartOfDay(JapanTime.ZONE).toInstant(), clock.instant());
        Instant to = earlier(day.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant(), horizonEnd());
        return offers(type, counselorId, from, to);
    }

    /** Every free time within the horizon, earliest first (all reachable counselors, or the given one). */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<SlotOffer> freeSlots(SessionType type, Long counselorId) {
        return offers(type, counselorId, clock.instant(), horizonEnd());
    }

    /** Whether the signed-in person oversees the counselors of the active hospital (sees {@link #hospitalWeek}). */
    @PreAuthorize("isAuthenticated()")
    public boolean overseesCounselors() {
        return viewers.current().roles().contains(jp.renkei.shared.Role.CORE_COORDINATOR);
    }

    /** The signed-in counselor's directory entry at the active hospital, created on first use. */
    @PreAuthorize("hasRole('GENETIC_COUNSELOR')")
    @Transactional
    public CounselorProfile myProfile() {
        Counselor mine = mine();
        return mine.toProfile(calendars.leaveOf(mine));
    }

    /** Hours at the active hospital; leave entered here closes the person at their other hospitals too. */
    @PreAuthorize("hasRole('GENETIC_COUNSELOR')")
    @Transactional
    public CounselorProfile publishAvailability(Qualification qualification, String languages,
            List<WeeklyWindow> weekly, List<AvailabilityException> exceptions) {
        requireNoOverlap(weekly);
        String checkedLanguages = CounselingTexts.languages(languages);
        List<AvailabilityException> checkedExceptions = CounselingTexts.leave(exceptions);
        Counselor counselor = mine();
        counselor.describe(qualification, checkedLanguages);
        counselor.publish(weekly, checkedExceptions);
        Actor actor = currentActor.require();
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(),
                "COUNSELING_AVAILABILITY_PUBLISHED", "counselor:" + counselor.id(),
                weekly.size() + " windows, " + exceptions.size() + " exceptions"));
        return counselor.toProfile(calendars.leaveOf(counselor));
    }

    /**
     * Two windows sharing time on the same weekday are refused and nothing is saved: the free times are the same
     * (the calculator merges them), but the published hours would list those hours twice, and the counselor
     * probably meant something else by one of them.
     */
    private static void requireNoOverlap(List<WeeklyWindow> weekly) {
        for (int i = 0; i < weekly.size(); i++) {
            for (WeeklyWindow later : weekly.subList(i + 1, weekly.size())) {
                if (weekly.get(i).overlaps(later)) {
                    throw new OverlappingWindows(weekly.get(i), later);
                }
            }
        }
    }

    /** The counselor's own week: sessions this hospital is party to and the free times left here. */
    @PreAuthorize("hasRole('GENETIC_COUNSELOR')")
    @Transactional
    public CounselorWeek myWeek(LocalDate monday) {
        Counselor mine = mine(); // perhaps created just now, so read here rather than from the directory's snapshot
        return weeksOf(List.of(mine.toProfile(calendars.leaveOf(mine))), monday).getFirst();
    }

    /** Every counselor of the coordinator's hospital with their week. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<CounselorWeek> hospitalWeek(LocalDate monday) {
        return weeksOf(directory.current().atHospitals(List.of(hospitalContext.require())), monday);
    }

    private List<SlotOffer> offers(SessionType type, Long counselorId, Instant from, Instant to) {
        Map<HospitalId, HospitalSummary> hospitals = reachable.fromHere();
        return offers(calendars.freeSlots(bookable(counselorId, hospitals), settings.lengthOf(type), from, to),
                hospitals, slot -> true);
    }

    /** The chosen free times as offers, earliest first, then by counselor. */
    private static List<SlotOffer> offers(Map<CounselorProfile, List<TimeRange>> free,
            Map<HospitalId, HospitalSummary> hospitals, Predicate<TimeRange> chosen) {
        List<SlotOffer> offers = new ArrayList<>();
        free.forEach((profile, slots) -> {
            slots.stream().filter(chosen)
                    .forEach(slot -> offers.add(new SlotOffer(profile, hospitals.get(profile.hospital()), slot)));
        });
        offers.sort(Comparator.comparing((SlotOffer o) -> o.slot().start())
                .thenComparing(o -> o.counselor().displayName()));
        return offers;
    }

    /** The counselors of the reachable hospitals, or only the given one of them. */
    private List<CounselorProfile> bookable(Long counselorId, Map<HospitalId, HospitalSummary> hospitals) {
        return directory.current().atHospitals(hospitals.keySet()).stream()
                .filter(counselor -> counselorId == null || counselor.id() == counselorId).toList();
    }

    /**
     * These directory rows' weeks in two queries whatever their number (their people's busy times, their sessions
     * here): the coordinator's page shows every counselor of the hospital.
     */
    private List<CounselorWeek> weeksOf(List<CounselorProfile> rows, LocalDate monday) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Instant from = monday.atStartOfDay(JapanTime.ZONE).toInstant();
        Instant to = monday.plusDays(7).atStartOfDay(JapanTime.ZONE).toInstant();
        Map<CounselorProfile, List<TimeRange>> free = calendars.freeSlots(rows,
                settings.lengthOf(SessionType.PRE_TEST), later(from, clock.instant()), to);
        // lines, not details: a week shows when, what and who, not each session's history and next steps
        Map<Long, List<CounselingBooking>> sessions = bookings.ofPeopleBetween(PersonCalendar.people(rows), from, to)
                .stream()
                .collect(Collectors.groupingBy(b -> b.counselorUser().value()));
        return rows.stream().map(row -> new CounselorWeek(row, monday, sessions.getOrDefault(row.user().value(),
                List.of()).stream().map(b -> b.toLine(row.displayName())).toList(), free.get(row))).toList();
    }

    private Counselor mine() {
        Actor actor = currentActor.require();
        return counselors.findByHospitalIdAndUserId(actor.hospital().value(), actor.user().value())
                .orElseGet(() -> counselors.save(new Counselor(actor.hospital(), actor.user(), actor.name(),
                        invitations.emailOf(actor.user()), clock.instant())));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }

    private Instant horizonEnd() {
        return lastBookableDay().plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
