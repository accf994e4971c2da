package jp.renkei.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A fault test on its own two-node setup ({@link TwoNodes}) in {@link #workDirectory()}, with one Chromium. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoNodesTest {

    protected TwoNodes nodes;
    protected Browser browser;

    /** Where the setup keeps its database, logs and pid files (deleted at start). */
    abstract Path workDirectory();

    @BeforeAll
    void startNodesAndBrowser() throws Exception {
        nodes = TwoNodes.start(workDirectory());
        browser = new Browser();
    }

    @AfterAll
    void stopBrowserAndNodes() {
        if (browser != null) {
            browser.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }
}
