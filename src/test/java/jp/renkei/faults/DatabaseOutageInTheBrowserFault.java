package jp.renkei.faults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import org.junit.jupiter.api.Test;

import jp.renkei.e2e.Browser;
import jp.renkei.e2e.BrowserSteps;

/**
 * A database outage as a liaison sees it in a real browser: they have typed a new referral when the database
 * server gets {@code kill -9}; their save is refused with the outage message (no stack trace) and what they typed
 * stays in the fields; a screen opened meanwhile is the Japanese error page. Once the server is back, the same
 * click saves the referral, once. Screenshots in {@code target/e2e-artifacts/database-outage-*.png}.
 */
class DatabaseOutageInTheBrowserFault {

    private static final Path WORK = Path.of("target", "database-outage-browser-fault");
    private static final PortalProcess.Ports PORTS = new PortalProcess.Ports(18131, 3951, 13441);
    private static final String PORTAL = "http://127.0.0.1:" + PORTS.http();
    private static final String PATIENT = "OUTAGE-0001";
    private static final String SUMMARY = "停止試験：保存できなかった入力が画面に残ること。";
    private static final String OUTAGE_MESSAGE = "データベースに一時的に接続できないため";
    private static final LocatorAssertions.ContainsTextOptions WITHIN_30_S = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(30_000);

    @Test
    void theLiaisonIsToldToWaitKeepsWhatTheyTypedAndTheSameClickSavesOnceTheDatabaseIsBack() throws Exception {
        org.springframework.util.FileSystemUtils.deleteRecursively(WORK);
        try (LoopbackDatabase database = LoopbackDatabase.start(WORK.resolve("db"), PORTS.database());
                Browser browser = new Browser()) {
            PortalProcess portal = PortalProcess.start("-", PortalProcess.onTheRealClock(PortalProcess.arguments(
                    "demo,it", PORTS.http(), PORTS.smtp(), database.portalArguments())), WORK.resolve("portal.log"));
            try {
                Page liaison = BrowserSteps.signIn(browser.newPage(), PORTAL, "liaison");
                BrowserSteps.typeNewReferral(liaison, PORTAL, PATIENT, SUMMARY);
                Browser.screenshot(liaison, "database-outage-1-typed");

                database.kill();
                long clicked = System.nanoTime();
                liaison.locator("#save-draft").click();
                assertThat(liaison.locator("vaadin-notification-card").last()).containsText(OUTAGE_MESSAGE, WITHIN_30_S);
                long told = System.nanoTime();
                Browser.screenshot(liaison, "database-outage-2-save-refused");
                liaison.locator("vaadin-notification-card").last().screenshot(new com.microsoft.playwright.Locator
                        .ScreenshotOptions().setPath(Browser.ARTIFACTS.resolve("database-outage-2-message.png")));
                assertThat(liaison.locator("#patient-id input")).hasValue(PATIENT);
                assertThat(liaison.locator("#patient-name input")).hasValue("障害 試験");
                assertThat(liaison.locator("#clinical-summary textarea")).hasValue(SUMMARY);
                assertNoStackTrace(liaison);

                Page another = liaison.context().newPage();
                long opened = System.nanoTime();
                another.navigate(PORTAL + "/referrals");
                assertThat(another.locator("body")).containsText("ページを表示できませんでした", WITHIN_30_S);
                assertThat(another.locator("#database-unreachable-message")).containsText(OUTAGE_MESSAGE);
                long errorPage = System.nanoTime();
                Browser.screenshot(another, "database-outage-3-other-screen");
                assertNoStackTrace(another);
                another.close();

                long restarted = System.nanoTime();
                database.restart();
                assertThat(Readiness.await(PORTS.http(), 200, Duration.ofMinutes(2))).as("readiness UP").isPositive();
                long ready = System.nanoTime();
                liaison.locator("#save-draft").click();
                assertThat(liaison.locator("#save-state")).containsText("保存しました", WITHIN_30_S);
                Browser.screenshot(liaison, "database-outage-4-saved-after-restart");
                System.out.printf("database-outage-in-browser: outage message %d ms after the click, error page %d ms"
                        + " after opening, readiness UP %d ms after the restart command, saved %d ms after that%n",
                        millis(told - clicked), millis(errorPage - opened), millis(ready - restarted),
                        millis(System.nanoTime() - ready));

                assertThat(database.jdbc().queryForObject("select count(*) from patient p join referral r"
                        + " on r.patient_id = p.id where p.hospital_patient_id = ?", Long.class, PATIENT))
                        .as("the referral saved once").isEqualTo(1);
                assertThat(database.jdbc().queryForObject("select count(*) from patient where hospital_patient_id = ?",
                        Long.class, PATIENT)).as("one patient row").isEqualTo(1);
            } finally {
                portal.kill();
            }
        }
    }

    private static void assertNoStackTrace(Page page) {
        String text = page.locator("body").innerText();
        assertThat(List.of("Exception", "at jp.renkei", "at org.", "Internal error"))
                .as("what the page shows: %s", text).noneMatch(text::contains);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
