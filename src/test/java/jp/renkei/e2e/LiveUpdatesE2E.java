package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import org.junit.jupiter.api.Test;

/**
 * Two people at two hospitals, two browsers: when the coordinator acts on a referral, the liaison clinician's
 * open referral page and bell change within seconds, without a reload (server push fed by the change feed).
 */
class LiveUpdatesE2E extends PortalBrowserTest {

    /** Demo referral S-100245 (石井 健一), sent by 相模野中央病院 to 東都, waiting for acknowledgement. */
    private static final String SUBMITTED_REFERRAL = "/referrals/2";
    /**
     * Demo referral B-2001 (高橋 翔) from 房総みらい病院, sent and waiting: its clinician withdraws it. Not the demo's
     * overdue referral, which the referral browser test still needs.
     */
    private static final String REFERRAL_TO_WITHDRAW = "/referrals/12";
    /** Demo session of 岡田 亮 with 白石 真琴 (東都), booked by 相模野中央病院, two business days ahead. */
    private static final String UPCOMING_BOOKING = "/counseling/bookings/1";
    private static final LocatorAssertions.ContainsTextOptions WITHIN_5_S =
            new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);

    @Test
    void liaisonSeesTheCoordinatorsAcceptanceWithoutReloading() throws Exception {
        Page liaison = signIn("liaison");
        liaison.navigate(url(SUBMITTED_REFERRAL));
        assertThat(liaison.locator("#referral-status")).containsText("送信済");
        String unreadBefore = unread(liaison);
        liaison.evaluate("() => window.renkeiNotReloaded = true");

        Page coordinator = signIn("coordinator");
        coordinator.navigate(url(SUBMITTED_REFERRAL));
        coordinator.locator("#action-accept").click();
        coordinator.locator("#step-text textarea").fill("受け入れます。（ライブ更新の確認）");
        coordinator.locator("#step-confirm").click();
        assertThat(coordinator.locator("#referral-status")).containsText("受諾");

        assertThat(liaison.locator("#referral-status")).containsText("受諾", WITHIN_5_S);
        assertThat(liaison.locator("#timeline")).containsText("ライブ更新の確認", WITHIN_5_S);
        assertThat(liaison.locator("#notification-count")).not().hasText(unreadBefore,
                new LocatorAssertions.HasTextOptions().setTimeout(5_000));
        assertThat(liaison.locator("#notification-count")).isVisible();
        assertThat((Boolean) liaison.evaluate("() => window.renkeiNotReloaded === true"))
                .as("the page was updated in place, not reloaded").isTrue();
        Browser.screenshot(liaison, "live-1-liaison-sees-acceptance");

        liaison.locator("#bell-mark-all-read").click();
        assertThat(liaison.locator("#notification-count")).isHidden();
        assertThat(liaison.locator("#bell-mark-all-read")).isHidden();
        Browser.screenshot(liaison, "live-2-liaison-all-read");
        liaison.context().close();
        coordinator.context().close();
    }

    @Test
    void coordinatorsListAndBellFollowTheLiaisonsWithdrawalAndMarkAllReadClearsBothTabs() throws Exception {
        Page list = signIn("coordinator");
        Page otherTab = list.context().newPage();
        otherTab.navigate(url("/"));
        assertThat(otherTab.locator("#active-hospital")).isVisible();
        list.navigate(url("/notifications"));
        assertThat(list.locator("#notifications")).isVisible();

        Page liaison = signIn("liaison2");
        liaison.navigate(url(REFERRAL_TO_WITHDRAW));
        liaison.locator("#action-withdraw").click();
        liaison.locator("#step-text textarea").fill("患者さんの希望により取り下げます。");
        liaison.locator("#step-confirm").click();
        assertThat(liaison.locator("#referral-status")).containsText("取り下げ");

        assertThat(list.locator("#notifications")).containsText("取り下げられました", WITHIN_5_S);
        assertThat(list.locator("#notification-count")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        assertThat(otherTab.locator("#notification-count")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        Browser.screenshot(list, "live-3-coordinator-notifications-live");

        // The portal's scheduled jobs (the overdue check) may notify coordinators at any moment; a notice arriving
        // just after the click is rightly unread, so mark all read once more then — both tabs must end up clear.
        for (int attempt = 1; ; attempt++) {
            list.locator("#mark-all-read").click();
            assertThat(list.locator("vaadin-notification-card").last()).containsText("既読にしました");
            try {
                assertThat(list.locator("#notification-count")).isHidden();
                break;
            } catch (AssertionError newNoticeArrived) {
                if (attempt == 3) {
                    throw newNoticeArrived;
                }
            }
        }
        assertThat(otherTab.locator("#notification-count")).isHidden(
                new LocatorAssertions.IsHiddenOptions().setTimeout(5_000));
        Browser.screenshot(otherTab, "live-4-coordinator-other-tab-all-read");
        list.context().close();
        liaison.context().close();
    }

    @Test
    void counselorSeesTheClinicianCancelTheSessionWithoutReloading() throws Exception {
        Page counselor = signIn("counselor");
        counselor.navigate(url(UPCOMING_BOOKING));
        assertThat(counselor.locator("#booking-facts")).containsText("予約済");
        counselor.evaluate("() => window.renkeiNotReloaded = true");

        Page liaison = signIn("liaison");
        liaison.navigate(url(UPCOMING_BOOKING));
        liaison.locator("#booking-cancel").click();
        liaison.locator("vaadin-text-area textarea").last().fill("患者さんのご都合により");
        liaison.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("予約をキャンセル")).last().click();
        assertThat(liaison.locator("#booking-facts")).not().containsText("予約済");

        assertThat(counselor.locator("#booking-facts")).not().containsText("予約済",
                new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
        assertThat(counselor.locator("#booking-facts")).containsText("キャンセル");
        assertThat(counselor.locator("#booking-actions vaadin-button")).hasCount(0);
        assertThat((Boolean) counselor.evaluate("() => window.renkeiNotReloaded === true")).isTrue();
        Browser.screenshot(counselor, "live-5-counselor-sees-cancellation");
        counselor.context().close();
        liaison.context().close();
    }

    private static String unread(Page page) {
        return page.locator("#notification-count").isVisible() ? page.locator("#notification-count").innerText() : "";
    }
}
