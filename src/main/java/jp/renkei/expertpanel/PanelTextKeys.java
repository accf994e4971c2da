package jp.renkei.expertpanel;

import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.TherapyRoute;

/** Bundle keys of the panel's enums, shared by the screens and the PDFs; each a literal so the bundle tests see it. */
public final class PanelTextKeys {

    private PanelTextKeys() {
    }

    public static String route(TherapyRoute route) {
        return switch (route) {
            case APPROVED -> "panel.variants.route.APPROVED";
            case OFF_LABEL -> "panel.variants.route.OFF_LABEL";
            case CLINICAL_TRIAL -> "panel.variants.route.CLINICAL_TRIAL";
            case PATIENT_PROPOSED_CARE -> "panel.variants.route.PATIENT_PROPOSED_CARE";
            case NONE -> "panel.variants.route.NONE";
        };
    }

    public static String pathogenicity(Pathogenicity p) {
        return switch (p) {
            case PATHOGENIC -> "panel.variants.pathogenicity.PATHOGENIC";
            case LIKELY_PATHOGENIC -> "panel.variants.pathogenicity.LIKELY_PATHOGENIC";
            case VUS -> "panel.variants.pathogenicity.VUS";
            case BENIGN -> "panel.variants.pathogenicity.BENIGN";
        };
    }

    /** "（ア）がん薬物療法": the category with a word, for lists of people. */
    public static String shortRole(PanelRole role) {
        return switch (role) {
            case A -> "panel.role.short.A";
            case B -> "panel.role.short.B";
            case C -> "panel.role.short.C";
            case D -> "panel.role.short.D";
            case E -> "panel.role.short.E";
            case F -> "panel.role.short.F";
            case G -> "panel.role.short.G";
        };
    }

    public static String category(TumourCategory category) {
        return switch (category) {
            case SOLID -> "panel.category.SOLID";
            case HAEMATOLOGICAL -> "panel.category.HAEMATOLOGICAL";
        };
    }
}
