package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * A script payload typed as the patient's name comes back on the referral's page as plain text: no dialog opens,
 * no injected element appears, no error page; half-width kana comes back in full width.
 */
class HostilePayloadsE2E extends PortalBrowserTest {

    private static final String PAYLOAD = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";

    @Test
    void aScriptTypedAsThePatientsNameIsShownAsTextAndNothingRuns() throws Exception {
        Page liaison = signIn("liaison");
        List<String> dialogs = new CopyOnWriteArrayList<>();
        liaison.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });

        liaison.navigate(url("/referrals/new"));
        liaison.locator("#receiving-hospital input").fill("東都");
        liaison.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("東都大学医学部附属病院"))
                .first().click();
        liaison.locator("#patient-id input").fill("E2E-XSS-1");
        liaison.locator("#patient-name input").fill(PAYLOAD);
        liaison.locator("#patient-kana input").fill("ｼｹﾝ ﾊﾅｺ");
        liaison.locator("#patient-birth input").fill("1965-04-12");
        liaison.locator("#patient-birth input").press("Enter");
        liaison.locator("#patient-sex vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("女性")).click();
        liaison.locator("#save-draft").click();
        liaison.waitForURL(Pattern.compile(".*/referrals/\\d+/edit"));
        String id = liaison.url().replaceAll(".*/referrals/(\\d+)/edit.*", "$1");

        liaison.navigate(url("/referrals/" + id));
        assertThat(liaison.locator("#timeline")).isVisible();
        String shown = (String) liaison.evaluate("document.body.innerText");
        Browser.screenshot(liaison, "referral-hostile-payload");

        assertThat(shown).contains(PAYLOAD + "（シケン ハナコ）");
        assertThat(dialogs).as("dialogs opened by injected script").isEmpty();
        assertThat(liaison.locator("img[src='x']")).hasCount(0);
        liaison.context().close();
    }
}
