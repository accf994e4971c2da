package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import jp.renkei.PdfInspection;
import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.referral.ReferralCaseSummary;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.RequestedService;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.report.ReportRenderer;

/** The meeting agenda (reports/panel-agenda.jrxml): Japanese font embedded, the panel and the case readable. */
class MeetingAgendaTemplateTest {

    private static final Path ARTIFACT = Path.of("target", "e2e-artifacts", "panel-agenda-sample.pdf");

    private final MeetingAgenda agenda = new MeetingAgenda(new ReportRenderer(), new MessageBundleI18NProvider());

    @Test
    void agendaEmbedsJapaneseFontAndShowsTheMeetingItsMembersAndTheCase() throws Exception {
        MeetingDetails meeting = new MeetingDetails(7, 1, MeetingKind.REAL_TIME,
                Instant.parse("2026-12-08T08:30:00Z"), "https://video.renkei.example.jp/ep/toto-next",
                MeetingStatus.SCHEDULED, Set.of(), false, false, false, null, null, null, null, 0);
        List<PanelMemberDetails> members = List.of(
                new PanelMemberDetails(1, null, "黒田 修", Set.of(PanelRole.A), "腫瘍内科", true, false),
                new PanelMemberDetails(2, null, "三輪 さやか", Set.of(PanelRole.B, PanelRole.C), "臨床遺伝", true, false),
                new PanelMemberDetails(3, null, "遠山 貴之", Set.of(PanelRole.D), "病理診断科", true, false));
        ReferralCaseSummary referral = new ReferralCaseSummary(new ReferralId(418), "相模野中央病院", "山野 遥", "PAAD",
                "膵管腺癌（PAAD）", "2025年2月、膵体部癌 cStage IV（多発肝転移）と診断。FOLFIRINOX 後に PD となり、"
                        + "ゲムシタビン＋ナブパクリタキセル療法を施行中。標準治療は年内で終了の見込み。",
                Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL));

        byte[] pdf = agenda.render("固形がんエキスパートパネル", "東都大学医学部附属病院", meeting, members,
                List.of(CaseHeader.referred(referral)), Instant.parse("2026-12-01T01:00:00Z"));

        PdfInspection.save(pdf, ARTIFACT);
        png(ARTIFACT);
        PdfInspection.assertJapaneseFontEmbedded(ARTIFACT);
        String text = PdfInspection.text(ARTIFACT);
        assertThat(text).contains("固形がんエキスパートパネル").contains("東都大学医学部附属病院")
                .contains("2026年12月8日").contains("17:30").contains("toto-next")
                .contains("黒田 修").contains("（ア）").contains("（ウ）")
                .contains("R-000418").contains("相模野中央病院").contains("膵管腺癌（PAAD）")
                .contains("標準治療は年内で終了の見込み").contains("エキスパートパネル検討");
    }

    @Test
    void agendaWithoutCasesSaysSo() throws Exception {
        MeetingDetails round = new MeetingDetails(8, 1, MeetingKind.ASYNC_ROUND, Instant.parse("2026-12-08T08:30:00Z"),
                null, MeetingStatus.SCHEDULED, Set.of(), false, false, false, null, null, null, null, 0);
        Path file = Path.of("target", "e2e-artifacts", "panel-agenda-empty.pdf");
        PdfInspection.save(agenda.render("固形がんエキスパートパネル", "東都大学医学部附属病院", round, List.of(), List.of(),
                Instant.parse("2026-12-01T01:00:00Z")), file);
        assertThat(PdfInspection.text(file)).contains("持ち回り協議").contains("割り当てられた症例はまだありません");
    }

    // For a person to look at (layout, cut text); the assertions above cannot see overlaps
    private static void png(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", pdf.toString(),
                pdf.toString().replaceFirst("\\.pdf$", "")).inheritIO().start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.list(pdf.getParent()).anyMatch(f -> f.getFileName().toString().startsWith("panel-agenda-sample")
                && f.toString().endsWith(".png"))).isTrue();
    }
}
