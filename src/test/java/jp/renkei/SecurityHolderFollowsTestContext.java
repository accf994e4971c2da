package jp.renkei;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each application context (the shared one, a module test's, one with other properties) installs its own
 * security-context strategy in Spring Security's static holder when it starts, and test contexts are cached:
 * a test class reusing an earlier context would otherwise sign in through one strategy while Vaadin's view
 * access check reads another. Before every test method (and before the browserless setup) the holder is
 * pointed at the strategy of the context the test runs in.
 */
public class SecurityHolderFollowsTestContext implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            SecurityContextHolder.setContextHolderStrategy(strategy);
            strategy.clearContext();
        });
    }
}
