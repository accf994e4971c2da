package jp.renkei.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Headless Debian Chromium driven by Playwright; screenshots go to target/e2e-artifacts. Public for the fault tests. */
public final class Browser implements AutoCloseable {

    public static final Path ARTIFACTS = Path.of(System.getProperty("renkei.artifacts", "target/e2e-artifacts"));
    private static final Path CHROMIUM = Path.of(System.getProperty("renkei.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + ": apt-get install chromium fonts-noto-cjk");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh, cookie-less browser context: one person at one desk. */
    public Page newPage() {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1366, 860)
                .setLocale("ja-JP")
                .setTimezoneId("Asia/Tokyo")
                .setAcceptDownloads(true)).newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    public static Path screenshot(Page page, String name) throws java.io.IOException {
        Files.createDirectories(ARTIFACTS);
        Path file = ARTIFACTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
