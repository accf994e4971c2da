package jp.renkei.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.audit.AuditRecord;

/** The audit page backs its promise 「記録は変更・削除できません」 with the tamper check's last result. */
@RenkeiIntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theNetworkAdminVerifiesTheChainAndSeesItIntact() {
        signIn.as("network-admin");
        AuditView view = open();
        assertThat(view.getElement().getTextRecursively()).contains("記録は変更・削除できません");

        test(view.verify).click();

        assertThat(view.chainStatus.getText()).startsWith("改ざん検証：").contains("件を検証し、異常はありませんでした");
        assertThat(view.chainStatus.getElement().getAttribute("data-valid")).isEqualTo("true");
    }

    @Test
    void aHospitalAdminSeesTheLastResultButDoesNotStartAWalk() {
        signIn.as("network-admin");
        test(open().verify).click();

        signIn.as("hospital-admin");
        navigate("", Component.class); // their own browser: the page is built anew, not the one left open
        AuditView view = open();

        assertThat(view.chainStatus.getText()).contains("異常はありませんでした");
        assertThat(view.verify.isVisible()).isFalse();
    }

    @Test
    void readsInEnglish() {
        signIn.as("network-admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        AuditView view = open();
        test(view.verify).click();
        assertThat(view.chainStatus.getText()).startsWith("Tamper check:").contains("all intact");
        assertThat(view.verify.getText()).isEqualTo("Verify now");
    }

    @Test
    void showsRoleSourceAddressAndAShortenedClientForEachEntry() {
        signIn.as("network-admin");
        AuditView view = open();

        assertThat(view.grid.getColumns().stream().map(c -> c.getHeaderText()))
                .contains("役割", "接続元アドレス", "クライアント（ブラウザ）");
        String browser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142";
        AuditRecord fromTheWeb = new AuditRecord(1, Instant.EPOCH, "森川 千夏", "CORE_COORDINATOR,HOSPITAL_ADMIN", 1L,
                "REFERRAL_VIEWED", "referral:R-000001", null, "127.0.0.1", browser);
        assertThat(view.roles(fromTheWeb)).isEqualTo("がんゲノム医療コーディネーター、病院管理者");
        assertThat(AuditView.shortened(browser)).isEqualTo("Mozilla/5.0 (Windows NT 10.0; Wi…");
        AuditRecord byThePortal = new AuditRecord(2, Instant.EPOCH, "system", null, null, "HOSPITAL_SCOPE_ENTERED",
                null, null, null, null);
        assertThat(view.roles(byThePortal)).isEqualTo("システム");
    }

    private AuditView open() {
        return navigate("audit", AuditView.class);
    }
}
