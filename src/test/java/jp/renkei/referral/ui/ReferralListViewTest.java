package jp.renkei.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.oncotree.CancerType;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;

/** The referral list's rarely used filters: out of the page until asked for, by a click or by a link. */
@RenkeiIntegrationTest
class ReferralListViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    CancerTypeCatalogue cancerTypes;

    @BeforeEach
    void signInAsCoordinator() {
        signIn.as("coordinator");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theDateTypeAndServiceFiltersAppearWhenAskedForAndThenFilterTheList() {
        ReferralListView list = navigate("referrals", ReferralListView.class);
        assertThat($(DatePicker.class).all()).as("not built for a plain list").isEmpty();
        assertThat($(ComboBox.class).all()).isEmpty();
        assertThat(list.more.opener.getText()).isEqualTo("ほかの条件で絞り込む");
        assertThat($(Button.class).withId("new-referral").all()).as("the receiving side writes no referral").isEmpty();

        test(list.more.opener).click();
        assertThat($(DatePicker.class).all()).extracting(DatePicker::getLabel)
                .containsExactly("更新日（から）", "更新日（まで）");
        assertThat(list.more.opener.isAttached()).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<RequestedService> service = $(ComboBox.class).id("filter-service");
        test(service).selectItem(list.getTranslation("service." + RequestedService.EXPERT_PANEL.name()));
        assertThat(list.filter().service()).as("the grid is asked for that service").isEqualTo(
                RequestedService.EXPERT_PANEL);
    }

    @Test
    void aLinkAskingForACancerTypeAndADateShowsThemAndThePlainListClearsThem() {
        CancerType asked = cancerTypes.all().getFirst();
        UI.getCurrent().navigate("referrals", QueryParameters.simple(Map.of("cancer", asked.code(), "from",
                "2026-10-01")));
        ReferralListView list = $(ReferralListView.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<CancerType> cancerType = $(ComboBox.class).id("filter-cancer-type");
        assertThat(cancerType.getValue()).isEqualTo(asked);
        assertThat($(DatePicker.class).id("filter-from").getValue()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(list.filter().cancerTypeCode()).isEqualTo(asked.code());

        ReferralListView plain = navigate("referrals", ReferralListView.class);
        assertThat(plain.filter().cancerTypeCode()).as("the list opened again without the filter").isNull();
        assertThat(plain.filter().from()).isNull();
    }
}
