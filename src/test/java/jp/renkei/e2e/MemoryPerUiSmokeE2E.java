package jp.renkei.e2e;

/**
 * The memory benchmark's harness in the default build, no figure asserted: one tab of each main view opens and
 * shows its content, and the portal's live class histograms are read before and with it.
 */
class MemoryPerUiSmokeE2E extends MemoryPerUiBenchmark {

    MemoryPerUiSmokeE2E() {
        super(1, 0, 1_000);
    }
}
