package jp.renkei.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --renkei.audit.verify}: verifies the audit chain, prints the result and exits (0 intact, 1 broken), so
 * anyone with the database settings can check the trail without signing in. See README, "Audit trail".
 * <p>
 * Registered always and decided at run time, as {@code @ConditionalOnProperty} decided it (set and not
 * {@code false}): the packaged jar's bean definitions are fixed at build time by Spring AOT (performance.md,
 * "Start-up, session 10").
 */
@Component
class AuditChainCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(AuditChainCommand.class);

    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;
    private final boolean requested;
    private int exitCode;

    AuditChainCommand(AuditTrail trail, ConfigurableApplicationContext context, Environment environment) {
        this.trail = trail;
        this.context = context;
        String verify = environment.getProperty("renkei.audit.verify");
        this.requested = verify != null && !"false".equalsIgnoreCase(verify);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!requested) {
            return;
        }
        ChainVerification result = trail.verifyAndKeep();
        exitCode = result.valid() ? 0 : 1;
        log.info(result.describe());
        System.out.println(result.describe());
        System.exit(SpringApplication.exit(context, this));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
