package jp.renkei.ccat.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.shared.workflow.ChangedConcurrently;
import jp.renkei.shared.workflow.Refused;

/**
 * The network admin's catalogue on the real database: seeded from the shipped file, each save a new audited revision
 * with its reason, planning sees an edit at once, and a stale form never overwrites. Works on a test of its own,
 * removed afterwards, so the shared catalogue other tests plan with is untouched.
 */
@RenkeiIntegrationTest
class TestCatalogueServiceIT {

    private static final String OWN_TEST = "IT_PANEL_X";

    @Autowired
    TestCatalogueService service;
    @Autowired
    TestCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;

    @AfterEach
    void reset() {
        signIn.out();
        jdbc.update("delete from ccat_catalogue_revision where test_id = ?", OWN_TEST);
    }

    @Test
    void theMaintainedCatalogueStartsAsTheShippedFile() {
        assertThat(catalogue.tests()).containsExactlyElementsOf(TestCatalogue.bundled().tests());
    }

    @Test
    void aSaveIsANewAuditedRevisionThatPlanningSeesAtOnce() {
        signIn.as("network-admin");
        service.save(new CatalogueEdit(OWN_TEST, "検査X パネル", SampleType.BLOOD, 12, "検査案内 所要日数 10〜12", null,
                "新しく保険適用された", 0));

        CatalogueEntry revised = service.save(new CatalogueEdit(OWN_TEST, "検査X パネル", SampleType.BLOOD, 18,
                "検査案内 所要日数 15〜18（改訂）", "暦日か営業日か未確認", "検査案内の改訂", 1));

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(catalogue.find(OWN_TEST)).map(CatalogueTest::labTurnaroundBusinessDays).contains(18);
        assertThat(service.history(OWN_TEST)).extracting(CatalogueEntry::revision,
                entry -> entry.test().labTurnaroundBusinessDays(), CatalogueEntry::reason, CatalogueEntry::changedByName)
                .containsExactly(tuple(2, 18, "検査案内の改訂", "中原 徹"), tuple(1, 12, "新しく保険適用された", "中原 徹"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CCAT_CATALOGUE_CHANGED'"
                + " and subject = ?", Integer.class, "ccat_catalogue:" + OWN_TEST)).isEqualTo(2);
    }

    @Test
    void aFormSavedFromAnOlderRevisionIsRefusedInsteadOfOverwriting() {
        signIn.as("network-admin");
        service.save(new CatalogueEdit(OWN_TEST, "検査X", SampleType.TISSUE, 14, "出典", null, "追加", 0));
        service.save(new CatalogueEdit(OWN_TEST, "検査X", SampleType.TISSUE, 16, "出典", null, "一人目の修正", 1));

        assertThatThrownBy(() -> service.save(new CatalogueEdit(OWN_TEST, "検査X", SampleType.TISSUE, 20, "出典", null,
                "二人目の修正", 1))).isInstanceOf(ChangedConcurrently.class);
        assertThatThrownBy(() -> service.save(new CatalogueEdit(OWN_TEST, "検査X", SampleType.TISSUE, 20, "出典", null,
                "同じコードで追加", 0))).isInstanceOf(Refused.class).extracting("messageKey")
                .isEqualTo("ccat.catalogue.error.exists");
        assertThat(catalogue.find(OWN_TEST)).map(CatalogueTest::labTurnaroundBusinessDays).contains(16);
    }

    @Test
    void aChangeWithoutAReasonOrASourceIsRefused() {
        signIn.as("network-admin");

        assertThatThrownBy(() -> service.save(new CatalogueEdit(OWN_TEST, "検査X", SampleType.TISSUE, 14, "出典", null,
                " ", 0))).isInstanceOf(Refused.class).extracting("messageKey").isEqualTo("ccat.catalogue.error.reason");
        assertThatThrownBy(() -> service.save(new CatalogueEdit(OWN_TEST, "検査X", SampleType.TISSUE, 14, "", null,
                "追加", 0))).isInstanceOf(Refused.class).extracting("messageKey")
                .isEqualTo("ccat.catalogue.error.incomplete");
        assertThat(catalogue.find(OWN_TEST)).isEmpty();
    }

    @Test
    void onlyTheNetworkAdminEditsTheCatalogue() {
        signIn.as("coordinator");

        assertThatThrownBy(() -> service.save(new CatalogueEdit(OWN_TEST, "検査X", SampleType.TISSUE, 14, "出典", null,
                "追加", 0))).isInstanceOf(AccessDeniedException.class);
        assertThat(catalogue.find(OWN_TEST)).isEmpty();
    }
}
