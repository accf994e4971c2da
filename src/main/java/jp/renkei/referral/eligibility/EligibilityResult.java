package jp.renkei.referral.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** All findings of the rules in effect on {@code assessedOn}, in the order the rules are defined. */
public record EligibilityResult(LocalDate assessedOn, List<EligibilityFinding> findings) {

    public EligibilityResult {
        Objects.requireNonNull(assessedOn, "assessedOn");
        findings = List.copyOf(findings);
    }

    public boolean hasWarnings() {
        return findings.stream().anyMatch(finding -> finding.level() == FindingLevel.WARNING);
    }

    public List<EligibilityFinding> warnings() {
        return findings.stream().filter(finding -> finding.level() == FindingLevel.WARNING).toList();
    }
}
