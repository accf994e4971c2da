package jp.renkei.referral.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import jp.renkei.referral.eligibility.EligibilityFinding;
import jp.renkei.referral.eligibility.EligibilityResult;
import jp.renkei.referral.eligibility.FindingLevel;

/**
 * The policy's findings in words, each with the rule and source that produced it. Warnings never block:
 * sending anyway needs a written justification, which is kept with the referral.
 */
class EligibilityPanel extends Composite<VerticalLayout> {

    private final Div findings = new Div();
    final TextArea justification = new TextArea();
    private EligibilityResult result;

    EligibilityPanel() {
        findings.setId("eligibility-findings");
        justification.setId("eligibility-justification");
        justification.setLabel(getTranslation("referral.eligibility.justification"));
        justification.setHelperText(getTranslation("referral.eligibility.justification.help"));
        justification.setWidthFull();
        justification.setMaxLength(2000);
        justification.setVisible(false);
        getContent().addClassName("section-card");
        getContent().add(new H4(getTranslation("referral.eligibility.title")),
                new Paragraph(getTranslation("referral.eligibility.hint")), findings, justification);
    }

    void show(EligibilityResult result) {
        this.result = result;
        findings.removeAll();
        for (EligibilityFinding finding : result.findings()) {
            Div line = new Div();
            line.addClassName("finding-" + finding.level().name());
            line.add(icon(finding.level()), new Span(" " + getTranslation(finding.messageKey(),
                    finding.messageArguments().toArray())));
            Span source = new Span("（" + finding.ruleId() + " v" + finding.ruleVersion() + "・" + finding.source() + "）");
            source.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
            line.add(source);
            findings.add(line);
        }
        justification.setVisible(result.hasWarnings());
    }

    boolean needsJustification() {
        return result != null && result.hasWarnings() && justification.getValue().isBlank();
    }

    private static com.vaadin.flow.component.icon.Icon icon(FindingLevel level) {
        return switch (level) {
            case OK -> VaadinIcon.CHECK_CIRCLE.create();
            case INFO -> VaadinIcon.INFO_CIRCLE.create();
            case WARNING -> VaadinIcon.WARNING.create();
        };
    }
}
