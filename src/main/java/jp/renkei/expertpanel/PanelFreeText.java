package jp.renkei.expertpanel;

import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.shared.text.FreeText;

/** Free text the panel services store, checked whatever the browser limited (see {@link FreeText}). */
final class PanelFreeText {

    private static final int COMMENT = 2000;
    private static final int REASON = 500;
    private static final int THERAPY = 500;
    private static final int TRIAL_ID = 40;
    private static final int GENE = 100;
    private static final int ALTERATION = 100;

    private PanelFreeText() {
    }

    /** A review comment. */
    static String comment(String text) {
        return FreeText.lines("input.field.comment", text, COMMENT);
    }

    /** Why a case moved to another meeting. */
    static String reason(String text) {
        return FreeText.lines("input.field.reason", text, REASON);
    }

    static String therapy(String text) {
        return FreeText.lines("input.field.therapy", text, THERAPY);
    }

    static String trialId(String text) {
        return FreeText.name("input.field.trialId", text, TRIAL_ID);
    }

    /** A variant as typed or imported: gene and alteration are single lines. */
    static VariantEntry variant(VariantEntry entry) {
        return new VariantEntry(FreeText.line("input.field.gene", entry.gene(), GENE),
                FreeText.line("input.field.alteration", entry.alteration(), ALTERATION), entry.vafPercent(),
                entry.pathogenicity(), entry.germlineSuspected());
    }
}
