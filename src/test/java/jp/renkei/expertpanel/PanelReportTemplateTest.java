package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

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
 * The panel report (reports/panel-report.jrxml) as a clinician reads it: Japanese font embedded, the case, each
 * variant's level, therapy and route, the secondary finding with the counseling advice, who reviewed it in which
 * categories, the rule set they met with its source, and the footer saying it is a clinicians' document.
 */
class PanelReportTemplateTest {

    private static final Path ARTIFACT = Path.of("target", "e2e-artifacts", "panel-report-sample.pdf");

    private final PanelReportDocument document = new PanelReportDocument(new ReportRenderer(),
            new MessageBundleI18NProvider());

    @Test
    void reportShowsRecommendationsSecondaryFindingParticipantsAndTheRuleSetMet() throws Exception {
        var ruleSet = CompositionRules.shipped().all().stream().filter(r -> r.id().equals("ep.composition.solid.2025"))
                .findFirst().orElseThrow();
        MeetingDetails meeting = new MeetingDetails(7, 1, MeetingKind.REAL_TIME, Instant.parse("2026-11-17T08:30:00Z"),
                "https://video.renkei.example.jp/ep/toto-past", MeetingStatus.SIGNED_OFF, Set.of(1L, 2L, 3L), true,
                false, false, Instant.parse("2026-11-17T10:00:00Z"), "森川 千夏", ruleSet.id(), ruleSet.version(), 1);
        List<PanelMemberDetails> participants = List.of(
                new PanelMemberDetails(1, 5L, "黒田 修", Set.of(PanelRole.A), "腫瘍内科", true, false),
                new PanelMemberDetails(2, null, "石川 由紀", Set.of(PanelRole.B, PanelRole.E), "臨床遺伝", true, false),
                new PanelMemberDetails(3, 8L, "小野寺 剛", Set.of(PanelRole.D), "病理診断科", true, false));
        List<VariantDetails> variants = List.of(
                new VariantDetails(1, "BRCA2", "c.5946delT (p.S1982Rfs*22)", new BigDecimal("48.50"),
                        Pathogenicity.PATHOGENIC, true, new Recommendation(EvidenceLevel.A,
                                LevelSystem.JSCO_JSMO_JCA_2019, "オラパリブ", TherapyRoute.APPROVED, null, true), 1),
                new VariantDetails(2, "PIK3CA", "p.H1047R", new BigDecimal("21.3"), Pathogenicity.PATHOGENIC, false,
                        new Recommendation(EvidenceLevel.C, LevelSystem.JSCO_JSMO_JCA_2019, "カピバセルチブ",
                                TherapyRoute.CLINICAL_TRIAL, "jRCT2031240123", false), 1),
                new VariantDetails(3, "TP53", "p.R273H", null, Pathogenicity.LIKELY_PATHOGENIC, false,
                        new Recommendation(null, null, "", TherapyRoute.NONE, null, false), 0));
        ReferralCaseSummary referral = new ReferralCaseSummary(new ReferralId(8), "相模野中央病院", "山野 遥", "PRAD",
                "前立腺腺癌（PRAD）", "去勢抵抗性前立腺癌、骨転移。", Set.of(RequestedService.CGP_TEST,
                        RequestedService.EXPERT_PANEL));

        byte[] pdf = document.render(new PanelReportContent(CaseHeader.referred(referral), new ReferredPatient("S-100088", "斎藤 大輔"), "東都大学病院 がんゲノム エキスパートパネル（固形がん）",
                "東都大学医学部附属病院", meeting, participants, ruleSet.id(), ruleSet.version(), ruleSet,
                Instant.parse("2026-11-17T10:00:00Z"), variants, Instant.parse("2026-11-18T01:00:00Z"), "森川 千夏"));

        PdfInspection.save(pdf, ARTIFACT);
        png(ARTIFACT);
        PdfInspection.assertJapaneseFontEmbedded(ARTIFACT);
        String text = PdfInspection.text(ARTIFACT);
        assertThat(text).contains("エキスパートパネル 検討結果報告書").contains("斎藤 大輔（紹介元の患者ID：S-100088）").contains("R-000008").contains("相模野中央病院")
                .contains("山野 遥 医師").contains("前立腺腺癌（PRAD）").contains("2026年11月17日")
                .contains("BRCA2").contains("オラパリブ").contains("承認薬").contains("3学会合同")
                .contains("jRCT2031240123").contains("推奨する治療なし")
                .contains("生殖細胞系列の病的バリアントの可能性があります（BRCA2）").contains("遺伝カウンセリング依頼")
                .contains("黒田 修（腫瘍内科）").contains("（ア）がん薬物療法").contains("（オ）分子遺伝学")
                .contains("主治医（または代理の医師）").contains("ep.composition.solid.2025").contains("2025-07-07")
                .contains("令和7年7月25日").contains("医療者向けの文書").contains("患者さんにそのまま渡さず");
    }

    // For a person to look at (layout, cut text); the assertions above cannot see overlaps
    private static void png(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", pdf.toString(),
                pdf.toString().replaceFirst("\\.pdf$", "")).inheritIO().start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.list(pdf.getParent()).anyMatch(f -> f.getFileName().toString().startsWith("panel-report-sample")
                && f.toString().endsWith(".png"))).isTrue();
    }
}
