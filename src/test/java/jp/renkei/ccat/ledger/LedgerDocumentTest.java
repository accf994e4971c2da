package jp.renkei.ccat.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.renkei.PdfInspection;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.report.ReportRenderer;

/** The ledger as the hospital files it: the same cells in the Excel CSV and the landscape PDF. */
class LedgerDocumentTest {

    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    private final LedgerDocument document = new LedgerDocument(new ReportRenderer(), new MessageBundleI18NProvider(),
            Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), JapanTime.ZONE));

    @Test
    void theCsvHasOneQuotedLineATestWithTheStandardsDatesAndConsents() {
        byte[] csv = document.csv(ledger(List.of(explained(), noOptionsYet())), Locale.JAPANESE);
        List<String> lines = new String(csv, 3, csv.length - 3, UTF_8).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("\"患者ID\",\"患者氏名\",\"検査\",\"検体発送日\",\"検査結果受領日\","
                + "\"エキスパートパネル実施日\",\"パネル結果受領日\",\"結果説明日\",\"新たな治療選択肢の説明日\","
                + "\"C-CAT登録の同意\",\"二次利用の同意\",\"C-CAT提出日\"");
        assertThat(lines.get(1)).isEqualTo("\"TT-0001\",\"東都 一郎\",\"FoundationOne CDx がんゲノムプロファイル\","
                + "\"2026/10/05\",\"2026/10/26\",\"2026/11/04\",\"2026/11/06\",\"2026/11/12\",\"2026/11/12\","
                + "\"同意 2026/10/02\",\"拒否 2026/10/02\",\"2026/10/20\"");
        assertThat(lines.get(2)).isEqualTo("\"TT-0002\",\"東都 二郎\",\"Guardant360 CDx がん遺伝子パネル\","
                + "\"2026/10/15\",\"\",\"2026/11/20\",\"\",\"\",\"なし\",\"\",\"\",\"\"");
    }

    @Test
    void thePdfNamesTheHospitalAndTheRangeInJapaneseWithPageNumbers() {
        List<LedgerRow> rows = IntStream.range(0, 40).mapToObj(i -> i % 2 == 0 ? explained() : noOptionsYet()).toList();

        Path pdf = PdfInspection.save(document.pdf(ledger(rows), Locale.JAPANESE),
                Path.of("target", "e2e-artifacts", "cgp-ledger-layout.pdf"));

        PdfInspection.assertJapaneseFontEmbedded(pdf);
        String text = PdfInspection.text(pdf);
        assertThat(text).contains("がん遺伝子パネル検査 管理簿", "東都大学医学部附属病院",
                "検査オーダー日 2026/10/01 ～ 2026/11/30", "東都 一郎", "同意 2026/10/02");
        List<String> pages = Stream.of(text.split("\f")).filter(page -> !page.isBlank()).toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages.getFirst()).containsPattern("1\\s*/\\s*" + pages.size());
        assertThat(pages.getLast()).containsPattern(pages.size() + "\\s*/\\s*" + pages.size())
                .contains("40 件（患者 2 名）");
    }

    @Test
    void anEmptyRangeSaysSo() {
        Path pdf = PdfInspection.save(document.pdf(ledger(List.of()), Locale.JAPANESE),
                Path.of("target", "e2e-artifacts", "cgp-ledger-empty.pdf"));

        assertThat(PdfInspection.text(pdf)).contains("この期間に自院の患者の検査はありません。").containsPattern("1\\s*/\\s*1");
    }

    private static Ledger ledger(List<LedgerRow> rows) {
        return new Ledger("東都大学医学部附属病院", FROM, LocalDate.of(2026, 11, 30), rows);
    }

    private static LedgerRow explained() {
        return new LedgerRow(1, "TT-0001", "東都 一郎", "FoundationOne CDx がんゲノムプロファイル",
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 4),
                LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 12), true, LocalDate.of(2026, 11, 12),
                new LedgerConsent(ConsentDecision.GRANTED, LocalDate.of(2026, 10, 2)),
                new LedgerConsent(ConsentDecision.REFUSED, LocalDate.of(2026, 10, 2)), LocalDate.of(2026, 10, 20));
    }

    private static LedgerRow noOptionsYet() {
        return new LedgerRow(2, "TT-0002", "東都 二郎", "Guardant360 CDx がん遺伝子パネル", LocalDate.of(2026, 10, 15), null,
                LocalDate.of(2026, 11, 20), null, null, false, null, null, null, null);
    }
}
