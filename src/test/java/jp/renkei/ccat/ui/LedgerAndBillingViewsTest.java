package jp.renkei.ccat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;

/**
 * The ledger, the billing list, the catalogue and the test page's completeness and billing sections as the demo
 * network's coordinator and network admin see them, without a browser.
 */
@RenkeiIntegrationTest
class LedgerAndBillingViewsTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theLedgerListsTheHospitalsTestsWithTheirDates() {
        signIn.as("coordinator");
        LedgerView view = navigate(LedgerView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(5);
        assertThat(view.summary.getText()).matches("\\d+ 件（患者 \\d+ 名）");
        assertThat(columnTexts(view, 0)).contains("T-20477", "S-100088");
        assertThat(view.csv.getHref()).isNotBlank();
    }

    @Test
    void aRangeOverAYearLoadsNothingAndSaysWhy() {
        signIn.as("coordinator");
        LedgerView view = navigate(LedgerView.class);
        assertThat(test(view.grid).size()).isPositive();

        view.from.setValue(view.to.getValue().minusYears(3));
        test(view.show).click();

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.summary.getText()).isEqualTo("期間を正しく指定してください（開始日から終了日まで、1 年以内）。");
    }

    @Test
    void theBillingListShowsAtRiskAndClaimedItems() {
        signIn.as("hospital-admin");
        BillingView view = navigate(BillingView.class);

        List<String> statuses = new ArrayList<>();
        for (int row = 0; row < test(view.grid).size(); row++) {
            statuses.add(((Span) test(view.grid).getCellComponent(row, 4)).getText());
        }
        test(view.month).selectItem(view.month.getListDataView().getItem(1).format(
                DateTimeFormatter.ofPattern("yyyy年M月")));
        for (int row = 0; row < test(view.grid).size(); row++) {
            statuses.add(((Span) test(view.grid).getCellComponent(row, 4)).getText());
        }
        assertThat(statuses).contains("算定可", "算定が危ぶまれる", "算定済み");
    }

    @Test
    void theTestPageSectionsSayWhatIsMissingAndWhatCanBeClaimed() {
        long id = jdbc.queryForObject("select id from ccat_test where referral_id is not null and partner_hospital_id = 1"
                + " and catalogue_test_id is not null order by id limit 1", Long.class);
        signIn.as("coordinator");
        navigate(LedgerView.class);

        CompletenessSection completeness = CompletenessSection.create();
        completeness.show(id);
        BillingSection billing = BillingSection.create();
        billing.show(id);

        assertThat(completeness.title.getText()).matches("臨床情報の入力状況 \\d+/\\d+（項目一覧 v1・.+）");
        assertThat(completeness.missing.getChildren().count()).isPositive();
        assertThat(billing.isVisible()).isTrue();
        assertThat(billing.items.getChildren().count()).isEqualTo(3);

        signIn.as("liaison");
        BillingSection referrerView = BillingSection.create();
        referrerView.show(id);
        assertThat(referrerView.isVisible()).as("the referring hospital does not bill the test").isFalse();
    }

    @Test
    void theNetworkAdminSeesTheCatalogueWithItsSources() {
        signIn.as("network-admin");
        CatalogueView view = navigate(CatalogueView.class);

        assertThat(test(view.tests).size()).isEqualTo(5);
        assertThat(test(view.tests).getCellText(0, 0)).isEqualTo("FoundationOne CDx がんゲノムプロファイル");
        assertThat(test(view.tests).getCellText(0, 2)).isEqualTo("14 営業日");
        assertThat(test(view.tests).getCellText(0, 3)).isEqualTo("未確認あり");
        assertThat(((Button) test(view.tests).getCellComponent(0, 5)).getText()).isEqualTo("編集");
    }

    private List<String> columnTexts(LedgerView view, int column) {
        return IntStream.range(0, test(view.grid).size())
                .mapToObj(row -> test(view.grid).getCellText(row, column)).toList();
    }
}
