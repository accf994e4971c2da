package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.renkei.expertpanel.composition.CompositionRuleSet;
import jp.renkei.expertpanel.review.LevelSystem;
import jp.renkei.expertpanel.review.Recommendation;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.report.ReportRenderer;

/**
 * Fills the panel report (reports/panel-report.jrxml): the case as referred, the recommendation per variant with its
 * evidence level and route, secondary findings and the counseling advice, then who reviewed it in which categories
 * and the composition rule set they met. Always in Japanese, a clinician's document: the footer says it is not for
 * handing to the patient, like the C-CAT findings report it draws on.
 */
@Component
class PanelReportDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPANESE)
            .withZone(JapanTime.ZONE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日（E） HH:mm", Locale.JAPANESE)
            .withZone(JapanTime.ZONE);

    private final ReportRenderer renderer;
    private final MessageBundleI18NProvider messages;

    PanelReportDocument(ReportRenderer renderer, MessageBundleI18NProvider messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    byte[] render(PanelReportContent c) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", text("panel.report.title") + (c.draft() ? text("panel.report.draftMark") : ""));
        p.put("panelHospital", c.panelHospitalName());
        p.put("issued", c.draft() ? text("panel.report.draft", DAY.format(c.issuedAt()))
                : text("panel.report.issued", DAY.format(c.issuedAt()), c.issuedBy()));
        p.put("labelPatient", text("panel.report.patient"));
        p.put("patient", text(c.header().patientLineKey(), c.patient().nameKanji(), c.patient().hospitalPatientId()));
        p.put("labelReferral", text(c.header().numberLabelKey()));
        p.put("referral", c.header().number());
        p.put("labelReferrer", text(c.header().originLabelKey()));
        p.put("referrer", c.header().origin() + (c.header().physician() == null ? ""
                : "　" + text("panel.report.physician", c.header().physician())));
        p.put("labelCancerType", text("panel.report.cancerType"));
        p.put("cancerType", c.header().cancerTypeJa() == null ? "—" : c.header().cancerTypeJa());
        p.put("labelPanel", text("panel.report.panel"));
        p.put("panel", c.panelName());
        p.put("labelReview", text("panel.report.review"));
        p.put("review", review(c));
        p.put("labelConcluded", text("panel.report.concluded"));
        p.put("concluded", DAY.format(c.concludedAt()));
        p.put("recommendationsHeading", text("panel.report.recommendations"));
        p.put("labelFinding", text("panel.report.finding"));
        p.put("labelLevel", text("panel.report.level"));
        p.put("labelTherapy", text("panel.report.therapy"));
        p.put("labelRoute", text("panel.report.route"));
        p.put("noVariants", text("panel.report.noVariants"));
        List<String> secondary = c.secondaryFindingGenes();
        p.put("secondaryHeading", text("panel.report.secondary"));
        p.put("secondary", secondary.isEmpty() ? text("panel.report.secondary.none")
                : text("panel.report.secondary.found", String.join("、", secondary)));
        p.put("counselingHeading", text("panel.report.counseling"));
        p.put("counseling", text(secondary.isEmpty() ? "panel.report.counseling.routine"
                : "panel.report.counseling.recommended"));
        p.put("participantsHeading", text("panel.report.participants"));
        p.put("participants", participants(c));
        p.put("ruleSetHeading", text("panel.report.ruleSet"));
        p.put("ruleSet", ruleSet(c));
        p.put("footerNote", text("panel.report.footer"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < c.variants().size(); i++) {
            rows.add(row(i + 1, c.variants().get(i)));
        }
        return renderer.renderPdf("panel-report", p, rows, Locale.JAPAN);
    }

    private String review(PanelReportContent c) {
        if (c.meeting() == null) {
            return "—";
        }
        return text(c.meeting().kind() == MeetingKind.REAL_TIME ? "panel.meeting.kind.REAL_TIME"
                : "panel.meeting.kind.ASYNC_ROUND") + "　" + WHEN.format(c.meeting().startsAt());
    }

    // One line per person, the categories they counted for after the name, so an inspector can check the roster
    private String participants(PanelReportContent c) {
        List<String> lines = new ArrayList<>(c.participants().stream().map(m -> "・" + m.name()
                + (m.specialty() == null || m.specialty().isBlank() ? "" : "（" + m.specialty() + "）") + "　"
                + m.roles().stream().sorted().map(r -> text(PanelTextKeys.shortRole(r))).collect(Collectors.joining("・")))
                .toList());
        if (c.meeting() != null && c.meeting().attendingPresent()) {
            lines.add("・" + text("panel.report.attending"));
        }
        return lines.isEmpty() ? text("panel.report.noParticipants") : String.join("\n", lines);
    }

    private String ruleSet(PanelReportContent c) {
        CompositionRuleSet set = c.ruleSet();
        if (set == null) {
            return text("panel.report.ruleSet.idOnly", c.ruleSetId(), c.ruleSetVersion());
        }
        String until = set.effectiveTo() == null ? text("panel.rules.openEnded") : set.effectiveTo().toString();
        String named = text(PanelTextKeys.category(set.tumourCategory())) + "　"
                + text("panel.rules.period", set.effectiveFrom().toString(), until) + "　"
                + text("panel.report.ruleSet.version", set.id(), set.version());
        String source = text("panel.verdict.source", set.source());
        return named + "\n" + source + (set.unconfirmed() == null ? "" : "\n" + text("panel.verdict.unconfirmed",
                set.unconfirmed()));
    }

    private Map<String, Object> row(int number, VariantDetails v) {
        Map<String, Object> row = new LinkedHashMap<>();
        String vaf = v.vafPercent() == null ? "" : "（VAF " + v.vafPercent().stripTrailingZeros().toPlainString() + "%）";
        row.put("heading", number + ".　" + v.gene() + "　" + v.alteration() + vaf);
        row.put("finding", text(PanelTextKeys.pathogenicity(v.pathogenicity()))
                + (v.germlineSuspected() ? "　" + text("panel.report.germlineSuspected") : ""));
        Recommendation rec = v.recommendation();
        if (rec == null) {
            row.put("level", "—");
            row.put("therapy", text("panel.report.notReviewed"));
            row.put("route", "—");
            return row;
        }
        row.put("level", rec.level() == null ? "—" : text("panel.report.levelWithSystem", rec.level().name(),
                text(levelSystemKey(rec.levelSystem()))));
        row.put("therapy", (rec.therapy().isEmpty() ? text("panel.report.noTherapy") : rec.therapy())
                + (rec.secondaryFinding() ? "\n" + text("panel.report.secondaryMark") : ""));
        row.put("route", text(PanelTextKeys.route(rec.route())) + (rec.trialId() == null ? ""
                : "　" + text("panel.report.trialId", rec.trialId())));
        return row;
    }

    // literal keys, so the bundle tests can see each one
    private static String levelSystemKey(LevelSystem system) {
        return switch (system) {
            case JSCO_JSMO_JCA_2019 -> "panel.report.levelSystem.JSCO_JSMO_JCA_2019";
        };
    }

    private String text(String key, Object... args) {
        return messages.getTranslation(key, MessageBundleI18NProvider.JAPANESE, args);
    }
}
