package jp.renkei.expertpanel.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import jp.renkei.expertpanel.MeetingKind;
import jp.renkei.expertpanel.MeetingStatus;
import jp.renkei.expertpanel.PanelCaseSummary;
import jp.renkei.expertpanel.PanelTextKeys;
import jp.renkei.expertpanel.composition.CompositionVerdict;
import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.expertpanel.composition.Shortfall;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.shared.JapanTime;

/** Keys and formats the panel screens share; every key is a literal so the bundle tests can find it. */
final class PanelTexts {

    private static final DateTimeFormatter WHEN_JA = DateTimeFormatter.ofPattern("yyyy年M月d日(E) HH:mm", Locale.JAPANESE)
            .withZone(JapanTime.ZONE);
    private static final DateTimeFormatter WHEN_EN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(JapanTime.ZONE);

    private static final DateTimeFormatter DAY_JA = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPANESE);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PanelTexts() {
    }

    static String roleKey(PanelRole role) {
        return switch (role) {
            case A -> "panel.role.A";
            case B -> "panel.role.B";
            case C -> "panel.role.C";
            case D -> "panel.role.D";
            case E -> "panel.role.E";
            case F -> "panel.role.F";
            case G -> "panel.role.G";
        };
    }

    static String categoryKey(TumourCategory category) {
        return PanelTextKeys.category(category);
    }

    static String kindKey(MeetingKind kind) {
        return switch (kind) {
            case REAL_TIME -> "panel.meeting.kind.REAL_TIME";
            case ASYNC_ROUND -> "panel.meeting.kind.ASYNC_ROUND";
        };
    }

    static String statusKey(MeetingStatus status) {
        return switch (status) {
            case SCHEDULED -> "panel.meeting.status.SCHEDULED";
            case SIGNED_OFF -> "panel.meeting.status.SIGNED_OFF";
        };
    }

    /** A referred case is titled by its referral number, the hospital's own patient's by the patient ID. */
    static String caseTitleKey(PanelCaseSummary c) {
        return c.referralId() != null ? "panel.variants.caseTitle" : "panel.ownCase.caseTitle";
    }

    static String when(Instant at, Locale locale) {
        return at == null ? "" : (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? WHEN_EN : WHEN_JA)
                .format(at);
    }

    static String shortRoleKey(PanelRole role) {
        return PanelTextKeys.shortRole(role);
    }

    /** "（ア）がん薬物療法・（ウ）遺伝カウンセリング": the letter alone means little to a reader without the notice at hand. */
    static String roles(Component translator, Set<PanelRole> roles) {
        return roles.stream().sorted().map(r -> translator.getTranslation(shortRoleKey(r)))
                .collect(Collectors.joining("・"));
    }

    static String day(LocalDate date, Locale locale) {
        return (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? DAY_EN : DAY_JA).format(date);
    }

    /**
     * A verdict as a clinician reads it: met or not, each shortfall as a sentence, the rule set and its source, and
     * the unconfirmed note when the rule set carries one.
     */
    static Component verdict(Component translator, CompositionVerdict verdict, String heading) {
        Div box = new Div();
        box.setId("composition-verdict");
        box.getStyle().set("border-left", "4px solid " + (verdict.valid() ? "var(--lumo-success-color)"
                : "var(--lumo-error-color)")).set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        Span title = new Span(heading + "　" + translator.getTranslation(verdict.valid() ? "panel.verdict.met"
                : "panel.verdict.notMet"));
        title.getStyle().set("font-weight", "600").set("color", verdict.valid() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        box.add(title);
        if (!verdict.valid()) {
            UnorderedList reasons = new UnorderedList();
            reasons.setId("composition-shortfalls");
            for (Shortfall shortfall : verdict.shortfalls()) {
                reasons.add(new ListItem(translator.getTranslation(shortfall.messageKey(),
                        shortfall.arguments().toArray())));
            }
            box.add(reasons);
        }
        if (verdict.ruleSetId() != null) {
            Paragraph rule = new Paragraph(translator.getTranslation("panel.verdict.ruleSet", verdict.ruleSetId(),
                    verdict.ruleSetVersion()));
            rule.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("font-size", "var(--lumo-font-size-s)");
            Paragraph source = new Paragraph(translator.getTranslation("panel.verdict.source", verdict.source()));
            source.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            box.add(rule, source);
        }
        if (verdict.unconfirmed() != null) {
            box.add(unconfirmed(translator, verdict.unconfirmed()));
        }
        return box;
    }

    static Component unconfirmed(Component translator, String note) {
        Paragraph mark = new Paragraph(translator.getTranslation("panel.verdict.unconfirmed", note));
        mark.addClassName("unconfirmed-mark");
        mark.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-warning-text-color, #8a5a00)");
        return mark;
    }
}
