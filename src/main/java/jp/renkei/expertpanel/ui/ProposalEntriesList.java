package jp.renkei.expertpanel.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.renkei.expertpanel.simulation.ProposalEntry;
import jp.renkei.expertpanel.simulation.SkipProposal;

/**
 * The proposal's two lists as the simulation uses them, each entry with its source, its as-of date and, like the
 * composition rule sets, what is not yet confirmed. Folded away: the figures come first.
 */
class ProposalEntriesList extends Details {

    ProposalEntriesList(SkipProposal proposal) {
        setId("proposal-entries");
        setSummaryText(getTranslation("panel.simulation.list.title"));
        setWidthFull();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(new Paragraph(getTranslation("panel.verdict.source", proposal.source())));
        if (proposal.unconfirmed() != null) {
            content.add(PanelTexts.unconfirmed(this, proposal.unconfirmed()));
        }
        section(content, "panel.simulation.list.cdx", proposal.companionDiagnostics());
        section(content, "panel.simulation.list.levelA", proposal.levelAList());
        add(content);
    }

    private void section(VerticalLayout content, String titleKey, List<ProposalEntry> entries) {
        content.add(new H4(getTranslation(titleKey)));
        entries.forEach(entry -> content.add(entry(entry)));
    }

    private Div entry(ProposalEntry entry) {
        Div card = new Div();
        card.addClassName("section-card");
        card.addClassName("proposal-entry");
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        Span what = new Span(getTranslation("panel.simulation.list.entry", String.join("/", entry.genes()),
                entry.alterations().stream().map(this::alteration).collect(Collectors.joining("、")), entry.drug(), entry.tumourAgnostic()
                        ? getTranslation("panel.simulation.list.everySolid") : String.join("、", entry.cancerTypes())));
        what.getStyle().set("font-weight", "600");
        card.add(what, small(getTranslation("panel.simulation.list.source", entry.source(), entry.asOf().toString())));
        if (!entry.panelTests().isEmpty()) {
            card.add(small(getTranslation("panel.simulation.list.tests", String.join("、", entry.panelTests()))));
        }
        if (entry.caveat() != null) {
            card.add(small(getTranslation("panel.simulation.list.caveat", entry.caveat())));
        }
        if (entry.unconfirmed() != null) {
            card.add(PanelTexts.unconfirmed(this, entry.unconfirmed()));
        }
        return card;
    }

    /** The data's patterns (see AlterationPattern) as a reader names them: "exon 19 deletion", not "exon19del:729-761". */
    private String alteration(String pattern) {
        return pattern.equals("any") ? getTranslation("panel.simulation.list.anyAlteration")
                : pattern.replaceFirst("^exon(\\d+)del:.*$", "exon $1 deletion")
                        .replaceFirst("^exon(\\d+)skipping$", "exon $1 skipping").replace("high", "High");
    }

    private static Paragraph small(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return paragraph;
    }
}
