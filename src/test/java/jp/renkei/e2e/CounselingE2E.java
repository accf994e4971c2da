package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/**
 * Remote counseling in a real browser: the counselor publishes hours, the liaison clinician books a
 * pre-test session for a patient: a day, a time, a
 * confirmation, and the counselor finds it in the week view.
 */
class CounselingE2E extends PortalBrowserTest {

    @Test
    void clinicianBooksAPreTestSessionThatTheCounselorSeesInTheWeekView() throws Exception {
        Page counselor = signIn("counselor");
        counselor.navigate(url("/counseling/availability"));
        assertThat(counselor.locator("#weekly-summary")).containsText("09:00–12:00");
        counselor.locator("#edit-availability").click(); // the rows of fields are built when opened
        assertThat(counselor.locator("#weekly-windows .window-row")).not().hasCount(0);
        counselor.locator("#add-window").click();
        // the new row starts as Monday 09:00–12:00, which the demo hours already have: refused, nothing saved
        counselor.locator("#publish-availability").click();
        assertThat(counselor.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("重なっています")))
                .isVisible();
        counselor.locator("#weekly-windows .window-row").last().locator("vaadin-button").click(); // the row's bin
        counselor.locator("#publish-availability").click();
        assertThat(counselor.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("公開しました")))
                .isVisible();
        Browser.screenshot(counselor, "counseling-1-counselor-availability");

        Page liaison = signIn("liaison");
        liaison.navigate(url("/counseling"));
        liaison.locator("#booking-patient-id input").fill("E2E-C-01");
        liaison.locator("#booking-patient-name input").fill("面談 桜子");
        assertThat(liaison.locator("#day-times")).containsText("白石 真琴");
        Locator freeDays = liaison.locator("#booking-days button.booking-day:not([disabled])");
        assertThat(freeDays).not().hasCount(0);
        // a day is picked by keyboard as well as by pointer: the grid's days are plain buttons
        String lastFreeDay = freeDays.last().getAttribute("data-date");
        freeDays.last().press("Enter");
        assertThat(liaison.locator("#booking-days button.booking-day.selected")).hasAttribute("data-date",
                lastFreeDay);
        assertThat(liaison.locator("#day-times button.book-slot")).not().hasCount(0);
        // and by pointer: back to the day the page opened on, whose booking the counselor's week view shows below
        String firstFreeDay = freeDays.first().getAttribute("data-date");
        freeDays.first().click();
        assertThat(liaison.locator("#booking-days button.booking-day.selected")).hasAttribute("data-date",
                firstFreeDay);
        Browser.screenshot(liaison, "counseling-2-liaison-free-slots");
        // a time is a plain button too: picked by keyboard
        liaison.locator("#day-times button.book-slot").first().press("Enter");
        assertThat(liaison.locator("#confirm-booking")).isVisible();
        assertThat(liaison.getByText("面談 桜子（E2E-C-01）")).isVisible();
        liaison.waitForTimeout(600); // the dialog fades in
        liaison.screenshot(new Page.ScreenshotOptions().setPath(Browser.ARTIFACTS.resolve(
                "counseling-2b-liaison-confirm.png")));
        liaison.locator("#confirm-booking").click();
        liaison.waitForURL(Pattern.compile(".*/counseling/bookings/\\d+"));
        assertThat(liaison.locator("#booking-facts")).containsText("面談 桜子");
        assertThat(liaison.locator("h2", new Page.LocatorOptions().setHasText("検査前説明")))
                .containsText(Pattern.compile("20\\d\\d年"));
        assertThat(liaison.locator("#video-link")).hasText(Pattern.compile("https://.+/renkei-[0-9a-f]{32}"));
        Browser.screenshot(liaison, "counseling-3-liaison-booked");
        liaison.locator("#booking-reschedule").click();
        assertThat(liaison.locator("#confirm-reschedule")).isVisible();
        liaison.waitForTimeout(600); // the dialog fades in
        liaison.screenshot(new Page.ScreenshotOptions().setPath(Browser.ARTIFACTS.resolve(
                "counseling-3b-liaison-reschedule.png")));
        // the pointer may rest on a day whose tooltip would take an Escape first: close as a user would
        liaison.locator("#keep-time").click();
        assertThat(liaison.locator("#confirm-reschedule")).not().isVisible();
        Download ics = liaison.waitForDownload(() -> liaison.locator("#ics-download").click());
        Path icsFile = Browser.ARTIFACTS.resolve("counseling-invitation.ics");
        ics.saveAs(icsFile);
        String calendar = Files.readString(icsFile);
        assertThat(calendar).contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "TZID=Asia/Tokyo", "renkei-");
        // the booking page lists the session; its time is a link to the booking
        liaison.navigate(url("/counseling"));
        Locator listed = liaison.locator("#bookings tr", new Page.LocatorOptions().setHasText("面談 桜子"));
        assertThat(listed).containsText("検査前説明");
        listed.scrollIntoViewIfNeeded(); // the layout scrolls inside its content area, not the page
        Browser.screenshot(liaison, "counseling-3c-liaison-bookings-list");
        listed.locator("a").click();
        liaison.waitForURL(Pattern.compile(".*/counseling/bookings/\\d+"));
        assertThat(liaison.locator("#booking-facts")).containsText("面談 桜子");

        counselor.navigate(url("/counseling/availability"));
        assertThat(counselor.locator("#my-week")).containsText("面談 桜子");
        assertThat(counselor.locator("#my-week a.week-session")).not().hasCount(0);
        counselor.screenshot(new Page.ScreenshotOptions().setPath(Browser.ARTIFACTS.resolve(
                "counseling-4b-counselor-week-calendar.png")));
        counselor.locator("#my-week a.week-session", new Page.LocatorOptions().setHasText("面談 桜子"))
                .click();
        counselor.waitForURL(Pattern.compile(".*/counseling/bookings/\\d+"));
        assertThat(counselor.locator("#booking-facts")).containsText("面談 桜子");
        Browser.screenshot(counselor, "counseling-4-counselor-week");

        Page coordinator = signIn("coordinator");
        coordinator.navigate(url("/counseling"));
        assertThat(coordinator.locator("#counselor-overview")).containsText("白石 真琴");
        // each counselor's row: the week's count, then the next sessions (never the whole week)
        assertThat(coordinator.locator("#counselor-overview")).containsText(Pattern.compile("\\d+件（次: "));
        coordinator.locator("#counselor-overview").scrollIntoViewIfNeeded(); // the layout scrolls, not the page
        Browser.screenshot(coordinator, "counseling-5-coordinator-overview");

        Page other = signIn("liaison2");
        other.navigate(url(liaison.url().replaceAll("^https?://[^/]+", "")));
        assertThat(other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("renkei-"))))
                .hasCount(0);
    }
}
