package jp.renkei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.Attendance;
import jp.renkei.identity.CurrentUser;
import jp.renkei.referral.ClinicalDetails;
import jp.renkei.referral.PatientParticulars;
import jp.renkei.referral.ReferralContent;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.ScheduledVisit;
import jp.renkei.referral.Sex;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.NotFound;

/**
 * Tenant isolation proven by trying, not assumed: every guarded service method that takes a record's id first is
 * called by staff of every demo hospital with the ids of other hospitals' records, their neighbours, ids past the
 * newest (as a deleted record looks) and random ids. A record the caller's hospital is not party to must answer
 * "not found" (or nothing at all), never data and never a change, and each refusal is in the audit trail. The
 * positive control: each read answers for the caller's own records, so the refusals are not a broken service.
 */
@RenkeiIntegrationTest
class IsolationFuzzIT {

    /** Staff of six hospitals in every role that can reach a record by id. */
    private static final List<String> CALLERS = List.of("liaison", "liaison2", "coordinator", "counselor",
            "panelist", "hospital-admin", "aoba-coordinator", "aoba-admin", "seikai-coordinator");
    private static final int RANDOM_IDS_PER_KIND = 30;
    private static final int REQUIRED_ATTEMPTS = 10_000;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void everyRecordOfAnotherHospitalIsNotFoundWhateverTheIdAndTheCaller() {
        // the demo network's notices are still being delivered after start-up: who may see what must not change
        // while the test runs (mail has no server here and is left out)
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("""
                select count(*) from EVENT_PUBLICATION
                where COMPLETION_DATE is null and LISTENER_ID not like '%Mailer%'""", Long.class) == 0);
        Map<IdKind, Map<Long, Set<Long>>> visibility = new HashMap<>();
        Map<IdKind, List<Long>> probes = new HashMap<>();
        for (IdKind kind : IdKind.values()) {
            visibility.put(kind, kind.visibility(jdbc));
            probes.put(kind, probeIds(visibility.get(kind).keySet(), kind.ordinal()).stream()
                    .filter(id -> id > 0 || kind != IdKind.REFERRAL) // a ReferralId cannot even be made of one
                    .toList());
        }
        List<Entry> entries = entryPoints();
        assertThat(entries).as("service methods reached by id").hasSizeGreaterThan(40);
        long refusalsAuditedBefore = refusalsAudited();

        Tally tally = new Tally();
        for (String caller : CALLERS) {
            signIn.as(caller);
            long hospital = currentUser.require().activeHospital().value();
            for (Entry entry : entries) {
                Map<Long, Set<Long>> visible = visibility.get(entry.kind());
                for (long id : probes.get(entry.kind())) {
                    boolean ours = visible.getOrDefault(id, Set.of()).contains(hospital);
                    if (!ours || entry.read()) {
                        Outcome outcome = call(entry, id);
                        // other tests' records keep arriving: an answer for an id the snapshot did not know is
                        // judged by who is party to it now
                        Set<Long> parties = outcome.kind() == Kind.ANSWERED || outcome.kind() == Kind.NOTHING
                                ? entry.kind().partiesNow(jdbc, id) : visible.getOrDefault(id, Set.of());
                        tally.record(entry, caller + "@" + hospital + " (parties " + parties + ")", id,
                                parties.contains(hospital), outcome);
                    }
                }
            }
        }

        System.out.printf("Isolation fuzz: %d entry points, %d attempts past the role check, %d not found%n",
                entries.size(), tally.attemptsPastTheRoleCheck, tally.notFound);
        assertThat(tally.leaks).as("records of other hospitals answered with data or changed").isEmpty();
        assertThat(tally.attemptsPastTheRoleCheck).as("attempts that reached the record lookup")
                .isGreaterThanOrEqualTo(REQUIRED_ATTEMPTS);
        assertThat(entries.stream().filter(Entry::read).filter(e -> !tally.answeredOwn.contains(e.name())))
                .as("reads that never answered for the caller's own records (the positive control)").isEmpty();
        assertThat(refusalsAudited() - refusalsAuditedBefore).as("each refusal is in the audit trail")
                .isGreaterThanOrEqualTo(tally.notFound);
    }

    /** What one call did; an exception other than a refusal is reported as such. */
    private Outcome call(Entry entry, long id) {
        try {
            Object answer = entry.method().invoke(entry.bean(), arguments(entry, id));
            return empty(answer) ? Outcome.NOTHING : Outcome.ANSWERED;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AuthorizationDeniedException) {
                return Outcome.ROLE_REFUSED;
            }
            if (cause instanceof NotFound || cause instanceof AccessDeniedException) {
                return Outcome.NOT_FOUND;
            }
            return Outcome.failedWith(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean empty(Object answer) {
        return answer == null || answer instanceof Optional<?> optional && optional.isEmpty()
                || answer instanceof Collection<?> collection && collection.isEmpty();
    }

    /** The probed id first; every other parameter gets a plain, valid-looking value of its type. */
    private Object[] arguments(Entry entry, long id) {
        Parameter[] parameters = entry.method().getParameters();
        Object[] arguments = new Object[parameters.length];
        arguments[0] = parameters[0].getType() == ReferralId.class ? new ReferralId(id) : id;
        for (int i = 1; i < parameters.length; i++) {
            arguments[i] = plainValue(parameters[i].getType());
        }
        return arguments;
    }

    private Object plainValue(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "確認のため";
        }
        if (type == LocalDate.class) {
            return LocalDate.ofInstant(clock.instant(), jp.renkei.shared.JapanTime.ZONE);
        }
        if (type == Instant.class) {
            return clock.instant().plus(3, ChronoUnit.DAYS);
        }
        if (type == byte[].class) {
            return "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        if (type == HospitalId.class) {
            return HospitalId.of(1);
        }
        if (type == ReferralContent.class) {
            return new ReferralContent(new PatientParticulars("FZ-1", "試験 太郎", "シケン タロウ",
                    LocalDate.of(1960, 1, 1), Sex.MALE), new ClinicalDetails("PRAD", "IV", 2,
                            StandardTreatmentStatus.ENDED, 1, "確認のため"), null, List.of(),
                    Set.of(RequestedService.CGP_TEST), null);
        }
        if (type == Attendance.class) {
            return new Attendance(Set.of(), true, true, false);
        }
        if (type == ScheduledVisit.class) {
            return new ScheduledVisit(LocalDate.ofInstant(clock.instant(), jp.renkei.shared.JapanTime.ZONE).plusDays(7),
                    java.time.LocalTime.of(10, 0), "外来");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        return null;
    }

    /** Every public @PreAuthorize method of the application's beans whose first parameter names a record. */
    private List<Entry> entryPoints() {
        List<Entry> entries = new ArrayList<>();
        Set<String> unmapped = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            if (!context.isSingleton(name)) {
                continue; // screens (prototype and UI scope) call the singleton services probed here
            }
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("jp.renkei")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || !method.isAnnotationPresent(PreAuthorize.class)
                        || method.getParameterCount() == 0) {
                    continue;
                }
                Parameter first = method.getParameters()[0];
                Optional<IdKind> kind = IdKind.of(first);
                if (kind.isPresent()) {
                    method.setAccessible(true);
                    Transactional transactional = method.getAnnotation(Transactional.class);
                    entries.add(new Entry(bean, method, kind.get(), transactional != null && transactional.readOnly()));
                } else if (IdKind.looksLikeAnId(first)) {
                    unmapped.add(type.getSimpleName() + "." + method.getName() + "(" + first.getName() + ")");
                }
            }
        }
        assertThat(unmapped).as("entry points taking an id this test does not know how to probe: add its IdKind")
                .isEmpty();
        entries.sort(Comparator.comparing(Entry::name));
        return entries;
    }

    /** Every id that exists, its neighbours, ids past the newest, and random ids (negative, zero, huge). */
    private static List<Long> probeIds(Set<Long> existing, long seed) {
        Set<Long> ids = new LinkedHashSet<>(existing);
        long newest = existing.stream().mapToLong(Long::longValue).max().orElse(0);
        existing.forEach(id -> {
            ids.add(id - 1);
            ids.add(id + 1);
        });
        for (long past = 1; past <= 5; past++) {
            ids.add(newest + past);
        }
        Random random = new Random(seed);
        ids.addAll(List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
        while (ids.size() < existing.size() * 3 + RANDOM_IDS_PER_KIND) {
            ids.add(random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(1, Math.max(newest, 1) * 20 + 2));
        }
        return List.copyOf(ids);
    }

    private long refusalsAudited() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'RECORD_NOT_FOUND'", Long.class);
    }

    /** The kinds of record an entry point takes, with the hospitals that are party to each record. */
    enum IdKind {
        REFERRAL("""
                select id, origin_hospital_id from referral
                union all select id, partner_hospital_id from referral where status <> 'DRAFT'"""),
        REFERRAL_ATTACHMENT("""
                select a.id, r.origin_hospital_id from referral_attachment a join referral r on r.id = a.referral_id
                union all select a.id, r.partner_hospital_id from referral_attachment a
                  join referral r on r.id = a.referral_id where r.status <> 'DRAFT'"""),
        PANEL_CASE("""
                select id, origin_hospital_id from panel_case
                union all select id, partner_hospital_id from panel_case"""),
        PANEL("select id, hospital_id from expert_panel"),
        MEETING("select id, hospital_id from panel_meeting"),
        BOOKING("""
                select id, origin_hospital_id from counseling_booking
                union all select id, partner_hospital_id from counseling_booking"""),
        /** A counselor's profile is for their hospital and the liaison hospitals that book with it. */
        COUNSELOR("""
                select id, hospital_id from counselor
                union all select c.id, p.liaison_hospital_id from counselor c
                  join partnership p on p.partner_hospital_id = c.hospital_id"""),
        NOTIFICATION("select id, hospital_id from notification"),
        CCAT_TEST("""
                select id, origin_hospital_id from ccat_test
                union all select id, partner_hospital_id from ccat_test""");

        private final String partiesSql;

        IdKind(String partiesSql) {
            this.partiesSql = partiesSql;
        }

        Map<Long, Set<Long>> visibility(JdbcTemplate jdbc) {
            Map<Long, Set<Long>> parties = new HashMap<>();
            jdbc.query(partiesSql, row -> {
                parties.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getLong(2));
            });
            return parties;
        }

        Set<Long> partiesNow(JdbcTemplate jdbc, long id) {
            return Set.copyOf(jdbc.queryForList("with parties (id, hospital) as (" + partiesSql
                    + ") select hospital from parties where id = ?", Long.class, id));
        }

        private static final Map<String, IdKind> BY_PARAMETER_NAME = Map.of("caseId", PANEL_CASE, "panelId", PANEL,
                "meetingId", MEETING, "bookingId", BOOKING, "counselorId", COUNSELOR, "notificationId",
                NOTIFICATION, "attachmentId", REFERRAL_ATTACHMENT, "referralId", REFERRAL, "testId", CCAT_TEST);

        static Optional<IdKind> of(Parameter parameter) {
            if (parameter.getType() == ReferralId.class) {
                return Optional.of(REFERRAL);
            }
            boolean numeric = parameter.getType() == long.class || parameter.getType() == Long.class;
            return numeric ? Optional.ofNullable(BY_PARAMETER_NAME.get(parameter.getName())) : Optional.empty();
        }

        /** Network-level ids (hospitals, user accounts) are not hospital records and are not probed here. */
        static boolean looksLikeAnId(Parameter parameter) {
            Class<?> type = parameter.getType();
            return (type == long.class || type == Long.class) && parameter.getName().endsWith("Id")
                    || type.getSimpleName().endsWith("Id") && type != HospitalId.class
                            && type != jp.renkei.shared.UserId.class;
        }
    }

    record Entry(Object bean, Method method, IdKind kind, boolean read) {

        String name() {
            return AopUtils.getTargetClass(bean).getSimpleName() + "." + method.getName() + "/"
                    + method.getParameterCount();
        }
    }

    enum Kind { ANSWERED, NOTHING, NOT_FOUND, ROLE_REFUSED, FAILED }

    record Outcome(Kind kind, String failure) {

        static final Outcome ANSWERED = new Outcome(Kind.ANSWERED, null);
        static final Outcome NOTHING = new Outcome(Kind.NOTHING, null);
        static final Outcome NOT_FOUND = new Outcome(Kind.NOT_FOUND, null);
        static final Outcome ROLE_REFUSED = new Outcome(Kind.ROLE_REFUSED, null);

        static Outcome failedWith(Throwable cause) {
            return new Outcome(Kind.FAILED, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    /** Counts, and what went wrong: a foreign record answered, or the call failed some other way. */
    static final class Tally {

        final List<String> leaks = new ArrayList<>();
        final Set<String> answeredOwn = new HashSet<>();
        long attemptsPastTheRoleCheck;
        long notFound;

        void record(Entry entry, String caller, long id, boolean ours, Outcome outcome) {
            if (outcome.kind() != Kind.ROLE_REFUSED) {
                attemptsPastTheRoleCheck++;
            }
            if (ours) {
                if (outcome.kind() == Kind.ANSWERED || outcome.kind() == Kind.NOTHING) {
                    answeredOwn.add(entry.name());
                }
                return;
            }
            switch (outcome.kind()) {
                case NOT_FOUND -> notFound++;
                case ANSWERED -> leak(entry, caller, id, entry.method().getReturnType() == void.class
                        ? "went through (a change?)" : "answered with data");
                case NOTHING -> { // an empty answer leaks nothing, but a command must not go through quietly
                    if (entry.method().getReturnType() == void.class) {
                        leak(entry, caller, id, "went through (a change?)");
                    }
                }
                case FAILED -> leak(entry, caller, id, "failed instead of not found: " + outcome.failure());
                case ROLE_REFUSED -> { }
            }
        }

        private final Map<String, Integer> leaksPerEntry = new HashMap<>();

        private void leak(Entry entry, String caller, long id, String what) {
            if (leaksPerEntry.merge(entry.name(), 1, Integer::sum) <= 2) { // enough to see every entry point
                leaks.add(entry.name() + "(" + id + ") by " + caller + ": " + what);
            }
        }
    }
}
