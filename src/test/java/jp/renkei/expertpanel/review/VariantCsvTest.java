package jp.renkei.expertpanel.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import jp.renkei.shared.workflow.Refused;

class VariantCsvTest {

    @Test
    void readsEveryRowWithAByteOrderMarkAndCrlf() {
        var rows = VariantCsv.parse("\uFEFFgene,alteration,vaf,pathogenicity,germline_suspected\r\n"
                + "KRAS,p.G12D,35.2,pathogenic,false\r\nBRCA2,p.S1982fs,48,Likely_Pathogenic,yes\r\n\r\n");
        assertThat(rows).containsExactly(
                new VariantEntry("KRAS", "p.G12D", new BigDecimal("35.2"), Pathogenicity.PATHOGENIC, false),
                new VariantEntry("BRCA2", "p.S1982fs", new BigDecimal("48"), Pathogenicity.LIKELY_PATHOGENIC, true));
    }

    @Test
    void aBadRowIsNamedByRowAndColumn() {
        String header = VariantCsv.HEADER + "\n";
        assertRejected(header + "KRAS,p.G12D,35,pathogenic,false\nTP53,p.R175H,abc,vus,false\n",
                "panel.variants.csv.vaf", "3", "vaf");
        assertRejected(header + "KRAS,p.G12D,135,pathogenic,false\n", "panel.variants.csv.vaf", "2", "vaf");
        assertRejected(header + "KRAS,p.G12D,35,harmless,false\n", "panel.variants.csv.pathogenicity", "2",
                "pathogenicity");
        assertRejected(header + "KRAS,p.G12D,35,vus,maybe\n", "panel.variants.csv.germline", "2",
                "germline_suspected");
        assertRejected(header + ",p.G12D,35,vus,false\n", "panel.variants.csv.required", "2", "gene");
        assertRejected(header + "KRAS,p.G12D,35\n", "panel.variants.csv.columns", "2", "5");
        assertRejected("gene;alteration\n", "panel.variants.csv.header", VariantCsv.HEADER);
        assertRejected(header, "panel.variants.csv.empty");
    }

    private static void assertRejected(String csv, String key, String... arguments) {
        assertThatThrownBy(() -> VariantCsv.parse(csv)).isInstanceOfSatisfying(Refused.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
