package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.renkei.HostilePayloads;
import jp.renkei.PdfInspection;
import jp.renkei.expertpanel.composition.CompositionRules;
import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.LevelSystem;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.Recommendation;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.referral.ReferralCaseSummary;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.referral.RequestedService;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.report.ReportRenderer;

/**
 * Script, template and SQL payloads in every free text the panel's PDFs print — the meeting agenda and the result
 * report: clinical summary, people's names, therapies — come out as the text they are (JasperReports text fields
 * are plain text, and "$P{...}" or "${7*7}" in data is never an expression).
 */
class PanelPdfsHostilePayloadsTest {

    private static final List<String> PAYLOADS = HostilePayloads.all();
    private static final String SUMMARY = String.join("\n", PAYLOADS);
    private static final Instant HELD = Instant.parse("2026-11-17T08:30:00Z");

    private final ReportRenderer renderer = new ReportRenderer();
    private final MessageBundleI18NProvider messages = new MessageBundleI18NProvider();

    @Test
    void theAgendaPrintsEveryPayloadVerbatim() {
        MeetingDetails meeting = new MeetingDetails(7, 1, MeetingKind.REAL_TIME, HELD, "https://video.example.jp/ep/x",
                MeetingStatus.SCHEDULED, Set.of(), false, false, false, null, null, null, null, 0);
        byte[] pdf = new MeetingAgenda(renderer, messages).render(PAYLOADS.get(0), PAYLOADS.get(2), meeting,
                members(), List.of(CaseHeader.referred(referral())), HELD);

        String printed = printed(pdf, "hostile-payloads-agenda.pdf");
        assertThat(PAYLOADS).allSatisfy(payload -> assertThat(printed).contains(withoutSpaces(payload)));
    }

    @Test
    void theResultReportPrintsEveryPayloadVerbatim() {
        var ruleSet = CompositionRules.shipped().all().stream().filter(r -> r.id().equals("ep.composition.solid.2025"))
                .findFirst().orElseThrow();
        MeetingDetails meeting = new MeetingDetails(7, 1, MeetingKind.REAL_TIME, HELD, null, MeetingStatus.SIGNED_OFF,
                Set.of(1L, 2L), true, false, false, HELD, PAYLOADS.get(1), ruleSet.id(), ruleSet.version(), 1);
        List<VariantDetails> variants = PAYLOADS.stream().limit(6).map(therapy -> new VariantDetails(1, "BRCA2",
                "p.S1982Rfs*22", new BigDecimal("48.5"), Pathogenicity.PATHOGENIC, false, new Recommendation(
                        EvidenceLevel.A, LevelSystem.JSCO_JSMO_JCA_2019, therapy, TherapyRoute.APPROVED, null, true), 1))
                .toList();
        byte[] pdf = new PanelReportDocument(renderer, messages).render(new PanelReportContent(
                CaseHeader.referred(referral()), new ReferredPatient("S-1", PAYLOADS.get(1)), PAYLOADS.get(0),
                PAYLOADS.get(2), meeting, members(), ruleSet.id(), ruleSet.version(), ruleSet, HELD, variants,
                HELD.plusSeconds(3600), PAYLOADS.get(3)));

        String printed = printed(pdf, "hostile-payloads-panel-report.pdf");
        assertThat(PAYLOADS.subList(0, 6)).allSatisfy(payload -> assertThat(printed).contains(withoutSpaces(payload)));
    }

    private static List<PanelMemberDetails> members() {
        return List.of(new PanelMemberDetails(1, null, PAYLOADS.get(1), Set.of(PanelRole.A), PAYLOADS.get(4), true, false),
                new PanelMemberDetails(2, null, PAYLOADS.get(5), Set.of(PanelRole.D), "病理診断科", true, false));
    }

    private static ReferralCaseSummary referral() {
        return new ReferralCaseSummary(new ReferralId(418), PAYLOADS.get(2), PAYLOADS.get(3), "PAAD", "膵管腺癌（PAAD）",
                SUMMARY, Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));
    }

    /** The PDF's text without white space: long payloads wrap inside their cells. */
    private static String printed(byte[] pdf, String name) {
        Path file = PdfInspection.save(pdf, Path.of("target", "e2e-artifacts", name));
        return withoutSpaces(PdfInspection.text(file));
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s", "");
    }
}
