package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * The figures page in a real browser: the network admin's charts arrive as images the browser decodes, the CSV
 * downloads with its byte-order mark, and 相模野's clinician finds the demo's recontact from the home tile.
 */
class InsightE2E extends PortalBrowserTest {

    @Test
    void theNetworkAdminReadsTheChartsAndDownloadsTheCsv() throws Exception {
        Page admin = signIn("network-admin");
        admin.navigate(url("/insight"));
        assertThat(admin.locator("#insight-scope")).containsText("5例未満");
        for (String chart : new String[] { "#insight-chart-stages", "#insight-chart-monthly", "#insight-chart-access",
                "#insight-chart-access-hospitals" }) {
            admin.locator(chart).scrollIntoViewIfNeeded();
            admin.waitForFunction("id => { const i = document.querySelector(id); return i && i.complete"
                    + " && i.naturalWidth > 0; }", chart);
        }
        Browser.screenshot(admin, "insight-network-page");

        Download download = admin.waitForDownload(() -> admin.locator("#insight-csv").click());
        Path csv = Path.of("target", "e2e-artifacts", "insight-network-e2e.csv");
        download.saveAs(csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("推奨治療への到達（紹介元医療機関別）");
    }

    @Test
    void theReferringClinicianFollowsTheHomeTileToTheRecontact() throws Exception {
        Page liaison = signIn("liaison");
        liaison.locator("a.figure-tile[href='recontact']").click();
        assertThat(liaison.locator("#recontact-tasks")).containsText("KRAS p.G12D");
        Browser.screenshot(liaison, "recontact-tasks");
    }
}
