package jp.renkei.expertpanel.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.expertpanel.review.Recommendation;
import jp.renkei.expertpanel.review.ReviewedVariant;
import jp.renkei.expertpanel.simulation.SkipVerdict.Match;
import jp.renkei.expertpanel.simulation.SkipVerdict.Reason;
import jp.renkei.expertpanel.simulation.SkipVerdict.Rule;

/**
 * Whether a case would have skipped the panel under the 2025 proposal. A case skips when
 * <ol>
 * <li>it is a solid tumour (the briefing covers solid tumours only);</li>
 * <li>a pathogenic or likely pathogenic variant is named by an entry for the case's cancer type or one above it in
 * OncoTree, or by a tumour-agnostic entry; variants of unknown significance and benign ones never qualify;</li>
 * <li>no variant is a secondary finding or suspected germline: the proposal is silent on them, and the simplified
 * review the proposal builds on excludes them, so such a case still goes to the panel;</li>
 * <li>every other pathogenic variant needs no discussion: the panel recommended nothing for it. The briefing says
 * skipping is meant for cases without variants the panel must discuss; the panel's actual recommendations stand in
 * for what it would have said, and a pathogenic variant it has not yet assessed keeps the case at the panel.</li>
 * </ol>
 */
public final class SkipRule {

    private final SkipProposal proposal;
    private final CancerTypeTree tree;

    public SkipRule(SkipProposal proposal, CancerTypeTree tree) {
        this.proposal = proposal;
        this.tree = tree;
        proposal.entries().flatMap(e -> e.cancerTypes().stream())
                .filter(code -> !code.equals(ProposalEntry.EVERY_SOLID_TUMOUR) && !tree.knows(code))
                .findFirst().ifPresent(code -> {
                    throw new IllegalStateException(proposal.id() + " names " + code + ", not in " + CancerTypeTree.RESOURCE);
                });
    }

    public SkipProposal proposal() {
        return proposal;
    }

    public SkipVerdict judge(CaseFacts facts) {
        if (!facts.solidTumour() || proposal.tumourCategory() != TumourCategory.SOLID) {
            return new SkipVerdict(false, List.of(), List.of(Reason.of("panel.simulation.reason.notSolid")));
        }
        List<Match> matches = new ArrayList<>();
        List<Reason> blocking = new ArrayList<>();
        for (ReviewedVariant variant : facts.variants()) {
            Recommendation recommendation = variant.recommendation();
            if (variant.germlineSuspected() || recommendation != null && recommendation.secondaryFinding()) {
                blocking.add(Reason.of("panel.simulation.reason.secondaryFinding", variant.label()));
            }
            if (!variant.pathogenicity().pathogenicOrLikely()) {
                continue;
            }
            Optional<Match> match = match(facts.cancerTypeCode(), variant);
            if (match.isPresent()) {
                matches.add(match.get());
            } else if (recommendation == null) {
                blocking.add(Reason.of("panel.simulation.reason.notAssessed", variant.label()));
            } else if (recommendation.recommendsTreatment()) {
                blocking.add(Reason.of("panel.simulation.reason.needsDiscussion", variant.label()));
            }
        }
        if (matches.isEmpty()) {
            // last: what else keeps the case at the panel (a secondary finding) matters more to the reader
            blocking.add(Reason.of("panel.simulation.reason.noListedVariant"));
        }
        return new SkipVerdict(blocking.isEmpty(), matches, blocking);
    }

    private Optional<Match> match(String cancerTypeCode, ReviewedVariant variant) {
        return proposal.entries()
                .filter(entry -> entry.names(variant.gene(), variant.alteration()) && covers(entry, cancerTypeCode))
                .findFirst()
                .map(entry -> new Match(variant.label(), proposal.companionDiagnostics().contains(entry)
                        ? Rule.COMPANION_DIAGNOSTIC : Rule.LEVEL_A_LIST, entry));
    }

    private boolean covers(ProposalEntry entry, String cancerTypeCode) {
        return entry.tumourAgnostic() || entry.cancerTypes().stream().anyMatch(code -> tree.within(cancerTypeCode, code));
    }
}
