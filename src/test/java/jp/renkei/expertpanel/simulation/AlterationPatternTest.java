package jp.renkei.expertpanel.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forms a panel member types are recognised; near misses are not. */
class AlterationPatternTest {

    @Test
    void proteinChangesMatchWithOrWithoutPrefixAndCase() {
        AlterationPattern l858r = AlterationPattern.parse("p.L858R");
        assertThat(l858r.matches("p.L858R")).isTrue();
        assertThat(l858r.matches("l858r")).isTrue();
        assertThat(l858r.matches("Ｌ８５８Ｒ")).as("full-width").isTrue();
        assertThat(l858r.matches("p.L861Q")).isFalse();
    }

    @Test
    void exonDeletionsMatchByNameOrByTheCodonTheDeletionStartsAt() {
        AlterationPattern exon19 = AlterationPattern.parse("exon19del:729-761");
        assertThat(exon19.matches("exon 19 deletion")).isTrue();
        assertThat(exon19.matches("Ex19del")).isTrue();
        assertThat(exon19.matches("エクソン19欠失")).isTrue();
        assertThat(exon19.matches("p.E746_A750del")).isTrue();
        assertThat(exon19.matches("p.L747_P753delinsS")).isTrue();
        assertThat(exon19.matches("p.D770_N771insSVD")).as("an exon 20 insertion").isFalse();
        assertThat(exon19.matches("p.E709_T710delinsD")).as("starts in exon 18").isFalse();
    }

    @Test
    void fusionsSkippingHighAndAny() {
        AlterationPattern fusion = AlterationPattern.parse("fusion");
        assertThat(fusion.matches("EML4-ALK")).isTrue();
        assertThat(fusion.matches("ETV6::NTRK3")).isTrue();
        assertThat(fusion.matches("融合遺伝子")).isTrue();
        assertThat(fusion.matches("p.F1174L")).isFalse();
        assertThat(AlterationPattern.parse("exon14skipping").matches("exon 14 skipping")).isTrue();
        assertThat(AlterationPattern.parse("high").matches("MSI-H")).isTrue();
        assertThat(AlterationPattern.parse("high").matches("Low")).isFalse();
        assertThat(AlterationPattern.parse("any").matches("p.Q1756fs")).isTrue();
    }
}
