package jp.renkei.shared.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.renkei.PdfInspection;

class ReportRendererTest {

    private static final Path ARTIFACT = Path.of("target", "e2e-artifacts", "hospital-roster-smoke.pdf");

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void rosterPdfEmbedsJapaneseFontAndKeepsJapaneseTextExtractable() throws Exception {
        byte[] pdf = renderer.renderPdf("hospital-roster", rosterParameters(), rosterRows(), Locale.JAPAN);

        PdfInspection.save(pdf, ARTIFACT);
        PdfInspection.assertJapaneseFontEmbedded(ARTIFACT);

        String text = PdfInspection.text(ARTIFACT);
        assertThat(text)
                .contains("ネットワーク参加病院一覧")
                .contains("北杜大学医学部附属病院")
                .contains("中核拠点病院")
                .contains("北海道")
                .containsPattern("1\\s*/\\s*2");
    }

    private static Map<String, Object> rosterParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("title", "ネットワーク参加病院一覧");
        parameters.put("networkName", "北日本がんゲノム医療連携ネットワーク");
        parameters.put("generatedAt", "出力日時: 2025年11月21日 14:30");
        parameters.put("columnName", "病院名");
        parameters.put("columnTier", "区分");
        parameters.put("columnPrefecture", "都道府県");
        parameters.put("columnPanel", "エキスパートパネル");
        parameters.put("columnPartners", "連携先病院");
        parameters.put("footerNote", "本資料は関係者限りの取扱いとしてください。");
        return parameters;
    }

    private static List<Map<String, ?>> rosterRows() {
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(row("北杜大学医学部附属病院", "中核拠点病院", "北海道", "実施",
                "札幌みなみ総合病院、函館港町病院、旭川北星病院、釧路湿原記念病院、帯広中央病院、北見オホーツク病院"));
        rows.add(row("札幌みなみ総合病院", "拠点病院", "北海道", "実施", "北杜大学医学部附属病院、小樽運河病院"));
        rows.add(row("函館港町病院", "連携病院", "北海道", "—", "北杜大学医学部附属病院"));
        rows.add(row("青森しらかみ医療センター", "拠点病院", "青森県", "実施", "弘前りんご病院、八戸うみねこ病院"));
        rows.add(row("盛岡いわて山記念病院", "連携病院", "岩手県", "—", "青森しらかみ医療センター"));
        for (int i = 1; i <= 40; i++) {
            rows.add(row("第" + i + "北杜地域医療センター", "連携病院", "秋田県", i % 3 == 0 ? "実施" : "—",
                    "北杜大学医学部附属病院"));
        }
        return rows;
    }

    private static Map<String, String> row(String name, String tier, String prefecture, String panel, String partners) {
        return Map.of("name", name, "tier", tier, "prefecture", prefecture, "panelCapable", panel, "partners", partners);
    }
}
