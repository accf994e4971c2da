package jp.renkei.referral.oncotree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CancerTypeCatalogueTest {

    private final CancerTypeCatalogue catalogue = CancerTypeCatalogue.shared();

    private static List<String> codes(List<CancerType> types) {
        return types.stream().map(CancerType::code).toList();
    }

    // --- the bundled data -----------------------------------------------------------------------------------

    @Test
    void bundledCatalogueHasAUsefulNumberOfTypes() {
        assertThat(catalogue.all()).hasSizeBetween(80, 130);
    }

    @Test
    void codesAreUniqueAndShapedLikeOncoTreeCodes() {
        Set<String> seen = new HashSet<>();
        for (CancerType type : catalogue.all()) {
            assertThat(type.code()).matches("[A-Z0-9_]+");
            assertThat(seen.add(type.code())).as("duplicate code %s", type.code()).isTrue();
        }
    }

    @Test
    void everyRowHasBothNamesAndBothTissues() {
        assertThat(catalogue.all()).allSatisfy(type -> {
            assertThat(type.nameEn()).isNotBlank();
            assertThat(type.nameJa()).isNotBlank();
            assertThat(type.tissueEn()).isNotBlank();
            assertThat(type.tissueJa()).isNotBlank();
        });
    }

    @Test
    void japaneseNamesAreJapaneseAndEnglishNamesAreNot() {
        assertThat(catalogue.all()).allSatisfy(type -> {
            assertThat(type.nameJa()).as(type.code()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            assertThat(type.nameEn()).as(type.code()).doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        });
    }

    @Test
    void commonCgpTypesArePresent() {
        assertThat(codes(catalogue.all())).contains("PAAD", "IHCH", "EHCH", "GBC", "COADREAD", "BRCA", "LUAD",
                "LUSC", "SCLC", "STAD", "ESCC", "PRAD", "HGSOC", "UCEC", "CESC", "HNSC", "CUP", "HCC", "BLCA",
                "CCRCC", "THPA", "GB", "SKCM", "GIST", "NBL", "WT", "ES", "OS", "RMS");
    }

    @Test
    void commaInAQuotedNameIsKept() {
        assertThat(catalogue.byCode("SARCNOS")).map(CancerType::nameEn).contains("Sarcoma, NOS");
    }

    // --- byCode ---------------------------------------------------------------------------------------------

    @Test
    void byCodeFindsAKnownCodeIgnoringCase() {
        assertThat(catalogue.byCode("PAAD")).map(CancerType::nameEn).contains("Pancreatic Adenocarcinoma");
        assertThat(catalogue.byCode(" luad ")).map(CancerType::nameJa).contains("肺腺癌");
    }

    @Test
    void byCodeOfAnUnknownOrMissingCodeIsEmpty() {
        assertThat(catalogue.byCode("NOPE")).isEmpty();
        assertThat(catalogue.byCode("")).isEmpty();
        assertThat(catalogue.byCode(null)).isEmpty();
    }

    // --- search ---------------------------------------------------------------------------------------------

    @Test
    void japaneseFragmentFindsPancreaticAdenocarcinomaFirst() {
        assertThat(codes(catalogue.search("膵", Locale.JAPANESE, 10))).startsWith("PAAD");
    }

    @Test
    void englishPrefixFindsPancreaticAdenocarcinoma() {
        assertThat(codes(catalogue.search("pancrea", Locale.ENGLISH, 10))).startsWith("PAAD").contains("PAAC");
    }

    @Test
    void exactCodeComesFirstWhateverItsCase() {
        assertThat(codes(catalogue.search("luad", Locale.ENGLISH, 10))).first().isEqualTo("LUAD");
        assertThat(codes(catalogue.search("LUAD", Locale.JAPANESE, 10))).first().isEqualTo("LUAD");
        assertThat(codes(catalogue.search("es", Locale.ENGLISH, 10))).first().isEqualTo("ES");
    }

    @Test
    void bileDuctFindsIntrahepaticAndExtrahepaticCholangiocarcinoma() {
        assertThat(codes(catalogue.search("胆管", Locale.JAPANESE, 10))).contains("IHCH", "EHCH", "PHCH", "CHOL");
    }

    @Test
    void startsWithRanksAboveWordPrefixAboveContains() {
        List<String> found = codes(catalogue.search("lung", Locale.ENGLISH, 20));
        assertThat(found.indexOf("LUAD")).isLessThan(found.indexOf("NSCLC"));
        List<String> adeno = codes(catalogue.search("adeno", Locale.ENGLISH, 200));
        // "Adenocarcinoma of the Gastroesophageal Junction" starts with it; "Lung Adenocarcinoma" has it as a word
        assertThat(adeno.indexOf("GEJ")).isLessThan(adeno.indexOf("LUAD"));
        List<String> carcinoma = codes(catalogue.search("carcinoma", Locale.ENGLISH, 200));
        // a word in "Hepatocellular Carcinoma", only a substring of "Intrahepatic Cholangiocarcinoma"
        assertThat(carcinoma.indexOf("HCC")).isLessThan(carcinoma.indexOf("IHCH"));
    }

    @Test
    void englishSubstringInsideAWordMatches() {
        assertThat(codes(catalogue.search("angiocarc", Locale.ENGLISH, 10))).contains("IHCH", "EHCH");
    }

    @Test
    void kanaIsMatchedRegardlessOfHiraganaOrKatakanaAndWidth() {
        assertThat(codes(catalogue.search("ゆーいんぐ", Locale.JAPANESE, 10))).containsExactly("ES");
        assertThat(codes(catalogue.search("ｶﾙﾁﾉｲﾄﾞ", Locale.JAPANESE, 10))).containsExactly("LUCA");
        assertThat(codes(catalogue.search("ＬＵＡＤ", Locale.JAPANESE, 10))).first().isEqualTo("LUAD");
    }

    @Test
    void ganInKanaMatchesTheKanji() {
        assertThat(codes(catalogue.search("肝内胆管がん", Locale.JAPANESE, 10))).containsExactly("IHCH");
        assertThat(codes(catalogue.search("原発不明ガン", Locale.JAPANESE, 10))).containsExactly("CUP");
    }

    @Test
    void everydayJapaneseShorthandFindsTheType() {
        assertThat(codes(catalogue.search("膵がん", Locale.JAPANESE, 10))).startsWith("PAAD");
        assertThat(codes(catalogue.search("胃癌", Locale.JAPANESE, 10))).startsWith("STAD");
        assertThat(codes(catalogue.search("子宮体がん", Locale.JAPANESE, 10))).startsWith("UCEC");
        // a substring match still outranks characters merely found in order
        List<String> lung = codes(catalogue.search("肺腺癌", Locale.JAPANESE, 10));
        assertThat(lung).first().isEqualTo("LUAD");
    }

    @Test
    void tissueMatchesRankBelowNameMatches() {
        List<String> kidney = codes(catalogue.search("kidney", Locale.ENGLISH, 20));
        assertThat(kidney).contains("RCC", "CCRCC", "WT");
        assertThat(codes(catalogue.search("子宮頸部", Locale.JAPANESE, 5))).contains("CESC", "CEAD");
    }

    @Test
    void everyWordOfAMultiWordQueryMustBeFound() {
        assertThat(codes(catalogue.search("adenocarcinoma lung", Locale.ENGLISH, 10))).containsExactly("LUAD");
        assertThat(catalogue.search("adenocarcinoma xyzzy", Locale.ENGLISH, 10)).isEmpty();
    }

    @Test
    void blankTextReturnsTheCatalogueInOrderUpToTheLimit() {
        assertThat(catalogue.search("  ", Locale.JAPANESE, 3)).containsExactlyElementsOf(catalogue.all().subList(0, 3));
        assertThat(catalogue.search(null, Locale.JAPANESE, 1000)).hasSameSizeAs(catalogue.all());
    }

    @Test
    void limitIsRespected() {
        assertThat(catalogue.search("carcinoma", Locale.ENGLISH, 4)).hasSize(4);
        assertThat(catalogue.search("carcinoma", Locale.ENGLISH, 0)).isEmpty();
        assertThatThrownBy(() -> catalogue.search("x", Locale.ENGLISH, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingMatchesNonsense() {
        assertThat(catalogue.search("qqqq", Locale.ENGLISH, 10)).isEmpty();
    }

    @Test
    void matchesAgreesWithSearch() {
        for (String text : List.of("膵", "pancrea", "luad", "胆管", "kidney", "lung adeno", "膵がん", "qqqq", "")) {
            List<CancerType> found = catalogue.search(text, Locale.ENGLISH, 1000);
            assertThat(catalogue.all()).allSatisfy(type ->
                    assertThat(catalogue.matches(type, text)).as("%s / %s", type.code(), text)
                            .isEqualTo(found.contains(type) || text.isEmpty()));
        }
    }

    // --- labels ---------------------------------------------------------------------------------------------

    @Test
    void labelIsLocalised() {
        CancerType paad = catalogue.byCode("PAAD").orElseThrow();
        assertThat(paad.label(Locale.JAPANESE)).isEqualTo("膵腺癌（PAAD）");
        assertThat(paad.label(Locale.JAPAN)).isEqualTo("膵腺癌（PAAD）");
        assertThat(paad.label(Locale.ENGLISH)).isEqualTo("Pancreatic Adenocarcinoma (PAAD)");
        assertThat(paad.label(Locale.US)).isEqualTo("Pancreatic Adenocarcinoma (PAAD)");
        assertThat(paad.label(null)).isEqualTo("膵腺癌（PAAD）");
        assertThat(paad.tissue(Locale.ENGLISH)).isEqualTo("Pancreas");
        assertThat(paad.tissue(Locale.JAPANESE)).isEqualTo("膵臓");
    }

    // --- construction and parsing -----------------------------------------------------------------------------

    @Test
    void newInstanceWithoutSpringEqualsTheSharedOne() {
        assertThat(new CancerTypeCatalogue().all()).isEqualTo(catalogue.all());
    }

    @Test
    void recordRejectsMalformedCodesAndBlankNames() {
        assertThatThrownBy(() -> new CancerType("paad", "x", "x", "x", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CancerType("PAAD", "x", " ", "x", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicateCodesAreRejected() {
        CancerType a = new CancerType("AA", "A", "あ", "T", "て");
        assertThatThrownBy(() -> new CancerTypeCatalogue(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AA");
    }

    @Test
    void parserHandlesCommentsQuotesAndReportsBadLines() throws Exception {
        String csv = """
                # comment
                code,name_en,name_ja,tissue_en,tissue_ja

                X1,"Quoted, with \"\"quotes\"\"",名前,Tissue,組織
                """;
        List<CancerType> parsed = CancerTypeCatalogue.parse(new StringReader(csv), "test");
        assertThat(parsed).containsExactly(new CancerType("X1", "Quoted, with \"quotes\"", "名前", "Tissue", "組織"));

        String missingField = "code,name_en,name_ja,tissue_en,tissue_ja\nX1,Name,名前,Tissue\n";
        assertThatThrownBy(() -> CancerTypeCatalogue.parse(new StringReader(missingField), "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test:2");

        String noHeader = "X1,Name,名前,Tissue,組織\n";
        assertThatThrownBy(() -> CancerTypeCatalogue.parse(new StringReader(noHeader), "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("header");
    }
}
