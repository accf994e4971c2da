package jp.renkei.ccat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * A test's consents under versioned forms: the state as of any day, and new decisions recorded by the testing
 * hospital's coordinators. A refusal is recorded like a grant (the test goes on, without C-CAT registration); a
 * withdrawal takes effect the moment it is recorded. The answer on registration (granted or refused) reaches the
 * test's consent step on the day the patient gave it.
 */
@Service
public class TestConsentService {

    private final ConsentRecordRepository records;
    private final TestConsents consents;
    private final TestAccess access;
    private final CcatLivePages live;
    private final TestMilestones milestones;
    private final TestDraftRepository drafts;

    TestConsentService(ConsentRecordRepository records, TestConsents consents, TestAccess access,
            CcatLivePages live, TestMilestones milestones, TestDraftRepository drafts) {
        this.records = records;
        this.consents = consents;
        this.access = access;
        this.live = live;
        this.milestones = milestones;
        this.drafts = drafts;
    }

    /** The consents as they stood at the end of {@code asOf} (now, if that is today or null). */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'LIAISON_CLINICIAN')")
    @Transactional // not read-only: the read is audited in the same transaction
    public ConsentOverview consents(long testId, LocalDate asOf) {
        Actor actor = access.actor();
        GenomicTest test = access.visible(testId);
        LocalDate day = asOf == null ? access.today() : asOf;
        access.audit(actor, "CCAT_CONSENTS_VIEWED", test, String.valueOf(day));
        return overview(test, day, actor);
    }

    /** The patient decided on {@code decidedOn} (not in the future) under a form version in effect that day. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public ConsentOverview record(long testId, ConsentScope scope, ConsentDecision decision, long documentId,
            LocalDate decidedOn) {
        Actor actor = access.actor();
        GenomicTest test = access.testingSide(testId, actor);
        if (scope == null || decision == null || decidedOn == null) {
            throw new Refused("ccat.consent.error.incomplete", "test " + testId);
        }
        ConsentDocumentChoice form = consents.documents().stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new Refused("ccat.consent.error.incomplete", "document " + documentId));
        if (decidedOn.isAfter(access.today())) {
            throw new Refused("ccat.milestone.error.inFuture", "consent " + decidedOn);
        }
        if (!form.document().isEffectiveOn(decidedOn)) {
            throw new Refused("ccat.consent.error.formNotInEffect", form.document().version() + " " + decidedOn,
                    form.document().effectiveFrom().toString());
        }
        Instant now = access.clock().instant();
        if (decision == ConsentDecision.WITHDRAWN && consents.history(test).asOf(now).decision(scope)
                .filter(d -> d == ConsentDecision.GRANTED).isEmpty()) {
            throw new Refused("ccat.consent.error.nothingToWithdraw", "test " + testId + " " + scope);
        }
        records.saveAndFlush(new ConsentRecord(test, scope, decision, documentId, decidedOn, actor, now));
        drafts.deleteByTestIdAndFormAndAuthorId(testId, TestDraftForm.CONSENT, actor.user().value());
        // the patient's answer on registration is the consent step: reached with it, not typed again
        if (scope == ConsentScope.C_CAT_REGISTRATION && decision != ConsentDecision.WITHDRAWN
                && milestones.of(test).stream().anyMatch(m -> m.is(MilestoneStep.CONSENT, 0) && m.reachedOn() == null)) {
            milestones.reach(test, MilestoneStep.CONSENT, 0, decidedOn, actor);
        }
        live.changed(test);
        access.audit(actor, "CCAT_CONSENT_RECORDED", test, scope + " " + decision + " " + form.document().formId()
                + " v" + form.document().version() + " " + decidedOn);
        return overview(test, access.today(), actor);
    }

    private ConsentOverview overview(GenomicTest test, LocalDate asOf, Actor actor) {
        Instant instant = access.endOfDayOrNow(asOf);
        List<ConsentEntry> history = consents.entries(test);
        Map<ConsentScope, ConsentEntry> latest = new EnumMap<>(ConsentScope.class);
        // the entries are in the order they took effect: the last one by then is the scope's state
        history.stream().filter(e -> !e.recordedAt().isAfter(instant)).forEach(e -> latest.put(e.scope(), e));
        return new ConsentOverview(asOf, latest, consents.history(test).submissionAllowedAt(instant), history,
                consents.documents(), access.editable(test, actor));
    }
}
