package jp.renkei.e2e;

/**
 * The start-up benchmark's harness in the default build, no timing asserted: each kind of start once (first start,
 * packaged, extracted, the AOT training run and a start that must use its cache), each reaching readiness.
 */
class StartupSmokeE2E extends StartupBenchmark {

    StartupSmokeE2E() {
        super(1);
    }
}
