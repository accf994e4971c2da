package jp.renkei.ccat.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped test catalogue: the five insured panels, each turnaround with a source or an "unconfirmed" mark. */
class TestCatalogueTest {

    @Test
    void theFiveInsuredPanelsWithTheirSampleTypes() {
        assertThat(TestCatalogue.bundled().tests()).extracting(CatalogueTest::id, CatalogueTest::sampleType)
                .containsExactly(
                        tuple("F1CDX", SampleType.TISSUE),
                        tuple("F1LCDX", SampleType.BLOOD),
                        tuple("NCC_ONCOPANEL", SampleType.TISSUE_WITH_MATCHED_BLOOD),
                        tuple("GENMINETOP", SampleType.TISSUE_WITH_MATCHED_BLOOD),
                        tuple("GUARDANT360_CDX", SampleType.BLOOD));
    }

    @Test
    void aTurnaroundWithoutAPublishedFigureIsMarkedUnconfirmed() {
        TestCatalogue catalogue = TestCatalogue.bundled();

        assertThat(catalogue.tests()).allSatisfy(test -> assertThat(test.source()).isNotBlank());
        assertThat(catalogue.find("GENMINETOP").orElseThrow().source()).contains("所要日数 22〜27日");
        assertThat(catalogue.find("F1CDX").orElseThrow().unconfirmed()).contains("仮の目安");
        assertThat(catalogue.find("GUARDANT360_CDX").orElseThrow().unconfirmed()).contains("仮の目安");
        assertThat(catalogue.find("NOT_A_TEST")).isEmpty();
    }

    @Test
    void aTestListedTwiceIsRefused() {
        CatalogueTest test = new CatalogueTest("X", "検査X", SampleType.BLOOD, 10, "出典", null);

        assertThatIllegalArgumentException().isThrownBy(() -> new TestCatalogue(List.of(test, test)))
                .withMessageContaining("lists test X twice");
    }
}
