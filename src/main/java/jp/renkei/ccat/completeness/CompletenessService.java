package jp.renkei.ccat.completeness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.TestRecord;
import jp.renkei.ccat.TestRecords;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;

/**
 * How complete each test's clinical data for C-CAT are, by the item set in effect on the day it was ordered: what
 * the portal already knows counts as filled, the rest is named; the testing hospital's coordinator records an item
 * as entered in C-CAT's input tool.
 */
@Service
public class CompletenessService {

    private final TestRecords tests;
    private final KnownFacts knownFacts;
    private final ClinicalItemEntryRepository entries;
    private final CompletenessItemSets itemSets = CompletenessItemSets.bundled();
    private final CompletenessEvaluator evaluator = new CompletenessEvaluator();
    private final CurrentActor actors;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompletenessService(TestRecords tests, KnownFacts knownFacts, ClinicalItemEntryRepository entries,
            CurrentActor actors, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.tests = tests;
        this.knownFacts = knownFacts;
        this.entries = entries;
        this.actors = actors;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public TestCompleteness forTest(long testId) {
        Actor actor = actors.require();
        TestRecord test = visible(testId, actor);
        CompletenessItemSet set = itemSets.inEffectOn(test.orderedOn());
        Completeness completeness = evaluate(test, set, entered(List.of(testId), set).getOrDefault(testId, Set.of()));
        return new TestCompleteness(testId, completeness, set.source(), set.unconfirmed(), mayRecord(test, actor));
    }

    /** How many required items each test still misses, for the worklist; tests the viewer cannot see are left out. */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public Map<Long, Integer> missingCounts(Collection<Long> testIds) {
        Actor actor = actors.require();
        List<TestRecord> visible = testIds.stream().distinct()
                .flatMap(id -> tests.find(id, actor.hospital()).stream()).toList();
        Map<Long, List<ClinicalItemEntry>> recorded = visible.isEmpty() ? Map.of()
                : entries.findByTestIdIn(visible.stream().map(TestRecord::id).toList()).stream()
                        .collect(Collectors.groupingBy(ClinicalItemEntry::testId));
        return visible.stream().collect(Collectors.toMap(TestRecord::id, test -> {
            CompletenessItemSet set = itemSets.inEffectOn(test.orderedOn());
            Set<String> entered = recorded.getOrDefault(test.id(), List.of()).stream()
                    .filter(entry -> entry.itemSetVersion().equals(set.version())).map(ClinicalItemEntry::itemId)
                    .collect(Collectors.toSet());
            return evaluate(test, set, entered).missing().size();
        }));
    }

    /** The coordinator entered {@code itemId} in C-CAT's input tool; recorded under the test's item-set version. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    public TestCompleteness markEntered(long testId, String itemId) {
        Actor actor = actors.require();
        TestRecord test = visible(testId, actor);
        if (!mayRecord(test, actor)) {
            throw new NotFound("ccat_test " + testId);
        }
        CompletenessItemSet set = itemSets.inEffectOn(test.orderedOn());
        if (itemId == null || !set.has(itemId)) {
            throw new Refused("ccat.completeness.error.unknownItem", testId + " " + itemId);
        }
        try {
            entries.saveAndFlush(new ClinicalItemEntry(test.referringHospital(), test.testingHospital(), testId,
                    set.version(), itemId, actor, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new Refused("ccat.completeness.error.alreadyEntered", testId + " " + itemId);
        }
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(),
                "CCAT_CLINICAL_ITEM_ENTERED", "ccat_test:" + testId, set.version() + " " + itemId));
        return forTest(testId);
    }

    private Completeness evaluate(TestRecord test, CompletenessItemSet set, Set<String> entered) {
        return evaluator.evaluate(set, new CompletenessFacts(stage(test), knownFacts.of(test), entered));
    }

    private Map<Long, Set<String>> entered(List<Long> testIds, CompletenessItemSet set) {
        return entries.findByTestIdIn(testIds).stream().filter(entry -> entry.itemSetVersion().equals(set.version()))
                .collect(Collectors.groupingBy(ClinicalItemEntry::testId,
                        Collectors.mapping(ClinicalItemEntry::itemId, Collectors.toSet())));
    }

    /** Outcome items are due from the first follow-up, the after-panel items once the panel was held. */
    private CompletenessStage stage(TestRecord test) {
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        boolean followUpDue = test.latestFollowUp() != null
                || (test.firstFollowUpDue() != null && !test.firstFollowUpDue().isAfter(today));
        if (followUpDue && test.reachedOn(MilestoneStep.RESULT_EXPLAINED) != null) {
            return CompletenessStage.OUTCOME;
        }
        return test.reachedOn(MilestoneStep.PANEL_HELD) != null ? CompletenessStage.AFTER_PANEL
                : CompletenessStage.BEFORE_PANEL;
    }

    private boolean mayRecord(TestRecord test, Actor actor) {
        return test.testingHospital().equals(actor.hospital()) && currentUser.require().has(Role.CORE_COORDINATOR);
    }

    private TestRecord visible(long testId, Actor actor) {
        return tests.find(testId, actor.hospital()).orElseThrow(() -> new NotFound("ccat_test " + testId));
    }
}
