package jp.renkei.expertpanel;

import java.time.Instant;
import java.util.List;

import jp.renkei.expertpanel.composition.CompositionRuleSet;
import jp.renkei.referral.ReferredPatient;

/**
 * Everything the panel report prints (the patient named as the referring hospital, or for its own patient the
 * panel's hospital, knows them, so the report is filed in the right chart), gathered by the panel's hospital at issue (the referring hospital cannot read
 * the panel, its members or meetings). {@code meeting} is null for a case concluded without one; {@code ruleSet} is
 * null only if a rule set shipped earlier was since removed, then its id and version are printed as stored.
 * {@code issuedBy} is null for a draft the panel's hospital looks at before issuing; {@code issuedAt} is then when it
 * was printed.
 */
record PanelReportContent(CaseHeader header, ReferredPatient patient, String panelName, String panelHospitalName,
        MeetingDetails meeting, List<PanelMemberDetails> participants, String ruleSetId, String ruleSetVersion,
        CompositionRuleSet ruleSet, Instant concludedAt, List<VariantDetails> variants, Instant issuedAt,
        String issuedBy) {

    PanelReportContent {
        participants = List.copyOf(participants);
        variants = List.copyOf(variants);
    }

    boolean draft() {
        return issuedBy == null;
    }

    /** Genes of the variants the panel marked as a secondary (germline) finding, in the order listed. */
    List<String> secondaryFindingGenes() {
        return variants.stream().filter(v -> v.recommendation() != null && v.recommendation().secondaryFinding())
                .map(VariantDetails::gene).distinct().toList();
    }
}
