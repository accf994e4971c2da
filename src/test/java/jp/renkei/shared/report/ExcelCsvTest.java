package jp.renkei.shared.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What Excel needs to open a Japanese CSV as it was meant: BOM, CRLF, quoted fields, no formulas. */
class ExcelCsvTest {

    @Test
    void japaneseTextOpensInExcelWithQuotesCommasAndLineBreaksKept() {
        byte[] csv = ExcelCsv.write(List.of("患者ID", "氏名"),
                List.of(List.of("P-001", "山田 太郎"), Arrays.asList("P,002", null), List.of("a\"b", "改行\nあり")));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, UTF_8)).isEqualTo(
                "\"患者ID\",\"氏名\"\r\n\"P-001\",\"山田 太郎\"\r\n\"P,002\",\"\"\r\n\"a\"\"b\",\"改行\nあり\"\r\n");
    }

    @Test
    void aFieldExcelWouldRunAsAFormulaIsWrittenAsText() {
        byte[] csv = ExcelCsv.write(List.of("ID"), List.of(List.of("=HYPERLINK(\"x\")"), List.of("-1"), List.of("@A1")));

        assertThat(new String(csv, 3, csv.length - 3, UTF_8))
                .isEqualTo("\"ID\"\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n\"'-1\"\r\n\"'@A1\"\r\n");
    }
}
