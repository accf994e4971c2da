package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unknown paths, missing records, other hospitals' records and screens the role may not open all end on the
 * portal's own page inside the main layout — never a stack trace or the browser's bare error — and each
 * refusal lands in the audit trail the hospital administrator reads.
 */
class RefusalPagesE2E extends PortalBrowserTest {

    /** The demo referral B-2002 of 房総みらい病院 to 青葉台がんセンター: 東都's coordinator has no part in it. */
    private static final String OTHER_HOSPITALS_REFERRAL = "/referrals/13";

    @ParameterizedTest(name = "coordinator opening {0} sees the portal's not-found page")
    @ValueSource(strings = { "/referrals/99999", "/counseling/bookings/99999", "/nope", "/panels/99999",
            "/ccat/tests/99999", OTHER_HOSPITALS_REFERRAL })
    void missingAndOtherHospitalsPagesLookTheSame(String path) throws Exception {
        Page page = signIn("coordinator");
        page.navigate(url(path));
        assertThat(page.locator("#not-found")).hasText("ページが見つかりません");
        assertThat(page.locator("#active-hospital")).hasText("東都大学医学部附属病院");
        assertThat(page).hasTitle(Pattern.compile("ページが見つかりません.*"));
        assertNoTechnicalDetails(page);
        Browser.screenshot(page, "not-found" + path.replaceAll("[^a-z0-9]+", "-"));
        page.context().close();
    }

    @Test
    void theOtherHospitalsReferralExistsForItsOwnClinician() {
        Page page = signIn("liaison2");
        page.navigate(url(OTHER_HOSPITALS_REFERRAL));
        assertThat(page.locator("#referral-status")).isVisible();
        assertThat(page.locator("#not-found")).hasCount(0);
        page.context().close();
    }

    @Test
    void coordinatorIsRefusedTheAuditTrailInsideThePortal() throws Exception {
        Page page = signIn("coordinator");
        page.navigate(url("/audit"));
        assertThat(page.locator("#access-denied")).hasText("アクセスできません");
        assertThat(page.locator("#main-nav")).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        assertNoTechnicalDetails(page);
        Browser.screenshot(page, "access-denied-audit");
        page.context().close();
    }

    @Test
    void notFoundPageSpeaksEnglishAfterTheSwitch() throws Exception {
        Page page = signIn("coordinator");
        page.locator("#user-menu").click();
        page.getByText("言語 / Language").click();
        page.locator("#menu-lang-en").click();
        assertThat(page.locator("#home-greeting")).containsText("Welcome");
        page.navigate(url("/referrals/99999"));
        assertThat(page.locator("#not-found")).hasText("Page not found");
        Browser.screenshot(page, "not-found-english");
        page.context().close();
    }

    @Test
    void unknownPathWithoutSignInLeadsToTheLogin() {
        Page page = newPage();
        page.navigate(url("/nope"));
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("input[name='username']")).isVisible();
        page.context().close();
    }

    @Test
    void hospitalAdminFindsTheRefusalsInTheAuditTrail() throws Exception {
        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/referrals/99998"));
        assertThat(coordinator.locator("#not-found")).isVisible();
        coordinator.navigate(url("/audit"));
        assertThat(coordinator.locator("#access-denied")).isVisible();
        coordinator.context().close();

        Page admin = signIn("hospital-admin");
        admin.navigate(url("/audit"));
        assertThat(admin.locator("vaadin-grid")).containsText("/referrals/99998");
        assertThat(admin.locator("vaadin-grid")).containsText("見つからないページ・記録の要求");
        assertThat(admin.locator("vaadin-grid")).containsText("権限のないページの要求");
        assertThat(admin.locator("vaadin-grid")).containsText("森川 千夏");
        Browser.screenshot(admin, "audit-refusals");
        admin.context().close();
    }

    private static void assertNoTechnicalDetails(Page page) {
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("Exception", "at jp.renkei", "at com.vaadin", "Whitelabel", "Forbidden");
    }
}
