package jp.renkei.ccat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.TestCatalogue;

/** The names coordinators type when they order a test, against the bundled catalogue. */
class CatalogueMatchTest {

    private static final TestCatalogue CATALOGUE = TestCatalogue.bundled();

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(nullValues = "none", value = {
            "FoundationOne CDx がんゲノムプロファイル, F1CDX",
            "FoundationOne CDx, F1CDX",
            "ＦｏｕｎｄａｔｉｏｎＯｎｅ　ＣＤｘ, F1CDX",
            "foundationone liquid cdx, F1LCDX",
            "F1CDX, F1CDX",
            "NCCオンコパネル, NCC_ONCOPANEL",
            "GenMineTOP, GENMINETOP",
            "Guardant360, GUARDANT360_CDX",
            "FoundationOne, none",
            "CDx, none",
            "院内パネル, none"
    })
    void findsTheOneCatalogueTestAnOrderNames(String typed, String expectedId) {
        assertThat(CatalogueMatch.find(CATALOGUE, typed).map(CatalogueTest::id).orElse(null)).isEqualTo(expectedId);
    }
}
