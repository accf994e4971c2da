package jp.renkei.ccat.claims;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.TestPatients;
import jp.renkei.ccat.TestRecord;
import jp.renkei.ccat.TestRecords;
import jp.renkei.ccat.billing.BillingEvaluator;
import jp.renkei.ccat.billing.BillingItem;
import jp.renkei.ccat.billing.BillingStatus;
import jp.renkei.ccat.billing.BillingVerdict;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;

/**
 * Billing of genomic tests for the testing hospital's billing office: per test, which points are claimable, claimed
 * or at risk (by the dated rules in {@code ccat/billing-rules.json}); recording a claim, or the patient's transfer or
 * death; and the month's list. The referring hospital does not bill the test and does not see this.
 */
@Service
public class BillingService {

    /** How far back the monthly list looks for tests still open for billing. */
    static final int LIST_YEARS_BACK = 2;
    private static final Set<Role> BILLING_ROLES = EnumSet.of(Role.CORE_COORDINATOR, Role.HOSPITAL_ADMIN);

    private final TestRecords tests;
    private final TestPatients patients;
    private final TestCatalogue catalogue;
    private final BillingClaimRepository claims;
    private final PatientDepartureRepository departures;
    private final BillingEvaluator evaluator;
    private final CurrentActor actors;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BillingService(TestRecords tests, TestPatients patients, TestCatalogue catalogue, BillingClaimRepository claims,
            PatientDepartureRepository departures, BillingEvaluator evaluator, CurrentActor actors,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.tests = tests;
        this.patients = patients;
        this.catalogue = catalogue;
        this.claims = claims;
        this.departures = departures;
        this.evaluator = evaluator;
        this.actors = actors;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The test's billing, for the testing hospital; empty for the referring hospital, which does not bill the test.
     * A test neither hospital of the viewer's is party to is not found.
     */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public Optional<TestBilling> forTest(long testId) {
        Actor actor = actors.require();
        TestRecord test = tests.find(testId, actor.hospital())
                .orElseThrow(() -> new NotFound("ccat_test " + testId));
        if (!test.testingHospital().equals(actor.hospital()) || BILLING_ROLES.stream().noneMatch(currentUser.require()::has)) {
            return Optional.empty();
        }
        return Optional.of(billing(test));
    }

    /**
     * The billing office claimed {@code item} on {@code claimedOn}. D006-19 and B011-5 are claimed at the points the
     * rules give and only when claimable; D004-2 with the points actually billed, at most the rule's maximum.
     */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional
    public TestBilling recordClaim(long testId, BillingItem item, LocalDate claimedOn, Integer companionPoints) {
        Actor actor = actors.require();
        TestRecord test = testedHere(testId, actor);
        LocalDate today = today();
        if (claimedOn == null || claimedOn.isAfter(today)) {
            throw new Refused("ccat.billing.error.claimedOn", testId + " " + claimedOn);
        }
        List<BillingClaim> recorded = claims.findByTestIdIn(List.of(testId));
        BillingVerdict verdict = evaluate(test, recorded, departures.findById(testId).orElse(null), today).stream()
                .filter(found -> found.item() == item).findFirst().orElseThrow();
        if (verdict.status() != BillingStatus.CLAIMABLE) {
            throw new Refused("ccat.billing.error.notClaimable", testId + " " + item + " " + verdict.status());
        }
        int points = item == BillingItem.D004_2 ? companionPoints(companionPoints, verdict) : verdict.points();
        try {
            claims.saveAndFlush(new BillingClaim(test.referringHospital(), test.testingHospital(), testId, item, points,
                    claimedOn, actor, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new Refused("ccat.billing.error.alreadyClaimed", testId + " " + item);
        }
        audit(actor, "CCAT_BILLING_CLAIMED", testId, item.code() + " " + points + " " + claimedOn);
        return billing(test);
    }

    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional
    public TestBilling recordDeparture(long testId, DepartureKind kind, LocalDate on) {
        Actor actor = actors.require();
        TestRecord test = testedHere(testId, actor);
        if (kind == null || on == null || on.isAfter(today()) || on.isBefore(test.orderedOn())) {
            throw new Refused("ccat.billing.error.departure", testId + " " + kind + " " + on);
        }
        if (departures.existsById(testId)) {
            throw new Refused("ccat.billing.error.departureRecorded", String.valueOf(testId));
        }
        departures.saveAndFlush(new PatientDeparture(test.referringHospital(), test.testingHospital(), testId, kind,
                on, actor, clock.instant()));
        audit(actor, "CCAT_PATIENT_DEPARTURE_RECORDED", testId, kind + " " + on);
        return billing(test);
    }

    /**
     * The month's list for the billing office: what was claimed in the month, and what is claimable or at risk at its
     * end (today for the current month), patients named. Audited with the number of tests listed.
     */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional
    public List<BillingListRow> month(YearMonth month) {
        Actor actor = actors.require();
        LocalDate today = today();
        LocalDate end = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        if (end.isBefore(month.atDay(1))) {
            return List.of();
        }
        List<TestRecord> records = tests.testedBy(actor.hospital(), end.minusYears(LIST_YEARS_BACK), end);
        List<Long> ids = records.stream().map(TestRecord::id).toList();
        Map<Long, List<BillingClaim>> claimsByTest = ids.isEmpty() ? Map.of()
                : claims.findByTestIdIn(ids).stream().collect(Collectors.groupingBy(BillingClaim::testId));
        Map<Long, PatientDeparture> departureByTest = ids.isEmpty() ? Map.of()
                : departures.findByTestIdIn(ids).stream().collect(Collectors.toMap(PatientDeparture::testId,
                        Function.identity()));
        List<Candidate> listed = new ArrayList<>();
        for (TestRecord test : records) {
            List<BillingClaim> recorded = claimsByTest.getOrDefault(test.id(), List.of());
            for (BillingVerdict verdict : evaluate(test, recorded, departureByTest.get(test.id()), end)) {
                Optional<BillingClaim> claim = claimOf(verdict.item(), recorded);
                boolean claimedThisMonth = claim.map(c -> YearMonth.from(c.claimedOn()).equals(month)).orElse(false);
                boolean open = claim.isEmpty() && (verdict.status() == BillingStatus.CLAIMABLE
                        || verdict.status() == BillingStatus.AT_RISK);
                if (claimedThisMonth || open) {
                    listed.add(new Candidate(test, verdict, claim.map(BillingClaim::claimedOn).orElse(null)));
                }
            }
        }
        Map<Long, ReferredPatient> named = patients.of(listed.stream().map(Candidate::test).distinct().toList());
        audit(actor, "CCAT_BILLING_LIST_VIEWED", null, month + " tests=" + named.size());
        return listed.stream().map(c -> new BillingListRow(c.test().id(), named.get(c.test().id()).hospitalPatientId(),
                named.get(c.test().id()).nameKanji(), testName(c.test()), c.verdict(), c.claimedOn()))
                .sorted(Comparator.comparing(BillingListRow::patientId).thenComparing(BillingListRow::testId))
                .toList();
    }

    private TestBilling billing(TestRecord test) {
        List<BillingClaim> recorded = claims.findByTestIdIn(List.of(test.id()));
        PatientDeparture departure = departures.findById(test.id()).orElse(null);
        List<ItemBilling> items = evaluate(test, recorded, departure, today()).stream()
                .map(verdict -> item(verdict, recorded)).toList();
        return new TestBilling(test.id(), items, departure == null ? null : departure.kind(),
                departure == null ? null : departure.departedOn(), true);
    }

    private List<BillingVerdict> evaluate(TestRecord test, List<BillingClaim> recorded, PatientDeparture departure,
            LocalDate on) {
        return evaluator.evaluate(BillingFactsOfTest.of(test, recorded, departure), on);
    }

    private static ItemBilling item(BillingVerdict verdict, List<BillingClaim> recorded) {
        Optional<BillingClaim> claim = claimOf(verdict.item(), recorded);
        return new ItemBilling(verdict, claim.map(BillingClaim::claimedOn).orElse(null),
                claim.map(BillingClaim::recordedByName).orElse(null));
    }

    private static Optional<BillingClaim> claimOf(BillingItem item, List<BillingClaim> recorded) {
        return recorded.stream().filter(claim -> claim.item() == item).findFirst();
    }

    private static int companionPoints(Integer points, BillingVerdict verdict) {
        if (points == null || points <= 0 || points > verdict.points()) {
            throw new Refused("ccat.billing.error.companionPoints", String.valueOf(points),
                    String.valueOf(verdict.points()));
        }
        return points;
    }

    private String testName(TestRecord test) {
        return test.catalogueTestId() == null ? test.orderedTestName()
                : catalogue.find(test.catalogueTestId()).map(CatalogueTest::name).orElse(test.orderedTestName());
    }

    /** Only the testing hospital bills the test; to anyone else it is missing. */
    private TestRecord testedHere(long testId, Actor actor) {
        return tests.find(testId, actor.hospital()).filter(test -> test.testingHospital().equals(actor.hospital()))
                .orElseThrow(() -> new NotFound("ccat_test " + testId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }

    private void audit(Actor actor, String action, Long testId, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                testId == null ? "ccat_billing" : "ccat_test:" + testId, detail));
    }

    private record Candidate(TestRecord test, BillingVerdict verdict, LocalDate claimedOn) {
    }
}
