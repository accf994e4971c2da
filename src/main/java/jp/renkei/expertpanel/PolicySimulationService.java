package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.expertpanel.simulation.CaseFacts;
import jp.renkei.expertpanel.simulation.Saving;
import jp.renkei.expertpanel.simulation.SimulationTotals;
import jp.renkei.expertpanel.simulation.SkipProposal;
import jp.renkei.expertpanel.simulation.SkipRule;
import jp.renkei.expertpanel.simulation.SkipVerdict;
import jp.renkei.identity.CurrentActor;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;

/**
 * How many of this hospital's panel cases would have skipped the panel under the 2025 three-society proposal (not in
 * force), and how many days that would have saved. Only cases the hospital's own panels reviewed count; the result
 * lists referred patients' cases, so every run is audited as a read.
 */
@Service
public class PolicySimulationService {

    private static final String READERS = "hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER')";

    private final SimulationQueries queries;
    private final ExpertPanelRepository panels;
    private final SkipRule rule;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseFactsSource facts;

    PolicySimulationService(SimulationQueries queries, ExpertPanelRepository panels, SkipRule rule,
            CurrentActor currentActor, ApplicationEventPublisher events, Clock clock,
            CaseFactsSource facts) {
        this.queries = queries;
        this.panels = panels;
        this.rule = rule;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
        this.facts = facts;
    }

    /** The proposal as shipped, with its sources and unconfirmed marks. */
    @PreAuthorize(READERS)
    public SkipProposal proposal() {
        return rule.proposal();
    }

    /** The hospital's panel cases accepted from {@code from} to {@code to} (both inclusive, Japan dates). */
    @PreAuthorize(READERS)
    @Transactional // not read-only: the audit entry is written in it
    public PolicySimulation simulate(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new Refused("panel.simulation.error.period", from + ".." + to);
        }
        Actor actor = currentActor.require();
        List<PanelCase> found = queries.reviewedHere(actor.hospital().value(),
                from.atStartOfDay(JapanTime.ZONE).toInstant(), to.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant());
        Map<Long, List<PanelCaseVariant>> variants = found.isEmpty() ? Map.of()
                : queries.variantsOf(found.stream().map(PanelCase::id).toList()).stream()
                        .collect(Collectors.groupingBy(PanelCaseVariant::panelCaseId));
        Set<Long> haematological = haematologicalPanels(found);
        Instant now = clock.instant();
        List<SimulatedCase> simulated = new ArrayList<>();
        for (PanelCase panelCase : found) {
            List<PanelCaseVariant> rows = variants.getOrDefault(panelCase.id(), List.of());
            SkipVerdict verdict = rule.judge(new CaseFacts(panelCase.cancerTypeCode(),
                    !haematological.contains(panelCase.panelId()),
                    rows.stream().map(PanelCaseVariant::forReview).toList()));
            Saving saving = verdict.skips() ? Saving.of(panelCase.acceptedAt(), rows.stream()
                    .map(PanelCaseVariant::createdAt).max(Comparator.naturalOrder()).orElse(null),
                    panelCase.concludedAt(), panelCase.meetingStartsAt(), now) : null;
            simulated.add(new SimulatedCase(panelCase.id(), facts.number(panelCase),
                    panelCase.cancerTypeCode(), panelCase.acceptedAt(), verdict, saving));
        }
        SimulationTotals totals = SimulationTotals.of(simulated.size(),
                simulated.stream().map(SimulatedCase::saving).filter(Objects::nonNull).toList());
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), "PANEL_SIMULATION_VIEWED",
                "panel_simulation:" + from + ".." + to, totals.cases() + " cases, " + totals.wouldSkip() + " would skip"));
        return new PolicySimulation(from, to, rule.proposal(), totals, simulated);
    }

    /** Haematological panels have rules of their own; the proposal is for solid tumours. */
    private Set<Long> haematologicalPanels(List<PanelCase> found) {
        Set<Long> ids = found.stream().map(PanelCase::panelId).filter(Objects::nonNull).collect(Collectors.toSet());
        return panels.findAllById(ids).stream().filter(p -> p.tumourCategory() == TumourCategory.HAEMATOLOGICAL)
                .map(ExpertPanel::id).collect(Collectors.toSet());
    }
}
