package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.composition.CompositionRules;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.expertpanel.review.AgreedPairList;
import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.LevelSystem;
import jp.renkei.expertpanel.review.Recommendation;
import jp.renkei.expertpanel.review.SimplifiedReviewRule;
import jp.renkei.expertpanel.review.SimplifiedReviewVerdict;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.review.VariantCsv;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.expertpanel.review.VariantsRejected;
import jp.renkei.identity.CurrentActor;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * The case workspace: variants entered by hand or from CSV, the panel's recommendation per variant and the
 * simplified-review verdict. The panel's hospital edits; the referring hospital reads. Every read is audited.
 */
@Service
public class PanelCaseService {

    private static final String READERS =
            "hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER', 'LIAISON_CLINICIAN')";
    private static final String EDITORS = "hasAnyRole('CORE_COORDINATOR', 'PANEL_MEMBER')";

    private final PanelCaseRepository cases;
    private final PanelCaseVariantRepository variants;
    private final AgreedPairRepository agreedPairs;
    private final ExpertPanelRepository panels;
    private final SimplifiedReviewRule simplifiedReview;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseFactsSource facts;

    PanelCaseService(PanelCaseRepository cases, PanelCaseVariantRepository variants, AgreedPairRepository agreedPairs,
            ExpertPanelRepository panels, CompositionRules rules, CurrentActor currentActor,
            ApplicationEventPublisher events, Clock clock,
            CaseFactsSource facts) {
        this.cases = cases;
        this.variants = variants;
        this.agreedPairs = agreedPairs;
        this.panels = panels;
        this.simplifiedReview = new SimplifiedReviewRule(rules);
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
        this.facts = facts;
    }

    /** The case with its variants and today's simplified-review verdict (audited read). */
    @PreAuthorize(READERS)
    @Transactional
    public PanelCaseWorkspace get(long caseId) {
        Actor actor = currentActor.require();
        PanelCase found = panelCase(caseId);
        List<PanelCaseVariant> rows = variants.findByPanelCaseIdOrderByIdAsc(caseId);
        audit(actor, "PANEL_CASE_VIEWED", found, rows.size() + " variants");
        var verdict = simplifiedReview(found, LocalDate.now(clock.withZone(JapanTime.ZONE)));
        return new PanelCaseWorkspace(found.summary(facts.number(found)),
                rows.stream().map(PanelCaseVariant::details).toList(), verdict,
                actor.hospital().equals(found.partnerHospitalId()));
    }

    @PreAuthorize(EDITORS)
    @Transactional
    @RetriedOnConflict
    public void addVariant(long caseId, VariantEntry entry) {
        Actor actor = currentActor.require();
        PanelCase found = editable(caseId, actor);
        if (entry.gene() == null || entry.gene().isBlank() || entry.alteration() == null
                || entry.alteration().isBlank() || entry.pathogenicity() == null) {
            throw new VariantsRejected("panel.variants.error.required");
        }
        variants.save(new PanelCaseVariant(found, PanelFreeText.variant(new VariantEntry(entry.gene().strip(),
                entry.alteration().strip(), entry.vafPercent(), entry.pathogenicity(), entry.germlineSuspected())),
                clock.instant()));
        audit(actor, "PANEL_CASE_VARIANT_ADDED", found, entry.gene() + " " + entry.alteration());
    }

    /** All rows or none: the whole file is checked before the first row is written. */
    @PreAuthorize(EDITORS)
    @Transactional
    @RetriedOnConflict
    public int importVariants(long caseId, String csv) {
        Actor actor = currentActor.require();
        PanelCase found = editable(caseId, actor);
        List<VariantEntry> entries = VariantCsv.parse(csv).stream().map(PanelFreeText::variant).toList();
        variants.saveAll(entries.stream().map(e -> new PanelCaseVariant(found, e, clock.instant())).toList());
        audit(actor, "PANEL_CASE_VARIANTS_IMPORTED", found, entries.size() + " variants");
        return entries.size();
    }

    @PreAuthorize(EDITORS)
    @Transactional
    @RetriedOnConflict
    public void recommend(long caseId, long variantId, EvidenceLevel level, String therapy, TherapyRoute route,
            String trialId, boolean secondaryFinding) {
        Actor actor = currentActor.require();
        PanelCase found = editable(caseId, actor);
        PanelCaseVariant variant = variants.findById(variantId).filter(v -> v.panelCaseId() == caseId)
                .orElseThrow(() -> new PanelCaseNotFound(caseId));
        if (route == null) {
            throw new VariantsRejected("panel.variants.error.route");
        }
        if (route == TherapyRoute.CLINICAL_TRIAL && (trialId == null || trialId.isBlank())) {
            throw new VariantsRejected("panel.variants.error.trialId");
        }
        variant.recommend(new Recommendation(level, level == null ? null : LevelSystem.JSCO_JSMO_JCA_2019,
                PanelFreeText.therapy(therapy), route,
                route == TherapyRoute.CLINICAL_TRIAL ? PanelFreeText.trialId(trialId) : null, secondaryFinding));
        audit(actor, "PANEL_CASE_RECOMMENDED", found, variantId + " " + level + " " + route);
    }

    /** Whether the case may be reviewed asynchronously on {@code day}, with the reasons (no audit: callers do). */
    SimplifiedReviewVerdict simplifiedReview(PanelCase found, LocalDate day) {
        return simplifiedReview.judge(day, category(found), variants.findByPanelCaseIdOrderByIdAsc(found.id())
                .stream().map(PanelCaseVariant::forReview).toList(), agreedLists(found));
    }

    private PanelCase panelCase(long id) {
        // the tenant filter answers "missing" for another hospital's case, as the caller must not tell them apart
        return cases.findById(id).orElseThrow(() -> new PanelCaseNotFound(id));
    }

    /** Only the panel's hospital edits; the referring hospital may read but is told the case is not there to edit. */
    private PanelCase editable(long id, Actor actor) {
        PanelCase found = panelCase(id);
        if (!actor.hospital().equals(found.partnerHospitalId())) {
            throw new PanelCaseNotFound(id);
        }
        return found;
    }

    /** The referring hospital cannot read the panel row; every shipped rule set is for solid tumours anyway. */
    private TumourCategory category(PanelCase found) {
        return found.panelId() == null ? TumourCategory.SOLID
                : panels.findById(found.panelId()).map(ExpertPanel::tumourCategory).orElse(TumourCategory.SOLID);
    }

    private List<AgreedPairList> agreedLists(PanelCase found) {
        Map<Integer, List<AgreedPair>> byVersion = agreedPairs.findByPartnership(found.originHospitalId().value(),
                found.partnerHospitalId().value()).stream()
                .collect(Collectors.groupingBy(AgreedPair::listVersion, TreeMap::new, Collectors.toList()));
        return byVersion.entrySet().stream().map(e -> new AgreedPairList(e.getKey(),
                e.getValue().getFirst().effectiveFrom(),
                e.getValue().stream().map(AgreedPair::pair).collect(Collectors.toSet()))).toList();
    }

    private void audit(Actor actor, String action, PanelCase panelCase, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                "panel_case:" + panelCase.id(), detail));
    }
}
