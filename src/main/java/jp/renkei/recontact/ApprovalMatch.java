package jp.renkei.recontact;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import jp.renkei.expertpanel.ConcludedVariant;
import jp.renkei.shared.JapanTime;

/**
 * Whether an approval concerns a past case's variant: same gene, a (likely) pathogenic variant, the approval's
 * cancer type or every type, and the alteration itself (p.G12C and G12C alike) or its class (an approval for
 * "fusion" matches "FGFR2-BICC1 fusion"). Only cases concluded before the approval day: later panels knew of it.
 */
final class ApprovalMatch {

    private static final Pattern CLASS_WORD = Pattern.compile("[A-Za-z ]+");

    private ApprovalMatch() {
    }

    static boolean matches(TherapyApproval approval, ConcludedVariant variant) {
        Instant approvalDay = approval.approvedOn().atStartOfDay(JapanTime.ZONE).toInstant();
        return variant.pathogenic() && approval.gene().equalsIgnoreCase(variant.gene())
                && variant.concludedAt().isBefore(approvalDay)
                && (approval.everyCancerType() || approval.cancerTypeCode().equalsIgnoreCase(
                        String.valueOf(variant.cancerTypeCode())))
                && alterationMatches(approval, variant.alteration());
    }

    private static boolean alterationMatches(TherapyApproval approval, String alteration) {
        if (approval.anyAlteration()) {
            return true;
        }
        String wanted = normal(approval.alteration());
        String found = normal(alteration);
        if (wanted.equals(found)) {
            return true;
        }
        return CLASS_WORD.matcher(approval.alteration()).matches()
                && (" " + found + " ").contains(" " + wanted + " ");
    }

    private static String normal(String alteration) {
        // the protein prefix is written or left out at will: p.G12C and G12C are one alteration
        return alteration.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").replaceFirst("^p\\.", "");
    }
}
