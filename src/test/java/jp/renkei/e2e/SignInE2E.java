package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.renkei.PdfInspection;
import jp.renkei.identity.internal.Base32;
import jp.renkei.identity.internal.Totp;

/** The demo accounts sign in to the packaged portal in a real browser and see where and who they are. */
class SignInE2E extends PortalBrowserTest {

    @ParameterizedTest(name = "{0} sees {1} and {2}")
    @CsvSource({
            "liaison,        相模野中央病院,         連携病院 主治医",
            "liaison2,       房総みらい病院,         連携病院 主治医",
            "coordinator,    東都大学医学部附属病院, がんゲノム医療コーディネーター",
            "counselor,      東都大学医学部附属病院, 遺伝カウンセラー",
            "panelist,       東都大学医学部附属病院, エキスパートパネル構成員",
            "hospital-admin, 東都大学医学部附属病院, 病院管理者",
            "network-admin,  ネットワーク事務局,     ネットワーク管理者"
    })
    void eachDemoAccountSeesItsHospitalAndRoleInJapanese(String username, String hospital, String role)
            throws Exception {
        Page page = signIn(username);
        assertThat(page.locator("#active-hospital")).hasText(hospital);
        assertThat(page.locator("#active-role")).containsText(role);
        assertThat(page.locator("#home-greeting")).containsText("ようこそ");
        assertThat(page.locator("#home-figures .figure-tile").first()).isVisible();
        Browser.screenshot(page, "home-" + username);
        page.context().close();
    }

    @Test
    void englishSwitchTranslatesTheShellAndStaysAfterReload() throws Exception {
        Page page = signIn("coordinator");
        page.locator("#user-menu").click();
        page.getByText("言語 / Language").click();
        assertThat(page.locator("#menu-lang-en")).isVisible();
        Browser.screenshot(page, "user-menu-language");
        page.locator("#menu-lang-en").click();
        assertThat(page.locator("#active-role")).hasText("Genomic medicine coordinator");
        assertThat(page.locator("#active-hospital")).hasText("Toto University Hospital");
        assertThat(page.locator("#home-greeting")).containsText("Welcome");
        page.reload();
        assertThat(page.locator("#home-greeting")).containsText("Welcome");
        Browser.screenshot(page, "home-coordinator-english");
        // the navigation's entries (plain side-nav items) open their page and mark it as the current one
        page.locator("#main-nav vaadin-side-nav-item[path='referrals']").click();
        page.waitForURL(Pattern.compile(".*/referrals"));
        assertThat(page.locator("#referral-list")).isVisible();
        assertThat(page.locator("#main-nav vaadin-side-nav-item[path='referrals']")).hasAttribute("current", "");
        Browser.screenshot(page, "referral-list-coordinator-english");
        page.context().close();
    }

    @Test
    void liaisonClinicianIsRefusedTheStaffAdministration() throws Exception {
        Page page = signIn("liaison");
        assertThat(page.locator("#main-nav")).not().containsText("利用者管理");
        page.navigate(url("/admin/users"));
        assertThat(page.locator("#access-denied")).hasText("アクセスできません");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        Browser.screenshot(page, "liaison-refused-admin-users");
        page.context().close();
    }

    @Test
    void hospitalAdminSeesOnlyOwnStaff() throws Exception {
        Page page = signIn("hospital-admin");
        // the narrowest screen the staff list is checked at: every role and its header must still read in full
        page.setViewportSize(1280, 860);
        page.navigate(url("/admin/users"));
        assertThat(page.locator("vaadin-grid")).containsText("森川 千夏");
        assertThat(page.locator("vaadin-grid")).not().containsText("山野 遥");
        Browser.screenshot(page, "hospital-admin-staff");
        page.context().close();
    }

    @Test
    void networkAdminDownloadsTheRosterAsJapanesePdf() throws Exception {
        Page page = signIn("network-admin");
        page.navigate(url("/admin/hospitals"));
        assertThat(page.locator("vaadin-grid").first()).containsText("相模野中央病院");
        Browser.screenshot(page, "network-admin-hospitals");
        Download download = page.waitForDownload(() -> page.locator("#roster-download").click());
        Path pdf = Browser.ARTIFACTS.resolve("hospital-roster.pdf");
        download.saveAs(pdf);
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(PdfInspection.text(pdf)).contains("ネットワーク参加病院一覧", "東都大学医学部附属病院", "相模野中央病院");
        page.context().close();
    }

    @Test
    void wrongPasswordIsRefusedWithAJapaneseMessage() throws Exception {
        Page page = submitLogin("liaison", "wrong-password");
        assertThat(page.locator("vaadin-login-form")).containsText("サインインできませんでした");
        Browser.screenshot(page, "login-refused");
        page.context().close();
    }

    @Test
    void thePasswordLeadsToTheSecondStepWhichRefusesAWrongCodeInJapanese() throws Exception {
        Page page = submitLogin("liaison2", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(".*/second-factor.*"));
        page.navigate(url("/referrals"));
        assertThat(page.locator("h1")).hasText("二段階認証");
        Browser.screenshot(page, "second-factor");

        page.locator("#second-factor-code").fill("12345");
        page.locator("#second-factor-submit").click();
        assertThat(page.locator("#second-factor-error")).containsText("コードが正しくありません");
        Browser.screenshot(page, "second-factor-refused");
        page.context().close();
    }

    @Test
    void aNewColleagueEnrolsAnAuthenticatorAppAtTheFirstSignInAndThenReplacesThePassword() throws Exception {
        String username = "e2e-enrol-" + System.currentTimeMillis();
        String initial = "a quiet harbour at dawn";
        Page admin = signIn("hospital-admin");
        admin.navigate(url("/admin/users"));
        admin.locator("#staff-add").click();
        admin.locator("#new-staff-username input").fill(username);
        admin.locator("#new-staff-name input").fill("初回 登録");
        admin.locator("#new-staff-password input").fill(initial);
        admin.locator("#new-staff-role input").fill("エキスパートパネル構成員");
        admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("エキスパートパネル構成員"))
                .first().click();
        admin.locator("#new-staff-save").click();
        assertThat(admin.locator("vaadin-grid")).containsText("初回 登録");
        admin.context().close();

        Page page = submitLogin(username, initial);
        page.waitForURL(Pattern.compile(".*/second-factor.*"));
        assertThat(page.locator("h1")).hasText("二段階認証の設定");
        assertThat(page.locator("#second-factor-qr")).isVisible();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        Browser.screenshot(page, "second-factor-enrolment");
        byte[] secret = Base32.decode(page.locator("#second-factor-secret").textContent());
        page.locator("#second-factor-code").fill(Totp.codeAt(secret, Totp.stepAt(Instant.now())));
        page.locator("#second-factor-submit").click();

        page.waitForURL(url -> !url.contains("/second-factor"));
        // then the password the admin chose is replaced
        assertThat(page.locator("#change-password")).isVisible();
        page.context().close();
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        Page page = signIn("panelist");
        // the user menu opens from the keyboard too
        page.locator("#user-menu").focus();
        assertThat(page.locator("#user-menu")).hasAttribute("aria-expanded", "false");
        page.keyboard().press("Enter");
        assertThat(page.locator("#menu-password")).isVisible();
        assertThat(page.locator("#user-menu")).hasAttribute("aria-expanded", "true"); // read out by screen readers
        page.locator("#menu-logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("input[name='username']")).isVisible();
        page.context().close();
    }

}
