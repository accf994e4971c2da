package jp.renkei.ccat.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.workflow.NotFound;
import jp.renkei.shared.workflow.Refused;

/**
 * Completeness of a demo test referred by 相模野 and run by 東都: what the referral says is filled without typing,
 * the rest is named; the coordinator records an item as entered, the referring clinician sees the same picture, and
 * a third hospital sees nothing.
 */
@RenkeiIntegrationTest
class CompletenessIT {

    @Autowired
    CompletenessService completeness;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;

    private long test;

    @AfterEach
    void reset() {
        signIn.out();
        jdbc.update("delete from ccat_clinical_item_entry where test_id = ? and item_id in ('specimenSite', 'msiMmr')",
                test);
    }

    @Test
    void whatTheReferralSaysIsFilledAndTheRestIsNamed() {
        test = referredDemoTest();
        signIn.as("coordinator");

        TestCompleteness shown = completeness.forTest(test);

        assertThat(shown.completeness().itemSetVersion()).isEqualTo("v1");
        assertThat(shown.itemSetUnconfirmed()).contains("確認できていません");
        assertThat(state(shown, "cancerType")).isEqualTo(ItemState.KNOWN_FROM_WORKFLOW);
        assertThat(state(shown, "panelTest")).isEqualTo(ItemState.KNOWN_FROM_WORKFLOW);
        assertThat(state(shown, "familyHistory")).as("entered by the demo's coordinator").isEqualTo(ItemState.ENTERED);
        assertThat(shown.completeness().missing()).extracting(CompletenessItem::id)
                .contains("specimenSite", "msiMmr", "regimensBeforePanel").doesNotContain("cancerType", "sex");
        assertThat(shown.mayRecord()).isTrue();
    }

    @Test
    void anItemMarkedAsEnteredCountsAndIsRecordedOnce() {
        test = referredDemoTest();
        signIn.as("coordinator");
        TestCompleteness before = completeness.forTest(test);
        int missingBefore = completeness.missingCounts(List.of(test)).get(test);

        TestCompleteness after = completeness.markEntered(test, "specimenSite");

        assertThat(after.completeness().filled()).isEqualTo(before.completeness().filled() + 1);
        assertThat(state(after, "specimenSite")).isEqualTo(ItemState.ENTERED);
        assertThat(completeness.missingCounts(List.of(test))).containsEntry(test, missingBefore - 1);
        assertThatThrownBy(() -> completeness.markEntered(test, "specimenSite")).isInstanceOf(Refused.class)
                .extracting("messageKey").isEqualTo("ccat.completeness.error.alreadyEntered");
        assertThatThrownBy(() -> completeness.markEntered(test, "noSuchItem")).isInstanceOf(Refused.class)
                .extracting("messageKey").isEqualTo("ccat.completeness.error.unknownItem");
        assertThat(jdbc.queryForObject("select item_set_version from ccat_clinical_item_entry where test_id = ?"
                + " and item_id = 'specimenSite'", String.class, test)).isEqualTo("v1");
    }

    @Test
    void theReferringClinicianSeesTheSamePictureAndAThirdHospitalNothing() {
        test = referredDemoTest();
        signIn.as("coordinator");
        int filled = completeness.forTest(test).completeness().filled();

        signIn.as("liaison");
        TestCompleteness referrer = completeness.forTest(test);
        assertThat(referrer.completeness().filled()).isEqualTo(filled);
        assertThat(referrer.mayRecord()).isFalse();
        assertThatThrownBy(() -> completeness.markEntered(test, "msiMmr")).isInstanceOf(AccessDeniedException.class);

        signIn.as("hospital-admin");
        assertThatThrownBy(() -> completeness.markEntered(test, "msiMmr")).as("the testing hospital's admin reads")
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("aoba-coordinator");
        assertThatThrownBy(() -> completeness.forTest(test)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> completeness.markEntered(test, "msiMmr")).isInstanceOf(NotFound.class);
        assertThat(completeness.missingCounts(List.of(test))).isEmpty();
        signIn.as("coordinator");
        assertThat(completeness.forTest(test).completeness().missing()).extracting(CompletenessItem::id)
                .as("nothing was marked").contains("msiMmr");
    }

    private long referredDemoTest() {
        return jdbc.queryForObject("select t.id from ccat_test t where t.referral_id is not null"
                + " and t.catalogue_test_id is not null and t.partner_hospital_id = 1 and t.origin_hospital_id = 5"
                + " order by t.id limit 1", Long.class);
    }

    private static ItemState state(TestCompleteness shown, String itemId) {
        return shown.completeness().required().stream().filter(check -> check.item().id().equals(itemId))
                .map(ItemCheck::state).findFirst().orElseThrow();
    }
}
